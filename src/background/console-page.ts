import { consolePageFacts } from '../core/console/page-state';
import { sendToTab } from '../platform/messaging';
import type { ConsolePage, ConsoleState } from '../platform/protocol';

/** What Switchyard makes of what a console page carries. */
export function consoleStateOf(page: ConsolePage): ConsoleState {
  return { ...consolePageFacts(page), signals: page.report };
}

/** Reads a console tab through its content script; rejects when there is none (a tab opened
 *  before the extension was installed, or still loading). */
export async function readConsoleTab(tabId: number): Promise<{ page: ConsolePage; state: ConsoleState }> {
  const page = await sendToTab(tabId, 'readConsole', {});
  if (typeof page !== 'object' || page === null || typeof page.url !== 'string') throw new Error('no answer from the console page');
  return { page, state: consoleStateOf(page) };
}
