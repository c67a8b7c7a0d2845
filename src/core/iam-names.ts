import { coreIssue, quoteChars, type CoreIssue } from './issue';

// The characters IAM allows in role names, and (per this project's rules) in role path segments.
const ROLE_CHAR = /[A-Za-z0-9+=,.@_-]/;
const ALIAS_CHAR = /[a-z0-9-]/;

export const MAX_ROLE_NAME = 64;
/** The console shows at most this many characters of a display name. */
export const MAX_DISPLAY_NAME = 64;
/** The console keeps path + name in a cookie, so the switch form accepts at most this many characters. */
export const MAX_SWITCH_ROLE_NAME = 64;

/** Length in code points, so an emoji counts as one character as a person would count it. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

function charsNotMatching(text: string, allowed: RegExp): string[] {
  return Array.from(text).filter((c) => !allowed.test(c));
}

export function isAccountId(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/** Console UIs show account IDs as 1234-5678-9012; returns the 12 digits, or undefined. */
export function accountIdFromDashed(value: string): string | undefined {
  const m = /^(\d{4})-(\d{4})-(\d{4})$/.exec(value);
  return m ? `${m[1]}${m[2]}${m[3]}` : undefined;
}

export function validateAccountAlias(alias: string): CoreIssue[] {
  const issues: CoreIssue[] = [];
  const length = codePointLength(alias);
  if (length < 3 || length > 63) issues.push(coreIssue('errAliasLength', [length]));
  const bad = charsNotMatching(alias, ALIAS_CHAR);
  if (bad.length > 0) issues.push(coreIssue('errAliasChars', [quoteChars(bad)]));
  if (alias.startsWith('-') || alias.endsWith('-')) issues.push(coreIssue('errAliasHyphenEdge'));
  if (alias.includes('--')) issues.push(coreIssue('errAliasDoubleHyphen'));
  return issues;
}

export function isAccountAlias(value: string): boolean {
  return !/^\d+$/.test(value) && validateAccountAlias(value).length === 0;
}

/**
 * An account field holds a 12-digit ID or an alias. Anything all-digit is judged as an ID, so an
 * 11- or 13-digit number gets the "12 digits" message rather than alias rules it never meant.
 */
export function validateAccount(account: string): CoreIssue[] {
  if (account === '') return [coreIssue('errAccountRequired')];
  if (/^\d+$/.test(account)) return account.length === 12 ? [] : [coreIssue('errAccountFormat', [account.length])];
  return validateAccountAlias(account);
}

export function validateRoleName(name: string): CoreIssue[] {
  if (name === '') return [coreIssue('errRoleNameRequired')];
  const issues: CoreIssue[] = [];
  const bad = charsNotMatching(name, ROLE_CHAR);
  if (bad.length > 0) issues.push(coreIssue('errRoleNameChars', [quoteChars(bad)]));
  const length = codePointLength(name);
  if (length > MAX_ROLE_NAME) issues.push(coreIssue('errRoleNameLength', [length]));
  return issues;
}

/** A path is '/' or '/' + non-empty segments + '/'. */
export function validateRolePath(path: string): CoreIssue[] {
  const issues: CoreIssue[] = [];
  const wellFormed = path === '/' || (path.startsWith('/') && path.endsWith('/') && !path.includes('//'));
  if (!wellFormed) issues.push(coreIssue('errRolePathFormat', [path]));
  const bad = charsNotMatching(path, /[/]/).filter((c) => !ROLE_CHAR.test(c));
  if (bad.length > 0) issues.push(coreIssue('errRolePathChars', [quoteChars(bad)]));
  return issues;
}

/** What the console's roleName field gets: the path without its leading '/', then the name. */
export function switchRoleName(rolePath: string, roleName: string): string {
  return rolePath.replace(/^\//, '') + roleName;
}

export function validateSwitchRoleName(rolePath: string, roleName: string): CoreIssue[] {
  const full = switchRoleName(rolePath, roleName);
  const length = codePointLength(full);
  return length > MAX_SWITCH_ROLE_NAME ? [coreIssue('errRoleSwitchNameLength', [full, length])] : [];
}
