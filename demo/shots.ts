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

/** A README picture: an element, or the region of the window around one or more elements (`margin`
 *  CSS pixels on each side, kept inside the window), written only when the docs are regenerated. */
export async function docsShot(target: Locator | Page, name: string, options: { around?: Locator | Locator[]; margin?: number } = {}): Promise<void> {
  if (!docs) return;
  const path = `${DOCS_DIR}/${name}.png`;
  if (!options.around) {
    await target.screenshot({ path, animations: 'disabled' });
    return;
  }
  const page = target as Page;
  const boxes = await Promise.all([options.around].flat().map((element) => element.boundingBox()));
  const viewport = page.viewportSize();
  if (!viewport || boxes.some((box) => !box)) throw new Error(`${name}: nothing to crop around`);
  const margin = options.margin ?? 24;
  const x = Math.max(0, Math.floor(Math.min(...boxes.map((box) => box!.x)) - margin));
  const y = Math.max(0, Math.floor(Math.min(...boxes.map((box) => box!.y)) - margin));
  const right = Math.min(viewport.width, Math.ceil(Math.max(...boxes.map((box) => box!.x + box!.width)) + margin));
  const bottom = Math.min(viewport.height, Math.ceil(Math.max(...boxes.map((box) => box!.y + box!.height)) + margin));
  const clip = { x, y, width: right - x, height: bottom - y };
  await page.screenshot({ path, clip, animations: 'disabled' });
}
