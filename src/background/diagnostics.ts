import { sendToTab } from '../platform/messaging';
import type { Diagnostics } from '../platform/protocol';
import { mostRecentConsoleTab } from './console-tabs';

/** The signals found on the console tab the user looked at last, for the options page. */
export async function diagnostics(): Promise<Diagnostics> {
  const tab = await mostRecentConsoleTab();
  if (tab?.id === undefined || !tab.url) return { kind: 'none' };
  try {
    return { kind: 'console', url: tab.url, state: await sendToTab(tab.id, 'readConsole', {}) };
  } catch {
    return { kind: 'unreachable', url: tab.url };
  }
}
