// The signed-in console sessions (issue #16), kept in storage.session under SESSIONS_KEY: this
// device only, gone with the browser session, never synced. Every console page the background
// reads is recorded here; a closed tab is forgotten. One writer at a time (Web Locks), and
// recording never fails what it records for: a storage error loses one report, not the page read
// or the switch.
import type { ConsolePageFacts } from '../core/console/page-state';
import { pageReport } from '../core/sessions/page-report';
import { forgetTab, recordPage, sessionsIn, type Session } from '../core/sessions/session-list';
import { prune } from '../core/sessions/session-state';
import { SESSIONS_KEY } from '../core/store/storage-keys';
import { exclusively } from '../platform/locks';
import { readKey, writeKeys } from '../platform/storage';
import { tabById } from '../platform/tabs';

const LOCK = 'switchyard-sessions';

/** A page read: what it shows, and when it loaded (its report's time, page-report.ts). */
type PageFacts = ConsolePageFacts & { loadedAt?: number };

/** The list as stored, pruned (expired idle sessions dropped); empty when storage fails. */
export async function readSessions(now = Date.now()): Promise<Session[]> {
  try {
    return prune(sessionsIn((await readKey('session', SESSIONS_KEY)) as Session[] | undefined), now);
  } catch {
    return [];
  }
}

/** Read, change and write the list under the lock; the list as written, pruned on the way;
 *  undefined when storage failed (nothing was written). */
export async function updateSessions(change: (list: Session[]) => Session[] | Promise<Session[]>, now = Date.now()): Promise<Session[] | undefined> {
  try {
    return await exclusively(LOCK, async () => {
      const next = prune(await change(await readSessions(now)), now);
      await writeKeys('session', { [SESSIONS_KEY]: next });
      return next;
    });
  } catch {
    return undefined;
  }
}

/** `list` with the reads merged in: a page's session gains (or keeps) its tab; a page that says no
 *  one is signed in (AWS's signed-out page) takes the tab out of every session. */
export function withReads(list: Session[], reads: ReadonlyArray<{ tabId: number; facts: PageFacts }>, now: number): Session[] {
  return reads.reduce((acc, { tabId, facts }) => {
    const report = pageReport(facts, tabId, now);
    return report ? recordPage(acc, report) : forgetTab(acc, tabId);
  }, list);
}

/** The reads of tabs that are still open, asked under the lock: a read that finishes after its tab
 *  closed (and was forgotten) would otherwise add the gone tab back for good. */
async function ofOpenTabs<T extends { tabId: number }>(reads: readonly T[]): Promise<T[]> {
  const open = await Promise.all(reads.map(async (read) => (await tabById(read.tabId).catch(() => undefined)) !== undefined));
  return reads.filter((_, index) => open[index]);
}

/** A console page of `tabId` was read (withReads); nothing when the tab has closed since. */
export function recordRead(tabId: number, facts: PageFacts, now = Date.now()): Promise<Session[] | undefined> {
  return recordReads([{ tabId, facts }], now);
}

/** Several reads in one write (a check of every open console tab); `drop`: tabs found gone or off
 *  their session's host, taken out first (a tab read here since is recorded where it is now). */
export function recordReads(reads: ReadonlyArray<{ tabId: number; facts: PageFacts }>, now = Date.now(), drop: readonly number[] = []): Promise<Session[] | undefined> {
  return updateSessions(async (list) => withReads(drop.reduce(forgetTab, list), await ofOpenTabs(reads), now), now);
}

/** The tab closed: it leaves its session (the session stays signed in, idle). */
export function forgetSessionTab(tabId: number): Promise<Session[] | undefined> {
  return updateSessions((list) => forgetTab(list, tabId));
}
