// The line-level rules of the profile files: names, trimming, comments, and what a section line is.
import type { CoreMessageCode } from '../issues/issue-texts';

export type ConfigFile = 'config' | 'credentials';

// Names of profiles, sessions and keys (the SDKs ignore a section or key with any other character).
export const IDENTIFIER = /^[A-Za-z0-9_\-/.%@:+]+$/;
// (Patterns at module level: a regex literal makes a new RegExp object each time it is evaluated.)
const SSO_SESSION_WORD = /^sso-session[ \t]/;
const PROFILE_WORD = /^profile[ \t]/;
const AESR_SSO_SESSION = /^sso-session[ \t]+([^]*)$/;
const AESR_PROFILE_WORD = /^profile[ \t]+/i;
/** Trims as the SDKs do: every control character and space. (A loop: this runs on every line.) */
export function trim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Visits each line of `text` as its number (from 1) and its `start` and `end` in the text, cut
 * where split(/\r\n|\r|\n/) would cut it, until `visit` returns true. A file is read in place:
 * no array of lines, no string per line. (The next of each break character is looked up only
 * once the reading has passed the last one found.)
 */
export function eachLine(text: string, visit: (line: number, start: number, end: number) => boolean | void): void {
  const length = text.length;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  for (let line = 1, start = 0; ; line++) {
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    const end = nextCr === -1 ? (nextLf === -1 ? length : nextLf) : nextLf === -1 ? nextCr : Math.min(nextLf, nextCr);
    if (visit(line, start, end) === true || end === length) return;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
}

/** trim(text.slice(start, end)), with one slice at most. */
export function trimSlice(text: string, start: number, end: number): string {
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

export type Header =
  | { kind: 'profile'; name: string; prefixed: boolean }
  | { kind: 'sso-session'; name: string }
  | { kind: 'ignore'; issue?: { code: CoreMessageCode; params: string[]; error?: boolean } };

export type SectionWord = 'profile' | 'sso-session' | 'services';

/** The word a config file's section line starts with (`profile`, `sso-session` or `services`,
 *  then a space or tab), as /^(profile|sso-session|services)[ \t]+/ finds it; undefined if none.
 *  What follows it, trimmed, is the name. (No regex: a big file has one section line per profile.) */
export function sectionWord(inner: string): SectionWord | undefined {
  const word = inner.startsWith('profile') ? 'profile' : inner.startsWith('sso-session') ? 'sso-session' : inner.startsWith('services') ? 'services' : undefined;
  if (word === undefined) return undefined;
  const next = inner.charCodeAt(word.length);
  return next === 0x20 || next === 0x09 ? word : undefined;
}

/** A header's text (between the brackets, trimmed) as the SDKs classify it in each file. */
export function classifySdkHeader(inner: string, file: ConfigFile): Header {
  const invalid = (name: string): Header => ({ kind: 'ignore', issue: { code: 'warnIniSectionName', params: [name] } });
  if (file === 'credentials') {
    if (SSO_SESSION_WORD.test(inner)) return { kind: 'ignore', issue: { code: 'errIniSsoSessionInCredentials', params: [inner], error: true } };
    if (PROFILE_WORD.test(inner)) return { kind: 'ignore', issue: { code: 'warnIniProfileInCredentials', params: [trim(inner.slice(8))] } };
    return IDENTIFIER.test(inner) ? { kind: 'profile', name: inner, prefixed: false } : invalid(inner);
  }
  if (inner === 'default') return { kind: 'profile', name: 'default', prefixed: false };
  // The AWS CLI's own sections (plugin settings, v1 preview commands): no profile, nothing to say.
  if (inner === 'plugins' || inner === 'preview') return { kind: 'ignore' };
  const word = sectionWord(inner);
  if (word) {
    const name = trimSlice(inner, word.length, inner.length);
    if (word === 'services') return { kind: 'ignore' }; // a valid SDK section Switchyard has no use for
    if (!IDENTIFIER.test(name)) return invalid(name);
    return word === 'profile' ? { kind: 'profile', name, prefixed: true } : { kind: 'sso-session', name };
  }
  return { kind: 'ignore', issue: { code: 'warnIniSectionIgnored', params: [inner] } };
}

/** AESR reads `[name]` and `[profile name]` alike, with any characters in the name. */
export function classifyAesrHeader(inner: string): Header {
  const session = AESR_SSO_SESSION.exec(inner);
  if (session) return IDENTIFIER.test(trim(session[1]!)) ? { kind: 'sso-session', name: trim(session[1]!) } : { kind: 'ignore', issue: { code: 'warnIniSectionName', params: [inner] } };
  const name = trim(inner.replace(AESR_PROFILE_WORD, ''));
  if (name === '') return { kind: 'ignore', issue: { code: 'warnIniSectionName', params: [inner] } };
  return { kind: 'profile', name, prefixed: false };
}

/** Sets an own property even for names like `__proto__`, so no profile name can reach a prototype. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}
