import { sessionsIn, type Session, type SessionList } from './session-list';

/** A switched role's console session lasts 1 hour by default (facts file, "Sessions in
 *  multi-session mode"). A longer one is possible (the role's MaxSessionDuration), so past this a
 *  session is only *possibly* expired. */
export const ROLE_SESSION_MS = 60 * 60 * 1000;
/** The facts file does not say how long the base sign-in lasts; 12 hours is the longest a
 *  console sign-in is commonly kept, so the base is not called expired too early. */
export const BASE_SESSION_MS = 12 * 60 * 60 * 1000;

export type SessionState = 'live' | 'possibly-expired';

export function defaultMaxSessionMs(session: Pick<Session, 'isBase'>): number {
  return session.isBase ? BASE_SESSION_MS : ROLE_SESSION_MS;
}

/**
 * Whether a session may have expired: not seen for longer than such a session lasts. Exactly
 * `maxSessionMs` is still live. We only know when a page of it was last read, not when it was
 * signed in, so this errs towards "live". A time that is not a number leaves it live.
 */
export function sessionState(session: Pick<Session, 'isBase' | 'lastSeen'>, now: number, maxSessionMs = defaultMaxSessionMs(session)): SessionState {
  return now - session.lastSeen > maxSessionMs ? 'possibly-expired' : 'live';
}

/** The list without sessions that have no open tab and are possibly expired: nothing shows them
 *  and AWS has most likely signed them out. A session with an open tab stays (its tab is still
 *  there to focus, and its next read tells whether it is still signed in). */
export function prune(list: SessionList, now: number): Session[] {
  return sessionsIn(list).filter((s) => s.tabs.length > 0 || sessionState(s, now) === 'live');
}
