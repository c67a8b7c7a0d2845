// core/badge: the active-role badge on a console page. Start here (what the badge shows).
// lookup.ts files entries under what they match; colour.ts, mask.ts and region.ts are parts of the
// view; page-key.ts and kept-facts.ts are how a page's badge is kept ready in storage.local.
//
// What the active-role badge shows, from what the console page says and the saved entries.
// Pure: the background runs it, the content script only draws the result.
import type { Identity } from '../console/identity';
import { matchesIdentity } from '../console/match-identity';
import { roleNameForSwitch } from '../profile/profile';
import type { Entry, GroupSettings } from '../store/schema';
import { isSwitchedRole } from '../console/base-user';
import type { ConsolePageFacts } from '../console/page-state';
import { badgeColour, textColourOn } from './colour';
import { maskAccountId, maskAccountIdsIn } from './mask';
import { pageRegion } from './region';

/** What the page did not give us: who is signed in, or the token a classic switch needs. */
export type ConsoleProblem = 'identity' | 'csrf';

export interface BadgeData {
  /** The entry's display name (else its label), else what the console calls the identity. */
  name?: string;
  /** Alias and/or id, the id masked when the user hides ids. */
  account?: string;
  /** Role name (with path), or the Identity Center permission set; absent for a user. */
  role?: string;
  region?: string;
  /** '#rrggbb': the entry's colour, else a neutral dark. The badge paints it itself. */
  background: string;
  foreground: '#000000' | '#ffffff';
  production: boolean;
  multiSession: boolean;
  /** Multi-session only, when the page says who is signed in: whether this tab is the user's own
   *  (base) session or a role's. Each is a separate sign-in (issue #16): knowing which one a tab
   *  belongs to tells what a switch from it would be (a switch from a role session is chaining). */
  session?: 'base' | 'role';
  /** The base user's name when a role is active and "Back to <user>" makes sense. */
  backTo?: string;
  problems: ConsoleProblem[];
  entryId?: string;
}

const NEUTRAL = '#232f3e';

/**
 * Whether a page's badge may be kept for its next loads. A badge that warns (no switch token yet,
 * the identity not read) is not: those are often the page not being ready when it was looked at,
 * and a kept badge is drawn at the next load without looking again (a page with session data is
 * keyed by its address and session alone), so the warning would stay for the whole session.
 */
export const keepsBadge = (badge: Pick<BadgeData, 'problems'>): boolean => badge.problems.length === 0;

export function findActiveEntry(entries: readonly Entry[], identity: Identity | undefined): Entry | undefined {
  return identity ? entries.find((entry) => matchesIdentity(entry, identity)) : undefined;
}

/** Production is a flag of the entry or of its group. */
export function isProductionEntry(entry: Entry, groups: Readonly<Record<string, GroupSettings>>): boolean {
  return entry.production === true || (entry.group !== undefined && groups[entry.group]?.production === true);
}

function isRole(identity: Identity): boolean {
  return identity.kind === 'assumed-role' || identity.kind === 'identity-center';
}

function accountText(identity: Identity, entry: Entry | undefined, hide: boolean): string | undefined {
  const id = identity.accountId ?? (entry && /^\d{12}$/.test(entry.account) ? entry.account : undefined);
  const alias = identity.accountAlias ?? (entry && !/^\d{12}$/.test(entry.account) ? entry.account : undefined);
  const shownId = id === undefined ? undefined : hide ? maskAccountId(id) : id;
  if (alias !== undefined && shownId !== undefined) return `${alias} (${shownId})`;
  return alias ?? shownId;
}

function nameOf(identity: Identity, entry: Entry | undefined): string | undefined {
  // No hidden characters to fear: the form and the catalog refuse them, an import and the store's
  // repair (every list as it is loaded, the badge's lookup built from that) remove them.
  if (entry) return entry.displayName?.trim() || entry.label;
  // A user's console display name is "user @ account": the account has its own field.
  if (!isRole(identity)) return identity.userName ?? identity.displayName;
  if (identity.displayName !== undefined) return identity.displayName;
  return identity.kind === 'identity-center' ? (identity.permissionSet ?? identity.roleName) : identity.roleName;
}

function roleOf(identity: Identity, entry: Entry | undefined): string | undefined {
  if (identity.kind === 'identity-center') return identity.permissionSet ?? identity.roleName;
  if (identity.kind !== 'assumed-role') return undefined;
  return entry ? roleNameForSwitch(entry) : identity.roleName;
}

export function formatBadge(
  page: ConsolePageFacts,
  saved: { entries: readonly Entry[]; groups: Readonly<Record<string, GroupSettings>>; hideAccountIds: boolean },
): BadgeData {
  const hide = saved.hideAccountIds;
  const text = (value: string | undefined) => (value === undefined || !hide ? value : maskAccountIdsIn(value));
  const identity = page.reading.identity;
  const known = identity !== undefined && identity.kind !== 'unknown' ? identity : undefined;
  const problems: ConsoleProblem[] = [];
  if (!known) problems.push('identity');
  if (page.mode === 'classic' && !page.csrfFound) problems.push('csrf');
  const entry = findActiveEntry(saved.entries, known);
  const background = badgeColour(entry?.color) ?? NEUTRAL;
  const data: BadgeData = {
    background,
    foreground: textColourOn(background),
    production: entry !== undefined && isProductionEntry(entry, saved.groups),
    multiSession: page.mode === 'multi-session',
    problems,
  };
  const region = pageRegion(page.url);
  if (region !== undefined) data.region = region;
  if (!known) return data;
  if (data.multiSession) data.session = isSwitchedRole(known, page.baseUser) ? 'role' : 'base';
  const fields = {
    name: text(nameOf(known, entry)),
    account: accountText(known, entry, hide),
    role: text(roleOf(known, entry)),
    backTo: text(isSwitchedRole(known, page.baseUser) ? page.baseUser?.name : undefined),
    entryId: entry?.id,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) (data as unknown as Record<string, string>)[key] = value;
  return data;
}
