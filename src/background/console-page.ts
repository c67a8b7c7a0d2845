import { consolePageFacts } from '../core/console/page-state';
import { sendToTab } from '../platform/messaging';
import type { ConsolePage, ConsoleState } from '../platform/protocol';

/** What Switchyard makes of what a console page carries. */
export function consoleStateOf(page: ConsolePage): ConsoleState {
  return { ...consolePageFacts(page), signals: page.report };
}

/** A console tab as its content script read it, and what Switchyard makes of that. */
export interface ConsoleTabRead {
  page: ConsolePage;
  state: ConsoleState;
}

/** Reads a console tab through its content script; rejects when there is none (a tab opened
 *  before the extension was installed, or still loading). */
export async function readConsoleTab(tabId: number): Promise<ConsoleTabRead> {
  const page = await sendToTab(tabId, 'readConsole', {});
  if (typeof page !== 'object' || page === null || typeof page.url !== 'string') throw new Error('no answer from the console page');
  return { page, state: consoleStateOf(page) };
}
