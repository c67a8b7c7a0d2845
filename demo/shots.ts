// Where the headless demo puts its pictures: one screenshot per step of the story in
// demo-screenshots/ and, with `--docs` (`npm run screenshots`), the README's pictures in
// docs/screenshots/, cropped to what they show so they stay small.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

export const STEPS_DIR = 'demo-screenshots';
export const DOCS_DIR = 'docs/screenshots';
const docs = process.env.DEMO_DOCS === '1';

mkdirSync(STEPS_DIR, { recursive: true });
if (docs) mkdirSync(DOCS_DIR, { recursive: true });

/** A step of the story, the whole window. */
export async function stepShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${STEPS_DIR}/${name}.png` });
}

/** A README picture: an element, or a region of the page around it (`margin` CSS pixels on each
 *  side, kept inside the window), written only when the docs are being regenerated. */
export async function docsShot(target: Locator | Page, name: string, options: { around?: Locator; margin?: number } = {}): Promise<void> {
  if (!docs) return;
  const path = `${DOCS_DIR}/${name}.png`;
  if (!options.around) {
    await target.screenshot({ path, animations: 'disabled' });
    return;
  }
  const page = target as Page;
  const box = await options.around.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${name}: nothing to crop around`);
  const margin = options.margin ?? 24;
  const x = Math.max(0, Math.floor(box.x - margin));
  const y = Math.max(0, Math.floor(box.y - margin));
  const clip = { x, y, width: Math.min(viewport.width, Math.ceil(box.x + box.width + margin)) - x, height: Math.min(viewport.height, Math.ceil(box.y + box.height + margin)) - y };
  await page.screenshot({ path, clip, animations: 'disabled' });
}
