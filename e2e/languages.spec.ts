import { mkdirSync } from 'node:fs';
import { expect, openPopup, profile, seedStore, test } from './fixtures';

const SHOTS = 'test-results/screenshots';
const entries = [
  profile({ label: '本番 管理者', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', group: '本番' }),
  profile({ label: 'Development', account: '210987654321', roleName: 'Developer', color: '83d4e8' }),
];

for (const { locale, search, add } of [
  { locale: 'en-US', search: 'Search roles', add: 'Add role' },
  { locale: 'ja', search: 'ロールを検索', add: 'ロールを追加' },
]) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`the popup and the options page speak ${locale}`, async ({ context, worker, sim, extensionId }) => {
      mkdirSync(SHOTS, { recursive: true });
      await seedStore(worker, { entries, usage: { [entries[0]!.id]: { count: 1234, lastUsed: Date.now() - 3 * 3_600_000 } } });
      const page = await context.newPage();
      await page.goto(sim.consoleUrl());
      const popup = await openPopup(context, worker, page);
      await expect(popup.getByRole('combobox', { name: search })).toBeFocused();
      await expect(popup.getByRole('button', { name: add, exact: true })).toBeVisible();
      // Numbers and dates in the user's format: 1,234 / 3 hours ago, or 1,234 / 3 時間前.
      await expect(popup.getByTestId('actions')).toContainText(locale === 'ja' ? '1,234 回使用 · 最終 3 時間前' : 'Used 1,234× · last 3 hours ago');
      await popup.screenshot({ path: `${SHOTS}/popup-${locale}.png` });

      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await expect(options.locator('h1')).toHaveText(locale === 'ja' ? 'Switchyard の設定' : 'Switchyard settings');
      await options.screenshot({ path: `${SHOTS}/options-${locale}.png`, fullPage: true });
    });
  });
}
