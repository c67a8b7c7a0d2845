// The line-level rules of the profile files: names, trimming, comments, and what a section line is.
import type { CoreMessageCode } from '../messages';

export type ConfigFile = 'config' | 'credentials';

// Names of profiles, sessions and keys (the SDKs ignore a section or key with any other character).
export const IDENTIFIER = /^[A-Za-z0-9_\-/.%@:+]+$/;
/** Trims as the SDKs do: every control character and space. (A loop: this runs on every line.) */
export function trim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x20) return false;
  return true;
}

/** Where a property line's comment starts: `#` or `;` after a space or tab (glued to a value they are text). */
export function commentStart(text: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x23 || c === 0x3b) && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) return i - 1;
  }
  return -1;
}

export type Header =
  | { kind: 'profile'; name: string; prefixed: boolean }
  | { kind: 'sso-session'; name: string }
  | { kind: 'ignore'; issue?: { code: CoreMessageCode; params: string[]; error?: boolean } };

/** A header's text (between the brackets, trimmed) as the SDKs classify it in each file. */
export function classifySdkHeader(inner: string, file: ConfigFile): Header {
  const invalid = (name: string): Header => ({ kind: 'ignore', issue: { code: 'warnIniSectionName', params: [name] } });
  if (file === 'credentials') {
    if (/^sso-session[ \t]/.test(inner)) return { kind: 'ignore', issue: { code: 'errIniSsoSessionInCredentials', params: [inner], error: true } };
    if (/^profile[ \t]/.test(inner)) return { kind: 'ignore', issue: { code: 'warnIniProfileInCredentials', params: [trim(inner.slice(8))] } };
    return IDENTIFIER.test(inner) ? { kind: 'profile', name: inner, prefixed: false } : invalid(inner);
  }
  if (inner === 'default') return { kind: 'profile', name: 'default', prefixed: false };
  const prefixed = /^(profile|sso-session|services)[ \t]+([^]*)$/.exec(inner);
  if (prefixed) {
    const name = trim(prefixed[2]!);
    if (prefixed[1] === 'services') return { kind: 'ignore' }; // a valid SDK section Switchyard has no use for
    if (!IDENTIFIER.test(name)) return invalid(name);
    return prefixed[1] === 'profile' ? { kind: 'profile', name, prefixed: true } : { kind: 'sso-session', name };
  }
  return { kind: 'ignore', issue: { code: 'warnIniSectionIgnored', params: [inner] } };
}

/** AESR reads `[name]` and `[profile name]` alike, with any characters in the name. */
export function classifyAesrHeader(inner: string): Header {
  const session = /^sso-session[ \t]+([^]*)$/.exec(inner);
  if (session) return IDENTIFIER.test(trim(session[1]!)) ? { kind: 'sso-session', name: trim(session[1]!) } : { kind: 'ignore', issue: { code: 'warnIniSectionName', params: [inner] } };
  const name = trim(inner.replace(/^profile[ \t]+/i, ''));
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
