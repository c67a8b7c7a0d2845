// The doors the access-portal read uses (issue #17): a tab of the portal's origin (found, or opened
// in the background and closed afterwards), and a function run in that page's own world. Both need
// what requestPortalAccess asked for: `scripting` and the portal origin's host permission.
import { browser } from './browser';
import { untilLoaded, untilPageLoaded, type Tab } from './tabs';

/** How long a portal page opened in the background may take to load before it is used anyway. */
const PORTAL_LOAD_MS = 20_000;

/** Whether the tab shows a page of `origin` (`https://host`); a tab whose address cannot be seen does not. */
function showsOrigin(tab: Tab | undefined, origin: string): tab is Tab & { url: string } {
  return tab?.url !== undefined && URL.canParse(tab.url) && new URL(tab.url).origin === origin;
}

/** An open tab showing a page of `origin` (`https://host`), the one the user last looked at first. */
export async function findTabOn(origin: string): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ url: `${origin}/*` });
  const onOrigin = tabs.filter((tab) => tab.id !== undefined && showsOrigin(tab, origin));
  onOrigin.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const tab = onOrigin[0];
  if (tab?.id !== undefined && tab.status === 'loading') await untilLoaded(tab.id, PORTAL_LOAD_MS);
  return tab?.id;
}

/** Opens `url` in a tab that does not take the user's focus, and waits for it to load.
 *  `onCreated` hears of the tab at once (before the load), so that it can be closed later even
 *  if the caller is gone by then. */
export async function openBackgroundTab(url: string, onCreated?: (tabId: number) => Promise<void>): Promise<number | undefined> {
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) return undefined;
  // Side by side: the wait's listeners are on before onCreated's storage round trip, so no update
  // of a fast page is missed meanwhile.
  const loaded = untilPageLoaded(tab.id, PORTAL_LOAD_MS);
  const [created] = await Promise.allSettled([onCreated?.(tab.id), loaded]);
  if (created.status === 'rejected') throw created.reason;
  return tab.id;
}

/** Closes `tabId`, a tab a read opened at `openedAt` (ms), if it still shows a page of `origin` and
 *  the user has not taken it up since: a tab taken elsewhere, whose address cannot be seen, that is
 *  active, or that was looked at after the read opened it, stays. */
export async function closeTabOn(tabId: number, origin: string, openedAt?: number): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!showsOrigin(tab, origin) || tab.active) return;
  if (openedAt !== undefined && tab.lastAccessed !== undefined && tab.lastAccessed > openedAt) return;
  await closeTab(tabId);
}

export async function closeTab(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined);
}

/**
 * Runs `func` in the page of `tabId` as the page's own code (the MAIN world: its fetch is the
 * page's, from the page's origin) and gives back what it returned. `func` is serialised: it must
 * be self-contained (no imports, no closure), and what it returns must be plain data.
 * Chrome 95+ and Firefox 128+ take `world: 'MAIN'`.
 */
export async function runInPage<A extends unknown[], R>(tabId: number, func: (...args: A) => Promise<R> | R, args: A): Promise<R | undefined> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId }, world: 'MAIN', func: func as (...args: unknown[]) => unknown, args,
  });
  return result?.result as R | undefined;
}
