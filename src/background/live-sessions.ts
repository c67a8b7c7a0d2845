// The signed-in sessions as they are now (issue #16): the stored list (session-store.ts), each
// session's tabs checked against the open console tabs, and the console tabs it does not know of
// yet read and recorded. A console page draws its stored badge without waking this worker, so a
// tab opened on a page seen before may never have been reported: reading the unknown ones here
// keeps the tab counts true. A multi-session tab's host says which session it shows; a classic
// tab's does not, so those are read every time.
import { sessionOfTab, type Session } from '../core/sessions/session-list';
import { checkTabs, unaccountedTabs } from '../core/sessions/session-tabs';
import type { SessionsAnswer } from '../platform/protocol';
import type { Tab } from '../platform/tabs';
import { READ_MS, readWithin } from './console-page';
import { consoleTabs } from './console-tabs';
import { prune } from '../core/sessions/session-state';
import { readSessions, recordReads, withReads } from './session-store';

export interface LiveSessions {
  sessions: Session[];
  /** The open console tabs, as the browser listed them. */
  open: Tab[];
}

/** The pruned list with only open tabs on each session's own host, after reading the console
 *  tabs it did not account for and those of a classic console (regular windows only, not
 *  discarded ones). `justRead`: a tab the caller has just read (and so recorded). */
export async function liveSessions(now = Date.now(), justRead?: number): Promise<LiveSessions> {
  const [stored, listed] = await Promise.all([readSessions(now), consoleTabs().catch(() => undefined)]);
  const open = listed ?? [];
  let sessions = checkTabs(stored, open);
  // Tabs that closed or left their session's host: written back (when the browser listed its
  // tabs), so that a gone tab does not keep its session alive and counted for good.
  const kept = new Set(sessions.flatMap((s) => s.tabs.map((t) => t.tabId)));
  const gone = listed === undefined ? [] : stored.flatMap((s) => s.tabs.map((t) => t.tabId)).filter((id) => !kept.has(id));
  // A classic console's tabs all show one identity, which a switch in any of them changes (and
  // the page after it may have drawn a stored badge, unreported): they are read again too.
  const classic = new Set(sessions.filter((s) => s.differentiator === undefined).flatMap((s) => s.tabs.map((t) => t.tabId)));
  const unread = [...unaccountedTabs(sessions, open), ...open.filter((tab) => classic.has(tab.id!))]
    .filter((tab) => tab.incognito !== true && tab.discarded !== true && tab.id !== justRead);
  const reads = await Promise.all(unread.map(async (tab) => ({ tabId: tab.id!, read: await readWithin(tab.id!, READ_MS, { record: false }) })));
  const done = reads.flatMap(({ tabId, read }) => (read ? [{ tabId, facts: read.state }] : []));
  if (done.length > 0 || gone.length > 0) {
    const recorded = await recordReads(done, now, gone);
    sessions = checkTabs(recorded ?? prune(withReads(sessions, done, now), now), open);
  }
  return { sessions, open };
}

/** The getSessions answer: the live sessions, their tabs' titles, and the session of `tab`;
 *  nothing for an incognito tab. */
export async function sessionsAnswer(tab: Tab | undefined, now = Date.now()): Promise<SessionsAnswer> {
  // An incognito window has sessions of its own, which the list does not keep: the regular
  // window's are not its own, so it is told of none.
  if (tab?.incognito === true) return { sessions: [], titles: {}, now };
  const { sessions, open } = await liveSessions(now);
  const titles: Record<number, string> = {};
  const shown = new Set(sessions.flatMap((s) => s.tabs.map((t) => t.tabId)));
  for (const t of open) if (t.id !== undefined && shown.has(t.id) && typeof t.title === 'string') titles[t.id] = t.title;
  const answer: SessionsAnswer = { sessions, titles, now };
  const current = tab?.id === undefined ? undefined : sessionOfTab(sessions, tab.id);
  if (current) answer.currentKey = current.key;
  return answer;
}
