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
export async function updateSessions(change: (list: Session[]) => Session[], now = Date.now()): Promise<Session[] | undefined> {
  try {
    return await exclusively(LOCK, async () => {
      const next = prune(change(await readSessions(now)), now);
      await writeKeys('session', { [SESSIONS_KEY]: next });
      return next;
    });
  } catch {
    return undefined;
  }
}

/** A console page of `tabId` was read: its session gains (or keeps) the tab; a page that says no
 *  one is signed in (AWS's signed-out page) takes the tab out of every session. */
export function recordRead(tabId: number, facts: PageFacts, now = Date.now()): Promise<Session[] | undefined> {
  const report = pageReport(facts, tabId, now);
  return updateSessions((list) => (report ? recordPage(list, report) : forgetTab(list, tabId)), now);
}

/** Several reads in one write (a check of every open console tab). */
export function recordReads(reads: ReadonlyArray<{ tabId: number; facts: PageFacts }>, now = Date.now()): Promise<Session[] | undefined> {
  return updateSessions((list) => reads.reduce((acc, { tabId, facts }) => {
    const report = pageReport(facts, tabId, now);
    return report ? recordPage(acc, report) : forgetTab(acc, tabId);
  }, list), now);
}

/** The tab closed: it leaves its session (the session stays signed in, idle). */
export function forgetSessionTab(tabId: number): Promise<Session[] | undefined> {
  return updateSessions((list) => forgetTab(list, tabId));
}
