// What the popup shows of the signed-in sessions (issue #16): the mark on a signed-in entry, the
// "Signed in now" section, the "3 of 5 sessions" count, where a switch comes from and the limit
// warning. Words come back as a message key and its substitutions: core has no i18n, the popup
// looks them up.
import type { Partition } from '../console/partition';
import { agoText } from '../shared/relative-time';
import type { BaseAccount, Entry } from '../store/schema';
import { baseSession, entriesSignedIn, sessionUsage, type SessionUsage } from './session-entries';
import { sessionsIn, type Session } from './session-list';
import { nameList, sessionName } from './session-name';
import { sessionState } from './session-state';
import { chainedFrom, type SwitchOrigin } from './switch-origin';

/** A message key and its substitutions. */
export interface Words { key: string; args: string[] }

/** The background's answer to getSessions, as far as this module needs it (platform/protocol.ts
 *  SessionsAnswer has this shape). */
export interface SessionsFacts {
  sessions: readonly Session[];
  now: number;
  currentKey?: string;
}

export interface SessionsView {
  sessions: readonly Session[];
  /** The background's clock when it answered. */
  now: number;
  /** The session of the popup's tab. */
  current?: Session;
  /** The partition the count and the base session are of. */
  partition?: Partition;
  /** Entry id → its signed-in session: each gets a mark. */
  signedIn: Map<string, Session>;
  /** The entries of "Signed in now": those signed in in a multi-session session. The classic
   *  console has one identity per partition, the one the header shows: a section would only
   *  repeat it. */
  sectionIds: Set<string>;
  /** The user's own multi-session sign-in: first in the "Signed in now" section. */
  base?: Session;
  /** How many of the five are in use; only when some multi-session session is. */
  usage?: SessionUsage;
}

const isMulti = (s: Session) => s.differentiator !== undefined;

/** The partition of the popup's tab, else the one most multi-session sessions are in. */
function partitionOf(sessions: readonly Session[], current: Session | undefined, tabPartition: Partition | undefined): Partition | undefined {
  if (current) return current.partition;
  if (tabPartition) return tabPartition;
  const counts = new Map<Partition, number>();
  for (const s of sessions.filter(isMulti)) counts.set(s.partition, (counts.get(s.partition) ?? 0) + 1);
  let best: Partition | undefined;
  for (const [partition, count] of counts) if (best === undefined || count > counts.get(best)!) best = partition;
  return best;
}

/** The whole picture for one popup; empty (nothing signed in) for an answer that is not one. */
export function sessionsView(facts: SessionsFacts | undefined, entries: readonly Entry[], tabPartition?: Partition): SessionsView {
  const sessions = sessionsIn(facts?.sessions);
  const now = typeof facts?.now === 'number' && Number.isFinite(facts.now) ? facts.now : Date.now();
  const current = facts?.currentKey === undefined ? undefined : sessions.find((s) => s.key === facts.currentKey);
  const partition = partitionOf(sessions, current, tabPartition);
  const signedIn = entriesSignedIn(sessions, entries);
  const sectionIds = new Set([...signedIn].filter(([, session]) => isMulti(session)).map(([id]) => id));
  const view: SessionsView = { sessions, now, signedIn, sectionIds };
  if (current) view.current = current;
  if (partition === undefined) return view;
  view.partition = partition;
  const base = baseSession(sessions, partition);
  if (base && isMulti(base)) view.base = base;
  const usage = sessionUsage(sessions, partition, now);
  if (usage.used > 0) view.usage = usage;
  return view;
}

/** Whether the empty search starts with a "Signed in now" section. */
export const hasSignedInSection = (view: Pick<SessionsView, 'base' | 'sectionIds'>): boolean => view.base !== undefined || view.sectionIds.size > 0;

/** "Signed in · 2 tabs", "Signed in · seen 5 minutes ago", or possibly expired. */
export function markWords(session: Session, now: number, locale: string): Words {
  const seen = agoText(session.lastSeen, now, locale);
  if (sessionState(session, now) === 'possibly-expired') return { key: 'signedInExpired', args: [seen] };
  const tabs = session.tabs.length;
  if (tabs === 0) return { key: 'signedInSeen', args: [seen] };
  return tabs === 1 ? { key: 'signedInOneTab', args: [] } : { key: 'signedInTabs', args: [new Intl.NumberFormat(locale).format(tabs)] };
}

/** Who a session is signed in as, for the base row. */
export function signedInAs(session: Session): string {
  const { identity } = session;
  return identity.userName ?? identity.roleName ?? identity.accountAlias ?? identity.accountId ?? '';
}

/** The action bar's line: where the selected entry's switch comes from. */
export function originWords(origin: SwitchOrigin, target: Entry, entries: readonly Entry[], bases: readonly BaseAccount[]): Words {
  switch (origin.from) {
    case 'reuse':
      return { key: origin.session.tabs.length > 0 ? 'originReuseTab' : 'originReuseNew', args: [] };
    case 'base':
      return origin.session ? { key: 'originBase', args: [signedInAs(origin.session)] } : { key: 'originBaseUnseen', args: [] };
    case 'role': {
      const source = origin.startFirst ?? chainedFrom(target, entries, bases);
      const name = source?.label ?? (origin.session ? signedInAs(origin.session) : '');
      return { key: origin.startFirst ? 'originRoleFirst' : 'originRole', args: [name] };
    }
    case 'limit':
      return { key: 'originLimit', args: [String(origin.limit)] };
  }
}

/** The warning before a switch that needs a session the limit leaves no room for: the same words
 *  the background's refusal uses (session-issues.ts), naming the idle sessions to sign out, or
 *  with none idle, all those in use. */
export function limitWords(limit: { limit: number; idle: readonly Session[] }, inUse: readonly Session[], entries: readonly Entry[], locale: string): Words {
  const names = (list: readonly Session[]) => list.map((s) => sessionName(s, entries)).filter((name) => name !== '');
  const idle = names(limit.idle);
  return idle.length > 0
    ? { key: 'errSessionLimit', args: [String(limit.limit), nameList(idle, locale)] }
    : { key: 'errSessionLimitBusy', args: [String(limit.limit), nameList(names(inUse), locale)] };
}

/** The titles of a session's open tabs (what signing it in again signs out), untitled ones as
 *  undefined for the caller to name. */
export function tabTitles(session: Session, titles: Readonly<Record<number, string>> | undefined): Array<string | undefined> {
  return session.tabs.map((tab) => {
    const title = titles?.[tab.tabId];
    return typeof title === 'string' && title.trim() !== '' ? title : undefined;
  });
}
