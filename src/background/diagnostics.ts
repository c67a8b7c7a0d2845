import type { Diagnostics } from '../platform/protocol';
import { readConsoleTab } from './console-page';
import { mostRecentConsoleTab } from './console-tabs';

/** The signals found on the console tab the user looked at last, for the options page. */
export async function diagnostics(): Promise<Diagnostics> {
  const tab = await mostRecentConsoleTab();
  if (tab?.id === undefined || !tab.url) return { kind: 'none' };
  try {
    return { kind: 'console', url: tab.url, state: (await readConsoleTab(tab.id)).state };
  } catch {
    return { kind: 'unreachable', url: tab.url };
  }
}
