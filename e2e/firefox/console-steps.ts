// Steps the Firefox switching and badge stories share: entries as the extension stores them, finding
// a tab by where it landed, picking an entry in the popup, and reading what the console page and the
// badge (in its shadow root: `>>>`) show. The pages are puppeteer's (see fixtures.ts).
import type { Page } from 'puppeteer-core';
import type { Entry } from '../../src/core/store/schema';
import { expect, openExtensionTab } from './fixtures';
import { hrefOf, type LaunchedFirefox } from './launch';
import { deepTestId, popupPath } from './pages';

/** An entry as the extension stores it (e2e/fixtures.ts `profile()`). */
export function entry(over: Partial<Entry> & Pick<Entry, 'label' | 'account' | 'roleName'>): Entry {
  return { id: `p-${over.label.replace(/\W+/g, '-').toLowerCase()}`, rolePath: '/', partition: 'aws', ...over };
}

/** The text of the element with this test id (also inside shadow roots), or null when there is none. */
export async function textOf(page: Page, testId: string): Promise<string | null> {
  const found = await page.$(deepTestId(testId));
  if (!found) return null;
  try {
    return await found.evaluate((el) => el.textContent);
  } finally {
    await found.dispose();
  }
}

/** Waits until the element with this test id shows `text` (a part of its text). Polls, so a page
 *  that navigates meanwhile (a switch lands) is read again once it has. */
export async function expectText(page: Page, testId: string, text: string, timeout = 10_000): Promise<void> {
  await expect.poll(async () => textOf(page, testId).catch(() => null), { timeout, message: `[data-testid=${testId}] shows "${text}"` })
    .toContain(text);
}

/** The open tab whose address matches (polling: a tab the add-on opens may report itself late). */
export async function waitForPage(ff: LaunchedFirefox, matches: (url: URL) => boolean, options: { except?: Page[]; timeout?: number } = {}): Promise<Page> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    const seen: string[] = [];
    for (const page of await ff.browser.pages()) {
      if (options.except?.includes(page)) continue;
      const href = await hrefOf(page);
      seen.push(href);
      if (href.startsWith('https:') && matches(new URL(href))) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab matched within ${timeout} ms; open: ${seen.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Where a page is, as a URL (once it shows an https page). */
export async function urlOf(page: Page): Promise<URL> {
  return new URL(await hrefOf(page));
}

/**
 * Clicks an entry of the popup, as a person does. A popup whose switch is under way closes itself,
 * which may cut the click's round trip short: that is the expected outcome, not an error.
 */
export async function pick(popup: Page, picked: Entry): Promise<void> {
  const row = await popup.waitForSelector(`[id="entry-${picked.id}"]`);
  await row!.click().catch(() => undefined);
}

/**
 * Whether the add-on's own page at `href` (the popup's tab) has closed; waits up to `timeout` for it
 * to. Asked of the add-on (tabs.query from `extensionPage`): a tab that closes itself with
 * window.close() is gone from Firefox at once, but puppeteer's BiDi page may not hear of it.
 */
export async function closes(extensionPage: Page, href: string, timeout = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const open = await extensionPage.evaluate(async (url) =>
      (await (globalThis as WithTabs).browser.tabs.query({})).some((tab) => tab.url === url), href);
    if (!open) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The badge's fields as shown, once it shows a name (e2e/console-helpers.ts badgeFields). */
export async function badgeFields(page: Page): Promise<Record<'name' | 'account' | 'role' | 'region', string | null>> {
  await page.waitForSelector(deepTestId('switchyard-badge-name'), { timeout: 10_000 });
  return {
    name: await textOf(page, 'switchyard-badge-name'),
    account: await textOf(page, 'switchyard-badge-account'),
    role: await textOf(page, 'switchyard-badge-role'),
    region: await textOf(page, 'switchyard-badge-region'),
  };
}

/** A computed style of the element with this test id (inside shadow roots too). */
export async function cssOf(page: Page, testId: string, property: string): Promise<string> {
  const found = await page.waitForSelector(deepTestId(testId));
  return found!.evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);
}

type WithTabs = typeof globalThis & { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };

/**
 * The popup over a tab whose address the add-on may not read (a page that is not AWS's, e.g.
 * https://example.test/): fixtures.ts openPopup finds the tab by its address, which the add-on
 * sees only on the AWS hosts it has permission for. Here the tab is brought to the front and the
 * popup is opened for the active tab, as the toolbar button does.
 */
export async function openPopupOverActiveTab(ff: LaunchedFirefox, extensionPage: Page, over: Page): Promise<Page> {
  await over.bringToFront();
  const href = await hrefOf(over);
  const tabId = await extensionPage.evaluate(async () => {
    const [tab] = await (globalThis as WithTabs).browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error(`no active tab to open the popup over (${href})`);
  const popup = await openExtensionTab(ff, extensionPage, `${popupPath()}?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="identity"]');
  return popup;
}
