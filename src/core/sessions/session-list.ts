// core/sessions: the console sessions signed in in this browser (issue #16), as pure functions over
// plain data, so the background can keep the list in storage.session and the popup can read it.
// Start here: a console page's reading becomes a PageReport (page-report.ts), recordPage merges it into the list.
// session-state.ts says when a session is possibly expired; session-entries.ts matches sessions to
// saved entries and counts them against the five-session limit; switch-origin.ts decides which
// session a switch goes out from.
import type { Identity } from '../console/identity';
import type { Partition } from '../console/partition';
import { isSwitchedRole, type BaseUser } from '../console/base-user';

/** What one read of a console page tells about its session. */
export interface PageReport {
  tabId: number;
  /** When the page was read, ms since epoch. */
  seenAt: number;
  /** Who is signed in (identity.ts): partition, account, user or role, and in multi-session mode
   *  `multiSession.sessionDifferentiator`, which names the session. */
  identity: Identity;
  /** The console's region on that page, if it has one (global pages have none). */
  region?: string;
  /** Who the console's navigation says signed in (base-user.ts): tells the base session apart
   *  when the login itself is a role (SAML, Identity Center). */
  baseUser?: BaseUser;
  /** The multi-session host label of the page (`<accountId>-<8 chars>`, base-session-url.ts), if
   *  it is on one: where the session's pages live, to check a tab is still on it and to open it. */
  label?: string;
}

export interface SessionTab {
  tabId: number;
  seenAt: number;
}

/** One signed-in session: one per partition and differentiator, or one per partition in classic mode. */
export interface Session {
  /** `<partition>/<differentiator>`, or `<partition>/classic`: stable, usable as a storage key. */
  key: string;
  partition: Partition;
  /** The multi-session differentiator; undefined for the classic console. */
  differentiator?: string;
  /** The identity the newest report saw (a classic session's changes with every switch). */
  identity: Identity;
  region?: string;
  /** The host label of its pages (`<accountId>-<8 chars>`), multi-session only, once a page on it was read. */
  label?: string;
  /** The user's own sign-in, not a role switched to from it. */
  isBase: boolean;
  /** The open console tabs of this session, each with when it was last read. */
  tabs: SessionTab[];
  lastSeen: number;
}

export type SessionList = readonly Session[];

const CLASSIC = 'classic';

/** The list as an array even when storage handed back something else (a cleared or damaged value). */
export function sessionsIn(list: SessionList | undefined): readonly Session[] {
  return Array.isArray(list) ? (list as readonly Session[]) : [];
}

export function sessionKey(partition: Partition, differentiator: string | undefined): string {
  return `${partition}/${differentiator ?? CLASSIC}`;
}

/** Reports come from content scripts over messages: check the shape here, so that a bad one is
 *  ignored rather than poisoning the list. */
function isUsableReport(report: unknown): report is PageReport {
  if (typeof report !== 'object' || report === null) return false;
  const r = report as Partial<PageReport>;
  return (
    Number.isInteger(r.tabId) && Number.isFinite(r.seenAt) &&
    typeof r.identity === 'object' && r.identity !== null && typeof r.identity.partition === 'string'
  );
}

function differentiatorOf(identity: Identity): string | undefined {
  const value = identity.multiSession?.sessionDifferentiator;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** When the tab was last read, whichever session it was in. */
function tabSeenAt(list: SessionList, tabId: number): number | undefined {
  for (const session of list) {
    const tab = session.tabs.find((t) => t.tabId === tabId);
    if (tab) return tab.seenAt;
  }
  return undefined;
}

/**
 * The list with `report` merged in: the session it names is created or refreshed, and its tab
 * moves there from whichever session it was in (a tab that navigates to another session's
 * subdomain leaves the old one). A report older than what is already known of its tab is stale
 * (messages can arrive out of order) and changes nothing. In classic mode a partition has one
 * session whose identity changes with each switch: the newest report's identity wins. In
 * multi-session mode, a newer session of the same identity replaces the older one (AWS signs the
 * older one out). A report
 * that is not one returns the list unchanged. Never mutates its arguments.
 */
export function recordPage(list: SessionList, report: PageReport): Session[] {
  const sessions = [...sessionsIn(list)];
  if (!isUsableReport(report)) return sessions;
  const known = tabSeenAt(sessions, report.tabId);
  if (known !== undefined && known > report.seenAt) return sessions;

  const { identity } = report;
  const differentiator = differentiatorOf(identity);
  const key = sessionKey(identity.partition, differentiator);
  const withoutTab = sessions.map((s) =>
    s.tabs.some((t) => t.tabId === report.tabId) ? { ...s, tabs: s.tabs.filter((t) => t.tabId !== report.tabId) } : s,
  );
  // A page of a session that a newer sign-in of the same identity has already replaced is signed
  // out: its tab belongs to no session.
  const replaced = differentiator !== undefined && withoutTab.some((s) =>
    s.key !== key && s.differentiator !== undefined && s.lastSeen > report.seenAt && sameIdentity(s.identity, identity));
  if (replaced) return withoutTab;
  const index = withoutTab.findIndex((s) => s.key === key);
  const old = index === -1 ? undefined : withoutTab[index];
  const tabs = [...(old?.tabs ?? []), { tabId: report.tabId, seenAt: report.seenAt }];
  const newest = old === undefined || report.seenAt >= old.lastSeen;
  const session: Session = newest
    ? {
        key,
        partition: identity.partition,
        identity,
        isBase: !isSwitchedRole(identity, report.baseUser),
        tabs,
        lastSeen: report.seenAt,
      }
    : { ...old, tabs };
  if (differentiator !== undefined) session.differentiator = differentiator;
  if (newest) {
    // A global page (IAM, billing) has no region: keep the one the session was last seen in.
    const region = report.region ?? old?.region;
    if (region !== undefined) session.region = region;
  }
  const label = differentiator === undefined ? undefined : (typeof report.label === 'string' ? report.label : old?.label);
  if (label !== undefined) session.label = label;
  if (index === -1) withoutTab.push(session);
  else withoutTab[index] = session;
  if (differentiator === undefined || !newest) return withoutTab;
  // Signing the same identity in again signs out its older session's pages (facts file): the
  // older session is gone, and keeping it would count a sixth session that AWS does not have.
  return withoutTab.filter((s) => s.key === key || s.differentiator === undefined || s.lastSeen > report.seenAt || !sameIdentity(s.identity, identity));
}

/** Surely the same identity: same partition, account id, kind, role and user (or session) name.
 *  Anything unknown on either side counts as different, so that a real session is never dropped. */
function sameIdentity(a: Identity, b: Identity): boolean {
  return (
    a.partition === b.partition && a.accountId !== undefined && a.accountId === b.accountId && a.kind === b.kind &&
    a.roleName === b.roleName && a.userName !== undefined && a.userName === b.userName
  );
}

/** The list without `tabId` (the tab was closed). The session stays: it is still signed in, just
 *  idle, until prune drops it. */
export function forgetTab(list: SessionList, tabId: number): Session[] {
  return sessionsIn(list).map((s) => (s.tabs.some((t) => t.tabId === tabId) ? { ...s, tabs: s.tabs.filter((t) => t.tabId !== tabId) } : s));
}

/** The session a tab shows, if it is a known console tab. */
export function sessionOfTab(list: SessionList, tabId: number): Session | undefined {
  return sessionsIn(list).find((s) => s.tabs.some((t) => t.tabId === tabId));
}
