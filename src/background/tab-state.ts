import { parseConsoleHost } from '../core/partition';
import type { TabState } from '../platform/protocol';
import { type Tab } from '../platform/tabs';
import { readConsoleTab } from './console-page';

/** What the popup header shows: who is signed in on the active tab, if it is a console page. */
export async function tabState(tab: Tab | undefined): Promise<TabState> {
  if (!tab?.id || !tab.url || !parseConsoleHost(new URL(tab.url).hostname)) return { kind: 'not-console' };
  try {
    return { kind: 'console', console: (await readConsoleTab(tab.id)).state, tabId: tab.id };
  } catch {
    return { kind: 'console-unreachable', url: tab.url };
  }
}
