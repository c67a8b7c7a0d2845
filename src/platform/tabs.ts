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

/** Opens a blank tab first so that the caller can remember its id before the real page loads:
 *  otherwise a fast page could ask about itself before we know which tab it is in. */
export async function openBlankTab(openerTabId?: number): Promise<Tab> {
  return browser.tabs.create({ url: 'about:blank', active: true, openerTabId });
}

export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
