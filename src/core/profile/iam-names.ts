import { coreIssue, quoteChars, type CoreIssue } from '../issues/issue';
import { switchRoleName } from './profile';

// The characters IAM allows in role names, and (per this project's rules) in role path segments.
const ROLE_CHAR = /[A-Za-z0-9+=,.@_-]/;
const ALIAS_CHAR = /[a-z0-9-]/;
// The same sets as whole-text tests: the common case (nothing wrong) answered without splitting
// the text into characters. An import validates 10,000 of these at a time.
const ROLE_CHARS_ONLY = /^[A-Za-z0-9+=,.@_-]*$/;
const ROLE_PATH_CHARS_ONLY = /^[A-Za-z0-9+=,.@_/-]*$/;
// (Patterns are kept here rather than written in the functions: a regex literal makes a new
// RegExp object each time it is evaluated.)
const DIGITS = /^\d+$/;
const ACCOUNT_ID = /^\d{12}$/;
const DASHED_ACCOUNT_ID = /^(\d{4})-(\d{4})-(\d{4})$/;

export const MAX_ROLE_NAME = 64;
/** The console keeps path + name in a cookie, so the switch form accepts at most this many characters. */
export const MAX_SWITCH_ROLE_NAME = 64;

/** Length in code points, so an emoji counts as one character as a person would count it. */
export function codePointLength(text: string): number {
  // As Array.from(text).length, without the array: a surrogate pair is one, a lone surrogate one.
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

function charsNotMatching(text: string, allowed: RegExp): string[] {
  return Array.from(text).filter((c) => !allowed.test(c));
}

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID.test(value);
}

/** Console UIs show account IDs as 1234-5678-9012; returns the 12 digits, or undefined. */
export function accountIdFromDashed(value: string): string | undefined {
  if (value.length !== 14) return undefined;
  const m = DASHED_ACCOUNT_ID.exec(value);
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
  return !DIGITS.test(value) && validateAccountAlias(value).length === 0;
}

/**
 * An account field holds a 12-digit ID or an alias. Anything all-digit is judged as an ID, so an
 * 11- or 13-digit number gets the "12 digits" message rather than alias rules it never meant.
 */
export function validateAccount(account: string): CoreIssue[] {
  if (account === '') return [coreIssue('errAccountRequired')];
  if (DIGITS.test(account)) return account.length === 12 ? [] : [coreIssue('errAccountFormat', [account.length])];
  return validateAccountAlias(account);
}

export function validateRoleName(name: string): CoreIssue[] {
  if (name === '') return [coreIssue('errRoleNameRequired')];
  if (ROLE_CHARS_ONLY.test(name)) return name.length > MAX_ROLE_NAME ? [coreIssue('errRoleNameLength', [name.length])] : [];
  const issues: CoreIssue[] = [];
  const bad = charsNotMatching(name, ROLE_CHAR);
  if (bad.length > 0) issues.push(coreIssue('errRoleNameChars', [quoteChars(bad)]));
  const length = codePointLength(name);
  if (length > MAX_ROLE_NAME) issues.push(coreIssue('errRoleNameLength', [length]));
  return issues;
}

/**
 * A path as a person types it, in IAM's form: `teams/platform`, `teams/platform/` and
 * `/teams/platform` all mean `/teams/platform/`, so the slashes IAM requires at either end are
 * added rather than refused. An empty path is `/`. Anything else (an empty segment, `//`) is left
 * for validateRolePath to refuse: its meaning is not clear.
 */
export function normaliseRolePath(path: string): string {
  if (path === '') return '/';
  const leading = path.charCodeAt(0) === 0x2f ? path : `/${path}`;
  return leading.charCodeAt(leading.length - 1) === 0x2f ? leading : `${leading}/`;
}

/** A path is '/' or '/' + non-empty segments + '/'. */
export function validateRolePath(path: string): CoreIssue[] {
  const issues: CoreIssue[] = [];
  const wellFormed = path === '/' || (path.startsWith('/') && path.endsWith('/') && !path.includes('//'));
  if (!wellFormed) issues.push(coreIssue('errRolePathFormat', [path]));
  if (ROLE_PATH_CHARS_ONLY.test(path)) return issues;
  const bad = charsNotMatching(path, /[/]/).filter((c) => !ROLE_CHAR.test(c));
  if (bad.length > 0) issues.push(coreIssue('errRolePathChars', [quoteChars(bad)]));
  return issues;
}

export function validateSwitchRoleName(rolePath: string, roleName: string): CoreIssue[] {
  if (rolePath.length + roleName.length <= MAX_SWITCH_ROLE_NAME) return []; // never more code points than code units
  const full = switchRoleName(rolePath, roleName);
  const length = codePointLength(full);
  return length > MAX_SWITCH_ROLE_NAME ? [coreIssue('errRoleSwitchNameLength', [full, length])] : [];
}
