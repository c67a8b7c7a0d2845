// A whole read of a portal, planned without doing it: given the answers so far, which requests come
// next, and when the read is complete or has failed. The caller fetches (several at once if it
// likes: each account's pages are independent) and hands every answer back; a state is never
// changed, each answer gives a new one. Bounded: a page token that repeats, too many pages or too
// many accounts end the read with an error, and a failed read has no result (nothing half-saved).
import type { PortalDialect, PortalRequest } from './portal-api';
import { requestName } from './portal-api';
import { parseAccountsPage, parseRolesPage, type PortalAccount } from './portal-answers';
import { portalIssue, type PortalIssue } from './portal-issues';

export interface ReadLimits {
  /** Requests in all (account pages + permission-set pages). */
  maxPages: number;
  maxAccounts: number;
}

/** 1,000 accounts with one page of permission sets each take ~1,010 requests. */
export const DEFAULT_LIMITS: ReadLimits = { maxPages: 20_000, maxAccounts: 10_000 };

/** Where one list (the accounts, or one account's permission sets) has got to. */
interface Cursor {
  /** The token to ask with next; undefined before the first page. */
  token?: string;
  /** Every token this list has given, to catch a portal that sends us round in a circle. */
  seen: ReadonlySet<string>;
  done: boolean;
  permissionSets: readonly string[];
}

export interface PortalReadState {
  dialect: PortalDialect;
  limits: ReadLimits;
  pages: number;
  accountList: Cursor;
  accounts: readonly PortalAccount[];
  /** One per account, same order; filled once the account list is complete. */
  cursors: readonly Cursor[];
  index: ReadonlyMap<string, number>;
  warnings: readonly PortalIssue[];
  failure?: PortalIssue;
}

/** One account's permission set: what becomes one entry. */
export interface PortalAssignment { account: PortalAccount; permissionSet: string }

export interface PortalRead {
  accounts: PortalAccount[];
  assignments: PortalAssignment[];
  /** What was skipped and why (bad items, accounts without permission sets). */
  warnings: PortalIssue[];
}

const fresh = (): Cursor => ({ seen: new Set(), done: false, permissionSets: [] });

export function startRead(dialect: PortalDialect, limits: ReadLimits = DEFAULT_LIMITS): PortalReadState {
  return { dialect, limits, pages: 0, accountList: fresh(), accounts: [], cursors: [], index: new Map(), warnings: [] };
}

export type ReadStep = { kind: 'requests'; requests: PortalRequest[] } | { kind: 'done'; read: PortalRead } | { kind: 'failed'; issue: PortalIssue };

/** What to do now: the requests that can be sent (at most `max`), or the outcome. */
export function nextStep(state: PortalReadState, max = Number.POSITIVE_INFINITY): ReadStep {
  if (state.failure) return { kind: 'failed', issue: state.failure };
  const list = state.accountList;
  if (!list.done) return { kind: 'requests', requests: [{ kind: 'accounts', ...(list.token !== undefined && { token: list.token }) }] };
  const requests: PortalRequest[] = [];
  for (let i = 0; i < state.cursors.length && requests.length < max; i++) {
    const cursor = state.cursors[i]!;
    if (cursor.done) continue;
    const { accountId, instanceId } = state.accounts[i]!;
    requests.push({ kind: 'roles', accountId, ...(instanceId !== undefined && { instanceId }), ...(cursor.token !== undefined && { token: cursor.token }) });
  }
  return requests.length > 0 ? { kind: 'requests', requests } : { kind: 'done', read: readOf(state) };
}

function readOf(state: PortalReadState): PortalRead {
  const assignments: PortalAssignment[] = [];
  const warnings = [...state.warnings];
  if (state.accounts.length === 0) warnings.push(portalIssue('warnPortalNoAccounts'));
  state.accounts.forEach((account, i) => {
    const sets = state.cursors[i]!.permissionSets;
    if (sets.length === 0) warnings.push(portalIssue('warnPortalNoPermissionSets', [account.accountId]));
    for (const permissionSet of sets) assignments.push({ account, permissionSet });
  });
  return { accounts: [...state.accounts], assignments, warnings };
}

const failed = (state: PortalReadState, issue: PortalIssue): PortalReadState => ({ ...state, failure: issue });

/** A cursor moved on by one page, or the issue that ends the read (a token seen before). */
function advance(cursor: Cursor, nextToken: string | undefined, request: PortalRequest, sets?: readonly string[]): Cursor | PortalIssue {
  if (nextToken !== undefined && (cursor.seen.has(nextToken) || nextToken === request.token)) return portalIssue('errPortalTokenLoop', [requestName(request)]);
  const seen = nextToken === undefined ? cursor.seen : new Set(cursor.seen).add(nextToken);
  return { seen, done: nextToken === undefined, permissionSets: sets ?? cursor.permissionSets, ...(nextToken !== undefined && { token: nextToken }) };
}

/** The state after `request` was answered with `json` (the parsed body of a 200 answer). An answer
 *  to a request that is not the one planned (a repeat, an old token) is ignored. */
export function takeAnswer(state: PortalReadState, request: PortalRequest, json: unknown): PortalReadState {
  if (state.failure) return state;
  if (state.pages >= state.limits.maxPages) return failed(state, portalIssue('errPortalTooManyPages', [state.pages]));
  if (request.kind === 'accounts') {
    const list = state.accountList;
    if (list.done || request.token !== list.token) return state;
    const page = parseAccountsPage(json, state.dialect);
    if ('error' in page) return failed(state, page.error);
    const next = advance(list, page.value.nextToken, request);
    if (!('seen' in next)) return failed(state, next);
    const warnings = [...state.warnings, ...page.value.warnings];
    const accounts = [...state.accounts];
    const index = new Map(state.index);
    for (const account of page.value.accounts) {
      // The same account on two pages keeps its first listing, as within a page.
      if (index.has(account.accountId)) {
        warnings.push(portalIssue('warnPortalAccountDuplicate', [account.accountId]));
        continue;
      }
      index.set(account.accountId, accounts.length);
      accounts.push(account);
    }
    if (accounts.length > state.limits.maxAccounts) return failed(state, portalIssue('errPortalTooManyAccounts', [state.limits.maxAccounts]));
    // Permission sets are asked for once the account list is complete; each account's pages then go on their own.
    const cursors = next.done ? accounts.map(() => fresh()) : [];
    return { ...state, pages: state.pages + 1, accountList: next, accounts, index, cursors, warnings };
  }
  const i = state.index.get(request.accountId);
  const cursor = i === undefined ? undefined : state.cursors[i];
  if (cursor === undefined || cursor.done || request.token !== cursor.token) return state;
  const page = parseRolesPage(json, state.dialect, request.accountId);
  if ('error' in page) return failed(state, page.error);
  const known = new Set(cursor.permissionSets);
  const sets = [...cursor.permissionSets, ...page.value.permissionSets.filter((s) => !known.has(s))];
  const next = advance(cursor, page.value.nextToken, request, sets);
  if (!('seen' in next)) return failed(state, next);
  const cursors = [...state.cursors];
  cursors[i!] = next;
  const warnings = page.value.warnings.length === 0 ? state.warnings : [...state.warnings, ...page.value.warnings];
  return { ...state, pages: state.pages + 1, cursors, warnings };
}

/** The state after a request was answered with an HTTP status other than 200 (or `0`: no answer). */
export function takeFailure(state: PortalReadState, status: number, portalOrigin: string): PortalReadState {
  return state.failure ? state : failed(state, statusIssue(status, portalOrigin));
}

/** What a non-200 status means to the user. 401: the portal session is gone; 403: refused;
 *  429: throttled (the caller may wait and ask again before giving up); else unavailable. */
export function statusIssue(status: number, portalOrigin: string): PortalIssue {
  if (status === 401) return portalIssue('errPortalSignedOut', [portalOrigin]);
  if (status === 403) return portalIssue('errPortalRefused', [portalOrigin, status]);
  if (status === 429) return portalIssue('errPortalThrottled', [portalOrigin]);
  return portalIssue('errPortalUnavailable', [portalOrigin, status]);
}
