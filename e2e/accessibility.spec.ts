import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, openPopup, profile, seedStore, test } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const entries = [
  profile({ label: 'Production admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', group: 'Prod', region: 'eu-west-1' }),
  profile({ label: 'Development', account: '210987654321', roleName: 'Developer', color: '83d4e8', group: 'Dev' }),
  profile({ label: 'Audit', account: '012345678901', roleName: 'Auditor' }),
];

/** axe-core's WCAG 2 A/AA rules on the page as it is now. Injected with evaluate: extension pages
 *  allow no inline script. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } })
      .axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the popup and the options page pass the axe check (${scheme})`, async ({ context, worker, sim, extensionId }) => {
    await seedStore(worker, { entries, favourites: [entries[2]!.id] });
    const page = await context.newPage();
    await page.goto(sim.consoleUrl());
    const popup = await openPopup(context, worker, page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.keyboard.type('prod');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.keyboard.press('F2');
    expect(await axeViolations(popup)).toEqual([]);

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.locator('h1')).toBeVisible();
    expect(await axeViolations(options)).toEqual([]);
  });
}

test('copy switch link puts the prefilled switch-page address on the clipboard', async ({ context, worker, sim }) => {
  // Chromium grants no permission to an extension origin from outside; read the clipboard back
  // from an ordinary page instead.
  await context.grantPermissions(['clipboard-read'], { origin: 'https://example.test' });
  await seedStore(worker, { entries });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.keyboard.type('production');
  await popup.getByRole('button', { name: 'Copy switch link' }).click();
  await expect(popup.getByTestId('notice')).toContainText('Copied the switch link');
  const reader = await context.newPage();
  await reader.goto('https://example.test/');
  const copied = new URL(await reader.evaluate(() => navigator.clipboard.readText()));
  expect(copied.origin + copied.pathname).toBe('https://signin.aws.amazon.com/switchrole');
  expect(Object.fromEntries(copied.searchParams)).toMatchObject({ account: '123456789012', roleName: 'Admin', color: 'f2b0a9' });
});
