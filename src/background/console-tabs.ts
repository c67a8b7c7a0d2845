import { tabsMatching } from '../platform/tabs-matching';
import type { Tab } from '../platform/tabs';
import { CONSOLE_URL_PATTERNS } from './console-patterns';

/** Every open console tab (their urls are known through the host permissions). */
export function consoleTabs(): Promise<Tab[]> {
  return tabsMatching(CONSOLE_URL_PATTERNS);
}

/** The console tab the user looked at last (lastAccessed; an active one where the browser does
 *  not say). Used by the options page, itself a tab: "the active tab" would be the options page. */
export async function mostRecentConsoleTab(): Promise<Tab | undefined> {
  const tabs = await consoleTabs();
  return tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || Number(b.active) - Number(a.active))[0];
}
