// Steps the Firefox specs share, the Firefox side of what e2e/fixtures.ts offers for Chromium.
// There is no service worker to evaluate in: the extension's APIs are reached from one of its own
// pages (a tab it opened, waitForExtensionPage in launch.ts), which has the same `browser` namespace.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { StoreData } from '../../src/core/store/schema';
import { FIREFOX_EXTENSION_DIR } from './launch';

type WithBrowser = typeof globalThis & { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } }; tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };

/** A selector that also looks inside open shadow roots (puppeteer's `>>>`): the badge, the
 *  production frame and the sign-in note live in one, so a plain `[data-testid=…]` never finds them. */
export const deepTestId = (id: string) => `>>> [data-testid="${id}"]`;

/** The badge's element on a console page, once shown. */
export function waitForBadge(page: Page, timeout = 10_000): Promise<ElementHandle<Element> | null> {
  return page.waitForSelector(deepTestId('switchyard-badge'), { timeout });
}

/** Saves a whole store as the extension keeps it, from one of its pages. */
export async function seedStore(extensionPage: Page, data: Partial<StoreData>): Promise<void> {
  await extensionPage.evaluate((store) => (globalThis as WithBrowser).browser.storage.local.set({ store }), { version: 1, ...data });
}

export async function storedData(extensionPage: Page): Promise<StoreData> {
  return extensionPage.evaluate(async () => (await (globalThis as WithBrowser).browser.storage.local.get('store')).store as StoreData);
}

/** The id of the tab showing `url` (ignoring the fragment), as the extension sees it. The url of a
 *  tab is known to it only for the AWS hosts it has permission for. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const bare = (href: string) => href.split('#', 1)[0];
  const tabs = await extensionPage.evaluate(() => (globalThis as WithBrowser).browser.tabs.query({}));
  const id = tabs.find((tab) => tab.url !== undefined && bare(tab.url) === bare(url))?.id;
  if (id === undefined) throw new Error(`no tab the extension can see shows ${url}`);
  return id;
}

/** The popup page's path, as the built manifest names it (a build that lost it fails here). */
export function popupPath(extensionDir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } };
  const popup = manifest.action?.default_popup;
  if (!popup) throw new Error('the built manifest names no popup (action.default_popup)');
  return `/${popup}`;
}

/**
 * Turns an extension page into the popup for tab `tabId` (`?tab=<id>`, the path a detached popup
 * takes), as e2e/fixtures.ts openPopup does for Chromium: the toolbar popup cannot be reached.
 */
export async function showPopupFor(extensionPage: Page, tabId: number, extensionDir = FIREFOX_EXTENSION_DIR): Promise<void> {
  await extensionPage.evaluate((to) => { location.href = to; }, `${popupPath(extensionDir)}?tab=${tabId}`);
  await extensionPage.waitForSelector('[data-testid="identity"]');
}
