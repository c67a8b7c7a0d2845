// Firefox: the popup and the options page in the browser's language, as e2e/languages.spec.ts does
// in Chromium. Firefox's UI language (and so the add-on's _locales) is Japanese only with Debian's
// firefox-esr-l10n-ja installed (scripts/find-firefox.mjs installs it).
import { mkdirSync } from 'node:fs';
import type { Entry } from '../../src/core/store/schema';
import { button, openOptions, textOf, waitForText } from './data-steps';
import { expect, openPopup, openTab, test } from './fixtures';
import { seedStore } from './pages';

const SHOTS = 'test-results/screenshots';
const entries: Entry[] = [
  { id: 'prod', label: '本番 管理者', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', color: 'f2b0a9', group: '本番' },
  { id: 'dev', label: 'Development', account: '210987654321', roleName: 'Developer', rolePath: '/', partition: 'aws', color: '83d4e8' },
];

for (const { locale, search, add, used, settings, welcome } of [
  { locale: 'en-US', search: 'Search roles', add: 'Add role', used: 'Used 1,234× · last 3 hours ago', settings: 'Switchyard settings', welcome: 'Welcome to Switchyard' },
  { locale: 'ja', search: 'ロールを検索', add: 'ロールを追加', used: '1,234 回使用 · 最終 3 時間前', settings: 'Switchyard の設定', welcome: 'Switchyard へようこそ' },
]) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`the popup and the options page speak ${locale}`, async ({ ff, extensionPage, sim }) => {
      mkdirSync(SHOTS, { recursive: true });
      // The add-on follows Firefox's UI language from its first page on.
      expect(await textOf(extensionPage, 'h1')).toBe(welcome);
      await seedStore(extensionPage, { entries, usage: { prod: { count: 1234, lastUsed: Date.now() - 3 * 3_600_000 } } });

      const consolePage = await openTab(ff, sim.consoleUrl());
      const popup = await openPopup(ff, extensionPage, consolePage);
      // The search box, named in the language, has the focus as the popup opens.
      await popup.waitForFunction((name) => {
        const active = document.activeElement;
        return active?.getAttribute('role') === 'combobox' && active.getAttribute('aria-label') === name;
      }, { timeout: 10_000 }, search);
      await button(popup, add);
      // Numbers and dates in the user's format: 1,234 / 3 hours ago, or 1,234 / 3 時間前.
      expect(await waitForText(popup, '[data-testid="actions"]', used)).toContain(used);
      await popup.screenshot({ path: `${SHOTS}/firefox-popup-${locale}.png` });

      const options = await openOptions(ff, extensionPage);
      expect(await textOf(options, 'h1')).toBe(settings);
      expect(await options.evaluate(() => document.title)).toBe(settings);
      await options.screenshot({ path: `${SHOTS}/firefox-options-${locale}.png`, fullPage: true });
    });
  });
}
