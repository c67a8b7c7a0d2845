// ~/.aws/config and ~/.aws/credentials, read the way the AWS SDKs read them (the cross-SDK profile
// file rules; see the facts file), plus the AESR dialect (aesr-dialect.ts) through the same scanner.
// Unlike the SDKs, a bad line never stops the reading: it becomes an error with its line number and
// the rest of the file is still read.
import { coreIssue, type CoreIssue } from '../issue';
import type { CoreMessageCode } from '../messages';
import { isSecretKey, looksLikeSecret, maskSecrets } from './secrets';
import { prepareText } from './text-input';

export type ConfigFile = 'config' | 'credentials';
/** A value, or a block of sub-properties (`s3 =` followed by indented `key = value` lines). */
export type PropertyValue = string | Record<string, string>;
export type Properties = Record<string, PropertyValue>;

export interface ConfigIssue extends CoreIssue {
  line: number;
  file: ConfigFile;
}

export interface Origin {
  file: ConfigFile;
  line: number;
}

/** Where a section was first defined. */
export type SectionOrigin = Origin;

export interface ParsedConfig {
  /** Profile name → properties; keys lower-cased, values trimmed strings. */
  profiles: Record<string, Properties>;
  ssoSessions: Record<string, Properties>;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
  origins: { profiles: Record<string, SectionOrigin>; ssoSessions: Record<string, SectionOrigin> };
  /** Per profile, the secret keys it had. Their values were dropped while reading. */
  secrets: Record<string, string[]>;
}

export type Dialect = 'aws' | 'aesr';

// Names of profiles, sessions and keys (the SDKs ignore a section or key with any other character).
const IDENTIFIER = /^[A-Za-z0-9_\-/.%@:+]+$/;
/** Trims as the SDKs do: every control character and space. (A loop: this runs on every line.) */
function trim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x20) return false;
  return true;
}

/** Where a property line's comment starts: `#` or `;` after a space or tab (glued to a value they are text). */
function commentStart(text: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x23 || c === 0x3b) && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) return i - 1;
  }
  return -1;
}

interface Section {
  /** Built as the plain object the result holds (no Map to convert: this runs per profile). */
  props: Properties;
  origin: SectionOrigin;
  secrets?: Set<string>;
}

interface FileResult {
  profiles: Map<string, Section>;
  ssoSessions: Map<string, Section>;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

type Header =
  | { kind: 'profile'; name: string; prefixed: boolean }
  | { kind: 'sso-session'; name: string }
  | { kind: 'ignore'; issue?: { code: CoreMessageCode; params: string[]; error?: boolean } };

/** A header's text (between the brackets, trimmed) as the SDKs classify it in each file. */
function classifySdkHeader(inner: string, file: ConfigFile): Header {
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
function classifyAesrHeader(inner: string): Header {
  const session = /^sso-session[ \t]+([^]*)$/.exec(inner);
  if (session) return IDENTIFIER.test(trim(session[1]!)) ? { kind: 'sso-session', name: trim(session[1]!) } : { kind: 'ignore', issue: { code: 'warnIniSectionName', params: [inner] } };
  const name = trim(inner.replace(/^profile[ \t]+/i, ''));
  if (name === '') return { kind: 'ignore', issue: { code: 'warnIniSectionName', params: [inner] } };
  return { kind: 'profile', name, prefixed: false };
}

const HAS_EQUALS_AT_ALL = (text: string) => text.includes('=');

/**
 * Reads one file. `dialect` 'aws' follows the SDKs exactly; 'aesr' differs only where that
 * extension's own reader does and a pasted AESR config needs it (see aesr-dialect.ts).
 */
export function scanConfigText(input: string, file: ConfigFile, dialect: Dialect = 'aws'): FileResult {
  const result: FileResult = { profiles: new Map(), ssoSessions: new Map(), errors: [], warnings: [] };
  const issue = (code: CoreMessageCode, line: number, params: Array<string | number> = []): ConfigIssue =>
    ({ ...coreIssue(code, params.map((p) => (typeof p === 'string' ? maskSecrets(p) : p)), { line }), line, file });
  const error = (code: CoreMessageCode, line: number, params?: Array<string | number>) => result.errors.push(issue(code, line, params));
  const warn = (code: CoreMessageCode, line: number, params?: Array<string | number>) => result.warnings.push(issue(code, line, params));

  const prepared = prepareText(input);
  for (const w of prepared.warnings) result.warnings.push({ ...w, line: w.line ?? 1, file });
  if (prepared.error) {
    result.errors.push({ ...prepared.error, line: 1, file });
    return result;
  }

  // undefined: before any section; null: inside a section that is being ignored.
  let section: Section | null | undefined;
  // The property that indented lines continue. null: the last property was dropped (its
  // continuation lines go with it); 'secret': a credential, whose continuations are dropped too.
  let property: { key: string; block: boolean } | 'secret' | null | undefined;
  let seenPrefixedDefault = false;
  const aws = dialect === 'aws';

  const open = (header: Header, line: number): Section | null => {
    if (header.kind === 'ignore') {
      if (header.issue) (header.issue.error ? error : warn)(header.issue.code, line, header.issue.params);
      return null;
    }
    // A credential pasted where a name goes must not become a name that is shown and stored.
    if (looksLikeSecret(header.name)) {
      warn('warnIniSectionName', line, [header.name]);
      return null;
    }
    const map = header.kind === 'profile' ? result.profiles : result.ssoSessions;
    if (header.kind === 'profile' && header.name === 'default' && file === 'config' && aws) {
      // [profile default] wins over [default], whichever comes first.
      if (header.prefixed && !seenPrefixedDefault) {
        if (map.has('default')) warn('warnIniDefaultReplaced', line);
        map.delete('default');
        seenPrefixedDefault = true;
      } else if (!header.prefixed && seenPrefixedDefault) {
        warn('warnIniDefaultIgnored', line);
        return null;
      }
    }
    let found = map.get(header.name);
    if (!found) {
      found = { props: {}, origin: { file, line } };
      map.set(header.name, found);
    }
    return found;
  };

  const readProperty = (text: string, line: number, raw: string) => {
    if (section === undefined) {
      error('errIniOutsideSection', line);
      property = null;
      return;
    }
    if (section === null) return;
    const comment = commentStart(text);
    const cut = comment === -1 ? text : text.slice(0, comment);
    const equals = cut.indexOf('=');
    if (equals === -1) {
      error(HAS_EQUALS_AT_ALL(raw) ? 'errIniEqualsInComment' : 'errIniNoEquals', line);
      property = null;
      return;
    }
    const key = trim(cut.slice(0, equals));
    let value = trim(cut.slice(equals + 1));
    if (key === '') {
      error('errIniNoKey', line);
      property = null;
      return;
    }
    if (!IDENTIFIER.test(key) || looksLikeSecret(key)) {
      warn('warnIniKeyName', line, [key]);
      property = null;
      return;
    }
    const lower = key.toLowerCase();
    if (isSecretKey(lower)) {
      (section.secrets ??= new Set()).add(lower);
      property = 'secret';
      return;
    }
    // AESR users write colours as in CSS; with the SDK's comment rule `#f2b0a9` would be a comment.
    if (!aws && lower === 'color' && value === '') {
      const hex = /^[ \t]*(#[0-9A-Fa-f]{6})(?:[ \t]|$)/.exec(text.slice(text.indexOf('=') + 1));
      if (hex) value = hex[1]!;
    }
    if (hasOwn(section.props, lower)) warn('warnIniDuplicateKey', line, [key]);
    setOwn<PropertyValue>(section.props, lower, value);
    property = { key: lower, block: aws && value === '' };
  };

  const readContinuation = (raw: string, line: number) => {
    if (section === null || property === null || property === 'secret') return;
    if (section === undefined || property === undefined) {
      error('errIniContinuationOutside', line);
      return;
    }
    const text = trim(raw); // comments are part of a continued value
    const current = section.props[property.key];
    if (!property.block) {
      setOwn<PropertyValue>(section.props, property.key, `${current as string}\n${text}`);
      return;
    }
    const equals = text.indexOf('=');
    const subKey = equals === -1 ? '' : trim(text.slice(0, equals));
    if (equals === -1) return void error('errIniSubPropertyNoEquals', line, [property.key]);
    if (subKey === '') return void error('errIniNoKey', line);
    if (!IDENTIFIER.test(subKey) || looksLikeSecret(subKey)) return void warn('warnIniKeyName', line, [subKey]);
    const lower = subKey.toLowerCase();
    if (isSecretKey(lower)) return void (section.secrets ??= new Set()).add(lower);
    const block: Record<string, string> = typeof current === 'object' ? current : {};
    setOwn(block, lower, trim(text.slice(equals + 1)));
    setOwn<PropertyValue>(section.props, property.key, block);
  };

  const lines = prepared.text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    const first = raw.charCodeAt(0);
    const indented = first === 0x20 || first === 0x09;
    if (isBlank(raw)) continue;
    if (aws && indented) {
      readContinuation(raw, line);
      continue;
    }
    const text = aws ? raw : trim(raw);
    if (text[0] === '#' || text[0] === ';') continue;
    if (text[0] === '[') {
      property = undefined;
      let header: Header | undefined;
      if (aws) {
        // In a section line any `#` or `;` starts a comment, even right after `]`.
        const bare = trim(text.replace(/[#;][^]*$/, ''));
        if (bare.endsWith(']')) header = classifySdkHeader(trim(bare.slice(1, -1)), file);
      } else {
        const match = /^\[([^]*?)\][ \t]*(?:[#;][^]*)?$/.exec(text);
        if (match) header = classifyAesrHeader(trim(match[1]!));
      }
      if (!header) {
        error('errIniSectionUnclosed', line);
        section = null;
        continue;
      }
      section = open(header, line);
      continue;
    }
    readProperty(text, line, raw);
  }
  return result;
}

/** Sets an own property even for names like `__proto__`, so no profile name can reach a prototype. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/** Merges per-file results: sections of the same name merge, the credentials file's keys win. */
export function combineFiles(results: readonly FileResult[]): ParsedConfig {
  const parsed: ParsedConfig = { profiles: {}, ssoSessions: {}, errors: [], warnings: [], origins: { profiles: {}, ssoSessions: {} }, secrets: {} };
  const profiles = new Map<string, Section>();
  for (const result of results) {
    parsed.errors.push(...result.errors);
    parsed.warnings.push(...result.warnings);
    for (const [name, section] of result.profiles) {
      const found = profiles.get(name);
      if (!found) {
        profiles.set(name, section); // results are this module's own: no need to copy
        continue;
      }
      for (const key of Object.keys(section.props)) setOwn(found.props, key, section.props[key]!);
      for (const key of section.secrets ?? []) (found.secrets ??= new Set()).add(key);
    }
    for (const [name, section] of result.ssoSessions) {
      setOwn(parsed.ssoSessions, name, section.props);
      setOwn(parsed.origins.ssoSessions, name, section.origin);
    }
  }
  for (const [name, section] of profiles) {
    setOwn(parsed.profiles, name, section.props);
    setOwn(parsed.origins.profiles, name, section.origin);
    if (section.secrets) setOwn(parsed.secrets, name, [...section.secrets]);
  }
  const secretCount = [...profiles.values()].reduce((n, s) => n + (s.secrets?.size ?? 0), 0);
  if (secretCount > 0) {
    const first = [...profiles.values()].find((s) => s.secrets)!.origin;
    parsed.warnings.push({ ...coreIssue('warnIniSecretsSkipped', [secretCount], { line: first.line }), line: first.line, file: first.file });
  }
  return parsed;
}

/**
 * The shared config and credentials files, read as the AWS SDKs read them. Never throws: problems
 * come back as `errors` (a line that could not be read) and `warnings` (something ignored).
 */
export function parseSharedConfigFiles(files: { config?: string; credentials?: string }): ParsedConfig {
  const results: FileResult[] = [];
  if (files.config !== undefined) results.push(scanConfigText(String(files.config), 'config'));
  if (files.credentials !== undefined) results.push(scanConfigText(String(files.credentials), 'credentials'));
  return combineFiles(results);
}
