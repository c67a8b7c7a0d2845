import { browser, type Tabs } from './browser';

/** Tabs whose URL matches `patterns`. Without the `tabs` permission only hosts we have host
 *  permission for are matched (and only they carry a url), which is all that is needed here:
 *  the AWS console hosts. */
export async function tabsMatching(patterns: readonly string[]): Promise<Tabs.Tab[]> {
  return browser.tabs.query({ url: [...patterns] });
}

/** Brings a tab to the front: selects it in its window and focuses the window. */
export async function focusTab(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.update(tab.id, { active: true });
  // Firefox for Android has no windows API; the tab being active is all it can do.
  if (tab.windowId !== undefined && browser.windows) await browser.windows.update(tab.windowId, { focused: true });
}
