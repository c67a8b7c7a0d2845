import { matchesIdentity } from '../console/match-identity';
import type { Partition } from '../console/partition';
import type { Entry } from '../store/schema';
import { sessionsIn, type Session, type SessionList } from './session-list';
import { sessionState } from './session-state';

/** At most five identities are signed in per browser in multi-session mode (facts file). */
export const MULTI_SESSION_LIMIT = 5;

/** The session signed in as this entry's role (match-identity.ts: partition, account by id or
 *  alias, exact role name), the most recently seen if more than one is. */
export function sessionForEntry(list: SessionList, entry: Pick<Entry, 'partition' | 'account' | 'roleName'>): Session | undefined {
  let best: Session | undefined;
  for (const session of sessionsIn(list)) {
    if (!matchesIdentity(entry, session.identity)) continue;
    if (best === undefined || session.lastSeen > best.lastSeen) best = session;
  }
  return best;
}

/** Entry id → its signed-in session, for the popup's "signed in" marks. */
export function entriesSignedIn(list: SessionList, entries: readonly Entry[]): Map<string, Session> {
  const signedIn = new Map<string, Session>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const session = sessionForEntry(list, entry);
    if (session) signedIn.set(entry.id, session);
  }
  return signedIn;
}

/** The user's own sign-in in this partition, the most recently seen if several are known. */
export function baseSession(list: SessionList, partition: Partition): Session | undefined {
  let best: Session | undefined;
  for (const session of sessionsIn(list)) {
    if (!session.isBase || session.partition !== partition) continue;
    if (best === undefined || session.lastSeen > best.lastSeen) best = session;
  }
  return best;
}

export interface SessionUsage {
  /** Multi-session sessions signed in in the partition (classic sessions do not count). */
  used: number;
  limit: number;
  /** The ones with no open tab: what the user could sign out to make room. */
  idle: Session[];
  /** The sessions counted. */
  sessions: Session[];
}

/** How many of the five sessions a partition uses, for the header and the "before the limit"
 *  warning. With `now`, only live sessions count (session-state.ts): one that may have expired,
 *  open tab or not, has most likely been signed out by AWS, and counting it would refuse a switch
 *  AWS takes. */
export function sessionUsage(list: SessionList, partition: Partition, now?: number): SessionUsage {
  const multi = sessionsIn(list).filter((s) =>
    s.partition === partition && s.differentiator !== undefined && (now === undefined || sessionState(s, now) === 'live'));
  return { used: multi.length, limit: MULTI_SESSION_LIMIT, idle: multi.filter((s) => s.tabs.length === 0), sessions: multi };
}
