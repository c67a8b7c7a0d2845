// ~/.aws/config and ~/.aws/credentials, read the way the AWS SDKs read them (the cross-SDK profile
// file rules; see the facts file), plus the AESR dialect (aesr-dialect.ts) through the same scanner.
// Unlike the SDKs, a bad line never stops the reading: it becomes an error with its line number and
// the rest of the file is still read.
import { coreIssue, type CoreIssue } from '../issue';
import type { CoreMessageCode } from '../messages';
import { classifyAesrHeader, classifySdkHeader, commentStart, hasOwn, IDENTIFIER, isBlank, setOwn, trim, type ConfigFile, type Header } from './ini-syntax';
import { isSecretKey, looksLikeSecret, maskSecrets } from './secrets';
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
      error(raw.includes('=') ? 'errIniEqualsInComment' : 'errIniNoEquals', line);
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
    if (cssColour && lower === 'color' && value === '') {
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
export function parseSharedConfigFiles(files: { config?: string; credentials?: string } = {}): ParsedConfig {
  const results: FileResult[] = [];
  files ??= {}; // a caller outside TypeScript may pass null
  if (files.config !== undefined) results.push(scanConfigText(String(files.config), 'config'));
  if (files.credentials !== undefined) results.push(scanConfigText(String(files.credentials), 'credentials'));
  return combineFiles(results);
}

export { hasOwn, setOwn, type ConfigFile } from './ini-syntax';
