import { browser, type Tabs } from './browser';

export type Tab = Tabs.Tab;

/** The active tab of the window the user is looking at. Its url is known for AWS hosts
 *  (host permissions) and, while the popup is open, for any page (activeTab). */
export async function activeTab(): Promise<Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** A tab by id; undefined when it is gone. */
export async function tabById(tabId: number): Promise<Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

export async function openTab(url: string, options: { active?: boolean; openerTabId?: number } = {}): Promise<Tab> {
  return browser.tabs.create({ url, active: options.active ?? true, openerTabId: options.openerTabId });
}

/** How long a new blank tab may take to finish loading before it is navigated anyway. */
const BLANK_TAB_SETTLE_MS = 2_000;

/**
 * Opens a blank tab first so that the caller can remember its id before the real page loads:
 * otherwise a fast page could ask about itself before we know which tab it is in.
 *
 * Resolves once that blank page has loaded, so that the caller navigates a settled tab. Chromium:
 * navigating a tab whose initial about:blank is still loading can crash its renderer when a DevTools
 * client enabled focus emulation on it (Playwright does, on every tab): the navigation is aborted and
 * the tab is left blank, status "unloaded". Measured: a quarter to a third of immediate navigations
 * in a loop, none after 'complete'.
 */
export async function openBlankTab(openerTabId?: number, settleMs = BLANK_TAB_SETTLE_MS): Promise<Tab> {
  const tab = await browser.tabs.create({ url: 'about:blank', active: true, openerTabId });
  if (tab.id !== undefined) await untilLoaded(tab.id, settleMs);
  return tab;
}

/**
 * Resolves when `isDone` says so of the tab as it is (asked at once, then at each of its updates),
 * or the tab is gone, or after `timeoutMs`, whichever comes first. The listeners are added before
 * this first awaits, so that a caller can start other work beside it without missing an update;
 * `onUpdate` hears each update of the tab first, in the order the browser sends them.
 */
export async function untilTab(tabId: number, timeoutMs: number, isDone: (tab: Tab) => boolean, onUpdate?: (change: Tabs.OnUpdatedChangeInfoType) => void): Promise<void> {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const check = async () => {
    const tab = await tabById(tabId);
    if (!tab || isDone(tab)) settle();
  };
  const onUpdated = (id: number, change: Tabs.OnUpdatedChangeInfoType) => {
    if (id !== tabId) return;
    onUpdate?.(change);
    void check();
  };
  const onRemoved = (id: number) => {
    if (id === tabId) settle();
  };
  const timer = setTimeout(settle, timeoutMs);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  try {
    // The load may have finished before the listeners were added; the tab's status says so.
    await check();
    await settled;
  } finally {
    clearTimeout(timer);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  }
}

/** Resolves when the tab is no longer loading or is gone, or after `timeoutMs`, whichever comes first. */
export function untilLoaded(tabId: number, timeoutMs: number): Promise<void> {
  return untilTab(tabId, timeoutMs, (tab) => tab.status !== 'loading');
}

/**
 * Resolves when the tab has loaded the page it was opened for (not its initial about:blank), or is
 * gone, or after `timeoutMs`. Firefox reports a tab just made by tabs.create as 'complete' on
 * about:blank before its navigation starts, so untilLoaded alone would let a script run there
 * (and be refused: the extension has no access to about:blank).
 */
export function untilPageLoaded(tabId: number, timeoutMs: number): Promise<void> {
  // A page whose address we may not see (it went on to a host we have no access to) counts once
  // the tab has been seen loading it.
  let sawLoading = false;
  return untilTab(
    tabId, timeoutMs,
    (tab) => tab.status === 'complete' && ((tab.url !== undefined && tab.url !== 'about:blank') || sawLoading),
    (change) => {
      if (change.status === 'loading') sawLoading = true;
    },
  );
}

const withoutHash = (url: string) => url.split('#', 1)[0];

/** Whether the tab still shows this page and is not already loading another. Chromium names the
 *  page being loaded (pendingUrl, for hosts we may read); Firefox does not, and a page there is
 *  judged by the URL it shows. */
export async function tabStaysOn(tabId: number, url: string): Promise<boolean> {
  const tab = await tabById(tabId);
  if (!tab?.url || withoutHash(tab.url) !== withoutHash(url)) return false;
  const pending = (tab as Tab & { pendingUrl?: string }).pendingUrl;
  return pending === undefined || withoutHash(pending) === withoutHash(url);
}

/** Calls `listener` with the id of every tab that closes (no permission needed for the id). */
export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId: number) => listener(tabId));
}

export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
