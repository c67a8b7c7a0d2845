// One page of the portal's answer, read into plain data. The answer is a server's JSON, read as
// hostile: only known keys are read (own properties, so `__proto__` and inherited names mean
// nothing), every value is type-checked and bounded, and what is kept is copied into fresh literals.
// A bad item is skipped with a warning; an answer that is not the expected shape is an error for the
// whole read (the caller saves nothing). Shapes: /work/notes/portal-api.md §1 and §2.
import { hiddenCharsIn, stripHiddenChars } from '../profile/hidden-chars';
import { codePointLength, isAccountId, validateRoleName } from '../profile/iam-names';
import { isObject } from '../shared/is-object';
import type { PortalDialect } from './portal-api';
import { portalIssue, type PortalIssue } from './portal-issues';

export interface PortalAccount {
  /** 12 digits. */
  accountId: string;
  /** The account's name as the portal shows it (hidden characters removed); absent when none. */
  name?: string;
  email?: string;
  /** The portal page's app instance (`ins-…`) that stands for this account (appinstances dialect). */
  instanceId?: string;
}

export interface AccountsPage { accounts: PortalAccount[]; warnings: PortalIssue[]; nextToken?: string }
export interface RolesPage { permissionSets: string[]; warnings: PortalIssue[]; nextToken?: string }
export type PageResult<T> = { value: T } | { error: PortalIssue };

/** More than this many items in one page is not the portal we know (it is asked for 100). */
export const MAX_PAGE_ITEMS = 1000;
/** AWS Organizations allows 50 characters in an account name; anything this long is not one. */
export const MAX_ACCOUNT_NAME = 256;
const MAX_EMAIL = 254;
/** An account id is 12 digits: a value that is not one is quoted in messages up to this much (a
 *  hostile answer can put a whole page of text there; the message's own cap is for names). */
export const MAX_ID_TEXT = 24;
/** Page tokens are opaque; no limit is documented. A longer one is refused, not sent back. */
export const MAX_TOKEN = 4096;

// Printable ASCII without space: what can go back in a query string as the portal gave it.
const TOKEN = /^[\x21-\x7e]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const INSTANCE_ID = /^ins-[A-Za-z0-9]{1,64}$/;

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** What a warning quotes of a value given where an account id belongs: a bounded text, else the
 *  kind of value (String() of a parsed object can be huge, or throw: `{"toString": 1}`). */
function idText(value: unknown): string {
  if (typeof value !== 'string') return typeof value;
  const points = Array.from(value.slice(0, MAX_ID_TEXT * 2));
  return points.length > MAX_ID_TEXT || value.length > MAX_ID_TEXT * 2 ? `${points.slice(0, MAX_ID_TEXT).join('')}…` : value;
}

/** The list and the next page token of a page, or why the answer is not a page. */
function readPage(json: unknown, listKey: string, tokenKey: string, what: string):
  { items: unknown[]; nextToken?: string } | { error: PortalIssue } {
  if (!isObject(json)) return { error: portalIssue('errPortalNotJson', [what]) };
  const items = own(json, listKey);
  if (!Array.isArray(items)) return { error: portalIssue('errPortalShape', [what, listKey]) };
  if (items.length > MAX_PAGE_ITEMS) return { error: portalIssue('errPortalPageTooBig', [what, items.length, MAX_PAGE_ITEMS]) };
  const token = own(json, tokenKey);
  // No token, null or "" ends the list (the SDKs' paginators stop on all three).
  if (token === undefined || token === null || token === '') return { items };
  if (typeof token !== 'string' || token.length > MAX_TOKEN || !TOKEN.test(token)) return { error: portalIssue('errPortalBadToken', [what]) };
  return { items, nextToken: token };
}

/** An account's name: text, not too long, without hidden characters (removed with a warning). */
function readName(value: unknown, accountId: string, warnings: PortalIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    warnings.push(portalIssue('warnPortalAccountName', [accountId, 'it is not text.']));
    return undefined;
  }
  if (value.length > MAX_ACCOUNT_NAME * 2 || codePointLength(value) > MAX_ACCOUNT_NAME) {
    warnings.push(portalIssue('warnPortalAccountName', [accountId, `it is longer than ${MAX_ACCOUNT_NAME} characters.`]));
    return undefined;
  }
  const hidden = hiddenCharsIn(value);
  if (hidden.length > 0) warnings.push(portalIssue('warnPortalNameHiddenChars', [accountId, hidden.join(', ')]));
  // Collapsed like a label is shown: one line, no runs of spaces.
  const name = stripHiddenChars(value).replace(/\s+/g, ' ').trim();
  return name === '' ? undefined : name;
}

function readEmail(value: unknown, accountId: string, warnings: PortalIssue[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && value.length <= MAX_EMAIL && EMAIL.test(value) && hiddenCharsIn(value).length === 0) return value;
  warnings.push(portalIssue('warnPortalEmail', [accountId]));
  return undefined;
}

/** One account of either dialect, or undefined (with a warning, or silently for a non-account app). */
function readAccount(item: unknown, dialect: PortalDialect, what: string, warnings: PortalIssue[]): PortalAccount | undefined {
  if (!isObject(item)) {
    warnings.push(portalIssue('warnPortalItemSkipped', [what]));
    return undefined;
  }
  let fields: Record<string, unknown> = item;
  let instanceId: string | undefined;
  if (dialect === 'appinstances') {
    // The page lists every app the user has; an AWS account is the one with account metadata.
    const meta = own(item, 'searchMetadata');
    if (meta === null || meta === undefined) return undefined;
    const id = own(item, 'id');
    if (!isObject(meta) || typeof id !== 'string' || !INSTANCE_ID.test(id)) {
      warnings.push(portalIssue('warnPortalItemSkipped', [what]));
      return undefined;
    }
    instanceId = id;
    fields = { accountId: own(meta, 'AccountId'), accountName: own(meta, 'AccountName'), emailAddress: own(meta, 'AccountEmail') };
  }
  const accountId = own(fields, 'accountId');
  if (typeof accountId !== 'string' || !isAccountId(accountId)) {
    warnings.push(portalIssue('warnPortalAccountId', [idText(accountId)]));
    return undefined;
  }
  const account: PortalAccount = { accountId };
  const name = readName(own(fields, 'accountName'), accountId, warnings);
  if (name !== undefined) account.name = name;
  const email = readEmail(own(fields, 'emailAddress'), accountId, warnings);
  if (email !== undefined) account.email = email;
  if (instanceId !== undefined) account.instanceId = instanceId;
  return account;
}

/** One page of the account list. Accounts listed twice in the page keep their first listing. */
export function parseAccountsPage(json: unknown, dialect: PortalDialect): PageResult<AccountsPage> {
  const what = 'accounts';
  const page = dialect === 'assignment' ? readPage(json, 'accountList', 'nextToken', what) : readPage(json, 'result', 'paginationToken', what);
  if ('error' in page) return page;
  const warnings: PortalIssue[] = [];
  const accounts: PortalAccount[] = [];
  const seen = new Set<string>();
  for (const item of page.items) {
    const account = readAccount(item, dialect, what, warnings);
    if (!account) continue;
    if (seen.has(account.accountId)) {
      warnings.push(portalIssue('warnPortalAccountDuplicate', [account.accountId]));
      continue;
    }
    seen.add(account.accountId);
    accounts.push(account);
  }
  const value: AccountsPage = { accounts, warnings };
  if (page.nextToken !== undefined) value.nextToken = page.nextToken;
  return { value };
}

/** One page of an account's permission sets. Names must be valid IAM role names (they become the
 *  `AWSReservedSSO_<name>_…` role); a name given twice is kept once. */
export function parseRolesPage(json: unknown, dialect: PortalDialect, accountId: string): PageResult<RolesPage> {
  const what = `permission sets of ${accountId}`;
  const page = dialect === 'assignment' ? readPage(json, 'roleList', 'nextToken', what) : readPage(json, 'result', 'paginationToken', what);
  if ('error' in page) return page;
  const warnings: PortalIssue[] = [];
  const permissionSets: string[] = [];
  const seen = new Set<string>();
  for (const item of page.items) {
    if (!isObject(item)) {
      warnings.push(portalIssue('warnPortalItemSkipped', [what]));
      continue;
    }
    const name = own(item, dialect === 'assignment' ? 'roleName' : 'name');
    if (typeof name !== 'string') {
      warnings.push(portalIssue('warnPortalItemSkipped', [what]));
      continue;
    }
    const issues = validateRoleName(name);
    if (issues.length > 0) {
      warnings.push(portalIssue('warnPortalPermissionSet', [accountId, issues[0]!.message]));
      continue;
    }
    // The documented answer repeats the account: one for another account is not this one's.
    const forAccount = dialect === 'assignment' ? own(item, 'accountId') : undefined;
    if (forAccount !== undefined && forAccount !== accountId) {
      warnings.push(portalIssue('warnPortalRoleOtherAccount', [accountId, name, idText(forAccount)]));
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    permissionSets.push(name);
  }
  const value: RolesPage = { permissionSets, warnings };
  if (page.nextToken !== undefined) value.nextToken = page.nextToken;
  return { value };
}
