import { consolePageFacts } from '../core/console/page-state';
import { sendToTab } from '../platform/messaging';
import type { ConsolePage, ConsoleState, MessageMap } from '../platform/protocol';
import { tabById } from '../platform/tabs';
import { recordRead } from './session-store';

/** What Switchyard makes of what a console page carries. */
export function consoleStateOf(page: ConsolePage): ConsoleState {
  const state: ConsoleState = { ...consolePageFacts(page), signals: page.report };
  if (typeof page.loadedAt === 'number' && Number.isFinite(page.loadedAt)) state.loadedAt = page.loadedAt;
  return state;
}

/** A console tab as its content script read it, and what Switchyard makes of that. */
export interface ConsoleTabRead {
  page: ConsolePage;
  state: ConsoleState;
  /** Which read of the page this was: a switch decided from it posts with that read's token. */
  readId: number;
}

/** Reads a console tab through its content script; rejects when there is none (a tab opened
 *  before the extension was installed, or still loading). What it read goes into the list of
 *  signed-in sessions (session-store.ts), except an incognito tab's (or with `record: false`, when
 *  the caller records many reads at once); that bookkeeping never fails the read. */
export async function readConsoleTab(tabId: number, options: { record?: boolean | 'after' } = {}): Promise<ConsoleTabRead> {
  const answer: Partial<MessageMap['readConsole']['response']> | undefined = await sendToTab(tabId, 'readConsole', {});
  const page = answer?.page;
  if (typeof page !== 'object' || page === null || typeof page.url !== 'string') throw new Error('no answer from the console page');
  const read: ConsoleTabRead = { page, state: consoleStateOf(page), readId: typeof answer?.readId === 'number' ? answer.readId : -1 };
  // 'after': the answer does not wait for the bookkeeping (the popup's header); a switch's own
  // starting point waits, so that it sees its read recorded.
  if (options.record === 'after') void recordTabRead(tabId, read.state);
  else if (options.record !== false) await recordTabRead(tabId, read.state);
  return read;
}

/** How long a background tab's page may take to answer: a frozen or discarded tab's content script
 *  may never answer, and a switch or the popup waiting on it would wait for good. */
export const READ_MS = 1_000;

/** readConsoleTab within `ms`: undefined when the page did not answer in time, or at all. Every
 *  read of a tab the user is not looking at goes through here. */
export function readWithin(tabId: number, ms = READ_MS, options: { record?: boolean | 'after' } = {}): Promise<ConsoleTabRead | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, Math.max(0, ms), undefined)));
  const read = readConsoleTab(tabId, options).catch(() => undefined);
  return Promise.race([read, late]).finally(() => clearTimeout(timer));
}

/** Records a console page read of a regular window's tab into the session list: its state, or
 *  the page as its content script sent it. */
export async function recordTabRead(tabId: number, read: ConsoleState | { page: ConsolePage }, incognito?: boolean): Promise<void> {
  try {
    // A tab that is gone (or incognito) is not recorded; recordRead asks again under its lock.
    if (incognito ?? (await tabById(tabId))?.incognito !== false) return;
    await recordRead(tabId, 'page' in read ? consoleStateOf(read.page) : read);
  } catch {
    // The list only misses this read; the next one records it.
  }
}
