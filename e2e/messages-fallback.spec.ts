// Chromium can leave the extension's process with an empty message table for the process's life
// (a page closed while the table's first fetch waited: src/platform/i18n.ts), and every label then
// read as its raw key. The pages then read the texts from _locales themselves. The e2e flavour's
// `?e2eEmptyMessages` puts a page in that state on purpose.
import { E2E_EXTENSION_DIR, expect, test } from './fixtures';
import { awaitWelcomeTab } from './welcome-tab';

test.use({ extensionDir: E2E_EXTENSION_DIR });
test.beforeEach(async ({ context }) => { await awaitWelcomeTab(context); });

for (const { locale, empty, settings } of [
  { locale: 'en-US', empty: 'No roles saved yet', settings: 'Switchyard settings' },
  { locale: 'ja', empty: '保存されたロールはまだありません', settings: 'Switchyard の設定' },
]) {
  test.describe(locale, () => {
    test.use({ locale });

    test('with the browser\'s message table empty, the popup and the options page still show their texts', async ({ context, extensionId }) => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?e2eEmptyMessages`);
      await expect(popup.getByTestId('empty-list')).toContainText(empty);
      await expect(popup.getByTestId('empty-list')).not.toContainText('noProfilesYet');
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/src/options/index.html?e2eEmptyMessages`);
      await expect(options.locator('h1')).toHaveText(settings);
      await expect(options).toHaveTitle(/\S/);
      expect(await options.title()).not.toBe('optionsTitle');
    });
  });
}
