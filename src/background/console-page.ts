import { consolePageFacts } from '../core/console/page-state';
import { sendToTab } from '../platform/messaging';
import type { ConsolePage, ConsoleState, MessageMap } from '../platform/protocol';

/** What Switchyard makes of what a console page carries. */
export function consoleStateOf(page: ConsolePage): ConsoleState {
  return { ...consolePageFacts(page), signals: page.report };
}

/** A console tab as its content script read it, and what Switchyard makes of that. */
export interface ConsoleTabRead {
  page: ConsolePage;
  state: ConsoleState;
  /** Which read of the page this was: a switch decided from it posts with that read's token. */
  readId: number;
}

/** Reads a console tab through its content script; rejects when there is none (a tab opened
 *  before the extension was installed, or still loading). */
export async function readConsoleTab(tabId: number): Promise<ConsoleTabRead> {
  const answer: Partial<MessageMap['readConsole']['response']> | undefined = await sendToTab(tabId, 'readConsole', {});
  const page = answer?.page;
  if (typeof page !== 'object' || page === null || typeof page.url !== 'string') throw new Error('no answer from the console page');
  return { page, state: consoleStateOf(page), readId: typeof answer?.readId === 'number' ? answer.readId : -1 };
}
