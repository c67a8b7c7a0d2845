// ~/.aws/config and ~/.aws/credentials, read the way the AWS SDKs read them (the cross-SDK profile
// file rules; see the facts file), plus the AESR dialect (aesr-dialect.ts) through the same scanner.
// Unlike the SDKs, a bad line never stops the reading: it becomes an error with its line number and
// the rest of the file is still read.
import { coreIssue, type CoreIssue } from '../issues/issue';
import type { CoreMessageCode } from '../issues/issue-texts';
import { classifyAesrHeader, classifySdkHeader, eachLine, hasOwn, IDENTIFIER, setOwn, trim, trimSlice, type ConfigFile, type Header } from './ini-syntax';
import { isSecretKey, looksLikeSecret } from './secrets';
import { prepareText } from './text-input';

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

// (Patterns at module level: a regex literal makes a new RegExp object each time it is evaluated.)
const CSS_COLOUR = /^[ \t]*(#[0-9A-Fa-f]{6})(?:[ \t]|$)/;
const AESR_HEADER = /^\[([^]*?)\][ \t]*(?:[#;][^]*)?$/;

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

/**
 * Reads one file. `dialect` 'aws' follows the SDKs exactly; 'aesr' differs only where that
 * extension's own reader does and a pasted AESR config needs it (see aesr-dialect.ts).
 * `cssColour` reads `color = #f2b0a9` as that colour (the SDK rule makes it a comment): on in
 * the AESR dialect, and in the import of an SDK config too (people add AESR's keys to theirs),
 * but never in parseSharedConfigFiles, which reads exactly as the SDKs do.
 */
export function scanConfigText(input: string, file: ConfigFile, dialect: Dialect = 'aws', options: { cssColour?: boolean } = {}): FileResult {
  const result: FileResult = { profiles: new Map(), ssoSessions: new Map(), errors: [], warnings: [] };
  const issue = (code: CoreMessageCode, line: number, params: Array<string | number> = []): ConfigIssue => {
    // coreIssue's object is a new one (with the line): it takes the file too, with no copy made.
    // (coreIssue masks credential-shaped params itself.)
    const made = coreIssue(code, params, { line }) as ConfigIssue;
    made.file = file;
    return made;
  };
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
  // What indented lines continue: 'value' (a value that goes on) or 'block' (sub-properties) of
  // propertyKey. null: the last property was dropped (its continuation lines go with it);
  // 'secret': a credential, whose continuations are dropped too.
  let property: 'value' | 'block' | 'secret' | null | undefined;
  let propertyKey = '';
  let seenPrefixedDefault = false;
  const aws = dialect === 'aws';
  const cssColour = options.cssColour ?? !aws;

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

  // The text is read in place (see eachLine): only what is kept (names, keys, values) is cut out of it.
  const source = prepared.text;
  // Where the next `=`, `#` and `;` are (-1: none left, -2: not looked for yet), found by the
  // engine's own search and looked up again only once the reading has passed them: each is found
  // once, and the file is read once.
  let nextEquals = -2;
  let nextHash = -2;
  let nextSemicolon = -2;
  const isBlankChar = (at: number) => source.charCodeAt(at) === 0x20 || source.charCodeAt(at) === 0x09;

  // The keys read so far, by length. A file has few distinct keys and many lines: a line's key is
  // found by comparing its text in place (no string cut out and hashed per line). Up to 16 keys of
  // each length up to 64 are kept; any other key is worked out again each time.
  const knownKeys: KeyKind[][] = [];
  const keyAt = (start: number, end: number): KeyKind => {
    const length = end - start;
    const same = knownKeys[length];
    if (same) for (let i = 0; i < same.length; i++) if (source.startsWith(same[i]!.key, start)) return same[i]!;
    const kind = classifyKey(source.slice(start, end));
    if (length <= 64 && (same?.length ?? 0) < 16) (knownKeys[length] ??= []).push(kind);
    return kind;
  };

  /** Drops a property whose value (or a line of it) looks like a credential, with a warning that
   *  names the key and the line, not the value; its further lines go with it. */
  const dropSecretValue = (line: number, key: string, lower: string) => {
    if (section) delete section.props[lower];
    warn('warnIniSecretValue', line, [key]);
    property = 'secret';
  };

  /** A property line, `[start, end)` with the line's own text (trimmed in the AESR dialect). */
  const readProperty = (line: number, start: number, end: number) => {
    if (section === undefined) {
      error('errIniOutsideSection', line);
      property = null;
      return;
    }
    if (section === null) return;
    // A comment starts at a `#` or `;` after a space or tab (glued to a value they are text), and
    // takes that space or tab with it.
    let comment = end;
    for (let from = start + 1; ; ) {
      if (nextHash !== -1 && nextHash < from) nextHash = source.indexOf('#', from);
      if (nextSemicolon !== -1 && nextSemicolon < from) nextSemicolon = source.indexOf(';', from);
      const mark = nextHash === -1 ? nextSemicolon : nextSemicolon === -1 ? nextHash : Math.min(nextHash, nextSemicolon);
      if (mark === -1 || mark >= end) break;
      if (isBlankChar(mark - 1)) {
        comment = mark - 1;
        break;
      }
      from = mark + 1;
    }
    if (nextEquals !== -1 && nextEquals < start) nextEquals = source.indexOf('=', start);
    const equals = nextEquals !== -1 && nextEquals < comment ? nextEquals : -1;
    if (equals === -1) {
      error(nextEquals !== -1 && nextEquals < end ? 'errIniEqualsInComment' : 'errIniNoEquals', line);
      property = null;
      return;
    }
    let keyStart = start;
    let keyEnd = equals;
    while (keyStart < keyEnd && source.charCodeAt(keyStart) <= 0x20) keyStart++;
    while (keyEnd > keyStart && source.charCodeAt(keyEnd - 1) <= 0x20) keyEnd--;
    if (keyStart === keyEnd) {
      error('errIniNoKey', line);
      property = null;
      return;
    }
    const kind = keyAt(keyStart, keyEnd);
    const { key, lower } = kind;
    if (lower === null) {
      warn('warnIniKeyName', line, [key]);
      property = null;
      return;
    }
    let value = trimSlice(source, equals + 1, comment);
    if (kind.secret) {
      (section.secrets ??= new Set()).add(lower);
      property = 'secret';
      return;
    }
    // A credential pasted as a colour, a region, a source_profile…: read past like a secret key,
    // so that nothing later can quote it or keep it (as a name, a base, an address).
    if (looksLikeSecret(value)) {
      dropSecretValue(line, key, lower);
      return;
    }
    // AESR users write colours as in CSS; with the SDK's comment rule `#f2b0a9` would be a comment.
    if (cssColour && lower === 'color' && value === '') {
      const hex = CSS_COLOUR.exec(source.slice(equals + 1, end));
      if (hex) value = hex[1]!;
    }
    if (hasOwn(section.props, lower)) warn('warnIniDuplicateKey', line, [key]);
    setOwn<PropertyValue>(section.props, lower, value);
    property = aws && value === '' ? 'block' : 'value';
    propertyKey = lower;
  };

  const readContinuation = (line: number, start: number, end: number) => {
    if (section === null || property === null || property === 'secret') return;
    if (section === undefined || property === undefined) {
      error('errIniContinuationOutside', line);
      return;
    }
    const text = trimSlice(source, start, end); // comments are part of a continued value
    if (looksLikeSecret(text)) {
      dropSecretValue(line, propertyKey, propertyKey);
      return;
    }
    const current = section.props[propertyKey];
    if (property === 'value') {
      setOwn<PropertyValue>(section.props, propertyKey, `${current as string}\n${text}`);
      return;
    }
    const equals = text.indexOf('=');
    const subKey = equals === -1 ? '' : trimSlice(text, 0, equals);
    if (equals === -1) return void error('errIniSubPropertyNoEquals', line, [propertyKey]);
    if (subKey === '') return void error('errIniNoKey', line);
    const { lower, secret } = classifyKey(subKey);
    if (lower === null) return void warn('warnIniKeyName', line, [subKey]);
    if (secret) return void (section.secrets ??= new Set()).add(lower);
    const block: Record<string, string> = typeof current === 'object' ? current : {};
    setOwn(block, lower, trimSlice(text, equals + 1, text.length));
    setOwn<PropertyValue>(section.props, propertyKey, block);
  };

  /** A section line, `[start, end)` its text from the `[` on (trimmed in the AESR dialect). */
  const readHeader = (line: number, start: number, end: number) => {
    property = undefined;
    let header: Header | undefined;
    if (aws) {
      // In a section line any `#` or `;` starts a comment, even right after `]`.
      let cut = start;
      while (cut < end && source.charCodeAt(cut) !== 0x23 && source.charCodeAt(cut) !== 0x3b) cut++;
      while (cut > start && source.charCodeAt(cut - 1) <= 0x20) cut--;
      // A closing `]` after the opening one leaves the name between them.
      if (cut > start + 1 && source.charCodeAt(cut - 1) === 0x5d) header = classifySdkHeader(trimSlice(source, start + 1, cut - 1), file);
    } else {
      const match = AESR_HEADER.exec(source.slice(start, end));
      if (match) header = classifyAesrHeader(trim(match[1]!));
    }
    if (!header) {
      error('errIniSectionUnclosed', line);
      section = null;
      return;
    }
    section = open(header, line);
  };

  const readLine = (line: number, start: number, end: number): void => {
    let first = start;
    while (first < end && source.charCodeAt(first) <= 0x20) first++;
    if (first === end) return; // blank
    const lead = source.charCodeAt(start);
    if (aws && (lead === 0x20 || lead === 0x09)) return readContinuation(line, start, end);
    // The SDKs read a line as it is; AESR trims it first.
    let textEnd = end;
    if (!aws) {
      start = first;
      while (source.charCodeAt(textEnd - 1) <= 0x20) textEnd--;
    }
    const c = source.charCodeAt(start);
    if (c === 0x23 || c === 0x3b) return; // # or ; : a comment
    if (c === 0x5b) return readHeader(line, start, textEnd); // [
    readProperty(line, start, textEnd);
  };

  eachLine(source, readLine);
  return result;
}

/** A key as the reading takes it: `lower` is null for a name it ignores (with a warning). */
interface KeyKind {
  key: string;
  lower: string | null;
  secret: boolean;
}

function classifyKey(key: string): KeyKind {
  if (!IDENTIFIER.test(key) || looksLikeSecret(key)) return { key, lower: null, secret: false };
  const lower = key.toLowerCase();
  return { key, lower, secret: isSecretKey(lower) };
}

/** Merges per-file results: sections of the same name merge, the credentials file's keys win. */
export function combineFiles(results: readonly FileResult[]): ParsedConfig {
  const parsed: ParsedConfig = { profiles: {}, ssoSessions: {}, errors: [], warnings: [], origins: { profiles: {}, ssoSessions: {} }, secrets: {} };
  const profiles = new Map<string, Section>();
  for (const result of results) {
    // (One at a time: a junk file has more problems than push(...) takes arguments.)
    for (const issue of result.errors) parsed.errors.push(issue);
    for (const issue of result.warnings) parsed.warnings.push(issue);
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
export function parseSharedConfigFiles(files: { config?: string; credentials?: string } = {}): ParsedConfig {
  const results: FileResult[] = [];
  files ??= {}; // a caller outside TypeScript may pass null
  if (files.config !== undefined) results.push(scanConfigText(String(files.config), 'config'));
  if (files.credentials !== undefined) results.push(scanConfigText(String(files.credentials), 'credentials'));
  return combineFiles(results);
}

export { hasOwn, setOwn, type ConfigFile } from './ini-syntax';
