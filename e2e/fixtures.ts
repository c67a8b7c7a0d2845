/// <reference types="chrome" />
// The Playwright fixture: a simulated AWS (e2e/simulator, a local HTTPS server behind a local proxy)
// started first, then Chromium with the built extension (dist/chrome) pointed at that proxy and
// already holding the sign-in cookies, so the browser and the extension only ever talk to the simulator.
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import path from 'node:path';
import { startSimulator, type SimServer } from './simulator';
import { awaitWelcomeTab } from './welcome-tab';
import type { Simulator, SimulatorOptions } from './simulator/types';
import type { Profile } from '../src/core/profile/profile';
import type { Entry, StoreData } from '../src/core/store/schema';

export const EXTENSION_DIR = path.resolve(process.env.SWITCHYARD_DIST ?? 'dist', 'chrome');
/** The e2e build flavour: the shipped build plus its test hooks (vite.config.ts). Only a spec
 *  that needs a hook loads it (`test.use({ extensionDir: E2E_EXTENSION_DIR })`); every other
 *  spec tests what users install. */
export const E2E_EXTENSION_DIR = path.resolve(process.env.SWITCHYARD_DIST ?? 'dist', 'chrome-e2e');

/**
 * Chromium's flags that send every request through the simulator's proxy (the proxy refuses what the
 * simulator does not serve) and accept its self-signed certificate. Loopback is not proxied by
 * default, which nothing here needs.
 */
export function simulatorArgs(server: Pick<SimServer, 'proxyPort'>): string[] {
  return [`--proxy-server=http://127.0.0.1:${server.proxyPort}`, '--ignore-certificate-errors'];
}

/** A test browser's: no sandbox (containers), no GPU, nothing fetched or synced on its own, no first-run UI. */
export const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium with the extension, reaching only the simulator `server`, signed in to it. */
export async function launchWithExtension(server: SimServer, options: { headless?: boolean; locale?: string; extensionDir?: string } = {}): Promise<BrowserContext> {
  const locale = options.locale ?? 'en-US';
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    locale,
    ignoreHTTPSErrors: true,
    args: [
      ...simulatorArgs(server),
      // The extension's _locales follow the browser's UI language, not the page locale.
      `--lang=${locale}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...QUIET_FLAGS,
    ],
  });
  // The browser holds a session, as a signed-in user's does.
  await context.addCookies(server.signInCookies());
  return context;
}

interface Fixtures {
  simOptions: SimulatorOptions;
  simServer: SimServer;
  extensionDir: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  sim: Simulator;
}

export const test = base.extend<Fixtures>({
  simOptions: [{}, { option: true }],
  extensionDir: [EXTENSION_DIR, { option: true }],
  // `test.use({ locale: 'ja' })` runs a spec with the browser (and so the extension) in Japanese.
  // Each test has its own simulated AWS, started before the browser and closed after it.
  simServer: async ({ simOptions }, use) => {
    const server = await startSimulator(simOptions);
    await use(server);
    await server.close();
  },
  context: async ({ locale, extensionDir, simServer }, use) => {
    const context = await launchWithExtension(simServer, { locale, extensionDir });
    // Each test's profile is a fresh install, so the welcome tab opens a second or two in: wait for
    // it (and leave it open, see welcome-tab.ts), or it comes to the front mid-test.
    await awaitWelcomeTab(context);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  sim: async ({ simServer }, use) => use(simServer.sim),
});

export { expect };

/** Saves entries as the extension stores them (storage.local), from the service worker. */
export async function seedProfiles(worker: Worker, profiles: Profile[]): Promise<void> {
  await seedStore(worker, { entries: profiles });
}

/** Saves a whole store (entries, favourites, bases, settings…) as the extension keeps it. */
export async function seedStore(worker: Worker, data: Partial<StoreData>): Promise<void> {
  await worker.evaluate((store) => chrome.storage.local.set({ store }), { version: 1, ...data });
}

export async function storedData(worker: Worker): Promise<StoreData> {
  return worker.evaluate(async () => (await chrome.storage.local.get('store')).store as StoreData);
}

export async function storedProfiles(worker: Worker): Promise<Profile[]> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('store')).store as { entries?: Profile[] } | undefined)?.entries ?? []);
}

/**
 * Opens the popup for the tab `over`. A real toolbar popup exists in headless Chromium but is not
 * reachable from Playwright, so the popup page is opened in a tab with `?tab=<id>` naming the tab
 * it works on (the same code path a detached popup window uses).
 */
export async function openPopup(context: BrowserContext, worker: Worker, over: Page): Promise<Page> {
  await over.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error('no active tab to open the popup over');
  // The page the toolbar button opens, as the built manifest names it (the popup is built apart
  // from the rest: a build that lost it from the manifest fails here).
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  const page = manifest.action?.default_popup;
  if (!page) throw new Error('the built manifest names no popup (action.default_popup)');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/${page}?tab=${tabId}`);
  // Wait for the header to know the tab, as a person would before clicking: clicks then land
  // where they are aimed.
  await popup.getByTestId('identity').waitFor();
  return popup;
}

/** The tab that shows a page whose URL matches, once there is one. Polls the context's pages
 *  rather than waiting for a 'page' event: a tab the extension opens as about:blank and then
 *  navigates is sometimes reported late, but it is always in the list. */
export async function waitForTab(context: BrowserContext, matches: (url: URL) => boolean, options: { except?: Page[] } = {}): Promise<Page> {
  const timeout = 10_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = context.pages().find((page) => !options.except?.includes(page) && page.url().startsWith('http') && matches(new URL(page.url())));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no tab matched within ${timeout} ms; open: ${context.pages().map((p) => p.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Presses a key that should make the popup do its job and close (a switch). Closing is the
 *  expected outcome, so a popup that closes mid-keypress is not an error — one that stays open is. */
export async function pressToSwitch(popup: Page, key = 'Enter'): Promise<void> {
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press(key).catch(() => undefined);
  await closed;
}

export function profile(overrides: Partial<Entry> & Pick<Entry, 'label' | 'account' | 'roleName'>): Entry {
  return { id: `p-${overrides.label.replace(/\W+/g, '-').toLowerCase()}`, rolePath: '/', partition: 'aws', ...overrides };
}
