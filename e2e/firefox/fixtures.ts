// The Firefox project's fixture: the same simulated AWS as the Chromium specs (e2e/simulator, a real
// local HTTPS server behind a forward proxy), started first, then Debian's Firefox ESR with the
// built add-on (dist/firefox) pointed at that proxy and holding the sign-in cookies.
//
// The runner is Playwright Test (one report, one count for both engines), the browser is driven by
// puppeteer-core over WebDriver BiDi (launch.ts): so `ff.browser` and the pages here are puppeteer's,
// not Playwright's. The way into the add-on is the welcome tab it opens on install (`extensionPage`).
import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { startSimulator, type SimServer } from '../simulator';
import type { Simulator, SimulatorOptions } from '../simulator/types';
import { hrefOf, launchFirefox, waitForExtensionPage, type LaunchedFirefox } from './launch';
import { popupPath, tabIdOf } from './pages';

/** Where the add-on's welcome page is built (vite.config.ts): the tab it opens once on install. */
export const WELCOME_PATH = '/src/welcome/';

interface FirefoxFixtures {
  simOptions: SimulatorOptions;
  /** The organisation's policy for the add-on (a policies.json at start-up; root only, see launch.ts). */
  policy: Record<string, unknown> | undefined;
  /** More preferences for the profile: `test.use({ prefs: { … } })`. */
  prefs: Record<string, unknown> | undefined;
  /** Reach Firefox's own window (address bar, shortcuts): `test.use({ browserWindow: true })`. */
  browserWindow: boolean;
  simServer: SimServer;
  sim: Simulator;
  ff: LaunchedFirefox;
  /** The welcome tab the add-on opened at install: an extension page the driver may script. */
  extensionPage: Page;
}

export const test = base.extend<FirefoxFixtures>({
  simOptions: [{}, { option: true }],
  policy: [undefined, { option: true }],
  prefs: [undefined, { option: true }],
  browserWindow: [false, { option: true }],
  simServer: async ({ simOptions }, use) => {
    const server = await startSimulator(simOptions);
    await use(server);
    await server.close();
  },
  sim: async ({ simServer }, use) => use(simServer.sim),
  // `test.use({ locale: 'ja' })` runs a spec with Firefox's UI (and so the add-on) in Japanese.
  // Its own time, apart from the test's: Firefox starts one at a time machine-wide (launch.ts), so
  // on a busy machine a start may first wait for others; that wait says nothing about the story.
  ff: [async ({ simServer, locale, policy, prefs, browserWindow }, use) => {
    const ff = await launchFirefox({ proxyPort: simServer.proxyPort, locale: locale ?? 'en-US', policy, browserWindow, ...(prefs ? { prefs } : {}) });
    // The browser holds a session, as a signed-in user's does.
    await ff.browser.setCookie(...simServer.signInCookies());
    await use(ff);
    await ff.close();
  }, { timeout: 120_000 }],
  extensionPage: async ({ ff }, use) => {
    const page = await waitForExtensionPage(ff.browser, ff.extensionOrigin, WELCOME_PATH);
    // Its address is there before its script has drawn: wait for the page a person would see.
    await page.waitForSelector('main h1');
    await use(page);
  },
});

export { expect };

/** A new tab showing `url` (an https page: BiDi may navigate there). */
export async function openTab(ff: LaunchedFirefox, url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(url);
  return page;
}

/**
 * Opens an add-on page in a tab of its own, from `extensionPage` (BiDi cannot navigate a tab to a
 * moz-extension:// address, but a tab the add-on opened can be scripted), and returns that tab.
 */
export async function openExtensionTab(ff: LaunchedFirefox, extensionPage: Page, path: string): Promise<Page> {
  const before = new Set(await ff.browser.pages());
  const open = () => extensionPage.evaluate((to) => {
    (globalThis as unknown as { browser: { tabs: { create(p: object): Promise<unknown> } } }).browser.tabs.create({ url: to });
  }, path);
  await open();
  // Twice on CI (two different specs, busy machine) the new options tab never showed up among the
  // driver's pages, once within 10 s and once within 30 s. So: a bound, not a timing, and one more
  // tab asked for half-way, with what the driver did see said if that fails too.
  const start = Date.now();
  let again = false;
  let seen: string[] = [];
  for (;;) {
    seen = [];
    for (const page of await ff.browser.pages()) {
      if (before.has(page)) continue;
      const href = await hrefOf(page);
      if (href.startsWith(ff.extensionOrigin + path.split('?', 1)[0])) return page;
      seen.push(href);
    }
    if (!again && Date.now() - start > 15_000) {
      again = true;
      await open();
    }
    if (Date.now() - start > 30_000) throw new Error(`no new tab shows ${path}; new tabs: ${seen.join(', ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The popup for the tab showing `over`, in a tab of its own (`?tab=<id>`, the path a detached popup
 * takes; the toolbar popup cannot be reached), as e2e/fixtures.ts openPopup does for Chromium. Its
 * own tab, because a popup that switches closes itself, and the welcome tab must stay.
 */
export async function openPopup(ff: LaunchedFirefox, extensionPage: Page, over: Page): Promise<Page> {
  const tabId = await tabIdOf(extensionPage, await hrefOf(over));
  const popup = await openExtensionTab(ff, extensionPage, `${popupPath()}?tab=${tabId}`);
  // Wait for the header to know the tab, as a person would before clicking.
  await popup.waitForSelector('[data-testid="identity"]');
  return popup;
}
