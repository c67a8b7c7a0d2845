// Firefox: an organisation that asks for quiet (`suppressWelcome` in its policies.json, read by
// Firefox only as it starts) gets no welcome tab at install, as e2e/welcome.spec.ts checks for a
// Chromium policy file. With no welcome tab there is no way in through it: the add-on's options
// page is opened through Firefox's own window (browserWindow).
import { WELCOME_SHOWN_KEY } from '../../src/core/store/storage-keys';
import { openAddOnPage } from './browser-chrome';
import { expect, test, WELCOME_PATH } from './fixtures';
import { hrefOf } from './launch';

type WithStorage = typeof globalThis & { browser: { storage: {
  managed: { get(keys: null): Promise<Record<string, unknown>> };
  local: { get(key: string): Promise<Record<string, unknown>> };
} } };

test.skip(process.getuid?.() !== 0, 'writing Firefox\'s policies.json needs root');
test.use({ policy: { suppressWelcome: true }, browserWindow: true });

test('an organisation\'s policy with suppressWelcome keeps the welcome page closed', async ({ ff }) => {
  const options = await openAddOnPage(ff, '/src/options/index.html');
  // The add-on has the policy, and its install has been handled: it left no mark of a shown page.
  expect(await options.evaluate(() => (globalThis as WithStorage).browser.storage.managed.get(null))).toEqual({ suppressWelcome: true });
  // The install reads the policy before deciding; give it the time a slow start would take.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await options.evaluate((key) => (globalThis as WithStorage).browser.storage.local.get(key), WELCOME_SHOWN_KEY)).toEqual({});
  const open = await Promise.all((await ff.browser.pages()).map(hrefOf));
  expect(open.filter((href) => href.startsWith(ff.extensionOrigin + WELCOME_PATH))).toEqual([]);
});
