import type { BaseAccount, Entry } from '../store/schema';
import { baseSession, sessionForEntry, sessionUsage, MULTI_SESSION_LIMIT } from './session-entries';
import type { Session, SessionList } from './session-list';
import { sessionState } from './session-state';

/** Where a switch to an entry goes out from (issue #16, part 4), or why it cannot. */
export type SwitchOrigin =
  /** Already signed in: focus (or open) this session's console instead of signing in again,
   *  which would sign its open tabs out. */
  | { from: 'reuse'; session: Session }
  /** From the user's own sign-in. `session` is undefined when no base page has been seen yet. */
  | { from: 'base'; session?: Session; fromCurrentTab: boolean }
  /** Role chaining, meant: from the session of the role the entry names as its base. When that
   *  role is not signed in, `startFirst` is its entry: switch to it first (itself from the base). */
  | { from: 'role'; session?: Session; startFirst?: Entry; fromCurrentTab: boolean }
  /** The switch needs more new sessions than the five-session limit leaves. */
  | { from: 'limit'; used: number; limit: number; idle: Session[] };

export interface SwitchOriginInput {
  list: SessionList;
  /** The session of the tab the switch was started from, if it is a console tab. */
  current?: Session;
  target: Entry;
  entries: readonly Entry[];
  bases: readonly BaseAccount[];
  /** The time now: with it, a session that may have expired and has no open tab is not reused
   *  (nothing shows it; a normal switch signs nothing out that is still there). */
  now?: number;
  /** The user chose to go past the limit as counted here (sessions may have ended unseen): AWS decides. */
  pastLimit?: boolean;
}

/**
 * The role an entry is chained from: its `base` names no saved base account but another entry
 * (by id or label) of the same partition. `base` normally names a base account (source_profile);
 * a source_profile that is itself a role is how ~/.aws/config spells chaining. An entry naming
 * itself, or one of another partition (no role can be assumed across partitions), is no chain.
 */
export function chainedFrom(target: Entry, entries: readonly Entry[], bases: readonly BaseAccount[]): Entry | undefined {
  const name = target.base;
  if (name === undefined || (Array.isArray(bases) ? bases : []).some((b) => b.name === name)) return undefined;
  const source = (Array.isArray(entries) ? entries : []).find((e) => e.id === name) ??
    (Array.isArray(entries) ? entries : []).find((e) => e.label === name);
  return source === undefined || source.id === target.id || source.partition !== target.partition ? undefined : source;
}

/**
 * Which session a switch to `target` goes out from. A signed-in entry is reused. A chained entry
 * goes from its source role's session (started first when it is not signed in). Anything else goes
 * from the base session, even when started from a role tab: a switch from a role session is role
 * chaining, which the target's trust policy usually refuses. In multi-session mode, a switch that
 * needs more new sessions than the limit leaves is refused here, naming the idle sessions, rather
 * than by AWS. A classic console has no limit: its switch replaces the identity. Prune the list
 * first (session-state.ts), so that expired sessions neither count nor get reused.
 */
export function switchOrigin(input: SwitchOriginInput): SwitchOrigin {
  const { list, current, target } = input;
  const signedIn = sessionForEntry(list, target);
  const stale = signedIn !== undefined && input.now !== undefined && signedIn.tabs.length === 0 && sessionState(signedIn, input.now) !== 'live';
  if (signedIn && !stale) return { from: 'reuse', session: signedIn };

  const source = chainedFrom(target, input.entries, input.bases);
  const sourceSession = source === undefined ? undefined : sessionForEntry(list, source);
  const needed = source !== undefined && sourceSession === undefined ? 2 : 1;
  const usage = sessionUsage(list, target.partition, input.now);
  if (input.pastLimit !== true && usage.used > 0 && usage.used + needed > MULTI_SESSION_LIMIT) {
    return { from: 'limit', used: usage.used, limit: usage.limit, idle: usage.idle };
  }

  const fromCurrentTab = (session: Session | undefined) => session !== undefined && current?.key === session.key;
  if (source !== undefined) {
    if (sourceSession) return { from: 'role', session: sourceSession, fromCurrentTab: fromCurrentTab(sourceSession) };
    return { from: 'role', startFirst: source, fromCurrentTab: false };
  }
  const base = baseSession(list, target.partition);
  return base ? { from: 'base', session: base, fromCurrentTab: fromCurrentTab(base) } : { from: 'base', fromCurrentTab: false };
}
