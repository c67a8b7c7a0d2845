// The INI dialect of "AWS Extend Switch Roles" (AESR), and how a pasted text is recognised as it.
//
// AESR's own reader (load_aws_config.js) differs from the SDKs in five ways:
//   1. `[name]` and `[profile name]` are both profiles, `profile` in any case, and a name may hold
//      any character (spaces included): the name is the label the user sees.
//   2. Every line is trimmed first, so indentation means nothing (no continuations, no sub-properties).
//   3. A `#` or `;` ANYWHERE starts a comment, even glued to a value: `image = https://x/a.png#v2`
//      loses `#v2`, `role_name = Ops;Admin` becomes `Ops`.
//   4. `key = a=b` keeps only `a` (it splits on every `=` and takes the second piece).
//   5. A repeated key makes it reject the whole file.
// Switchyard takes 1 and 2 (a pasted AESR config must just work, and people paste indented
// text), but not 3, 4 and 5: those lose data. Values keep everything after the first `=`, and
// `#`/`;` start a comment only at the start of a line or after whitespace, as in the SDKs — so
// `a=b`, `x#y` and `x;y` survive intact. The one AESR habit this would break is a CSS-style colour,
// `color = #f2b0a9`, which the SDK rule reads as a comment: for the `color` key a leading `#` and
// six hex digits are taken as the value (the import reads an SDK config's `color` the same way;
// parseSharedConfigFiles does not). A repeated key keeps its last value, with a warning.
//
// Detection: a text is read as AESR only on evidence of that dialect, never merely because a
// section is one the SDKs ignore (real ~/.aws/config files carry [plugins], [preview], [services x],
// [sso-session x] and stray sections). Evidence, the first found wins (see DialectEvidence):
//   - 'keys': a bare `[name]` section (not [default] and not one of the CLI's own) with a key that
//     AESR makes a role or a base account from (AESR_KEYS). A bare section with only `region`,
//     `output` or the like is no evidence: AESR would make nothing of it either.
//   - 'case': `[Profile x]`, `profile` in another case, which the SDKs ignore.
//   - 'name': a `[profile …]` whose name has characters the SDKs refuse (spaces, non-ASCII).
//   - 'indent': an indented section line, or an indented `key = value` line that the SDKs would
//     read as the continuation of the value above. Indented lines under an empty `key =` (the SDKs'
//     sub-properties, `s3 =`) are not evidence.
// Otherwise the text is read with the SDK rules. Both readings feed the same conversion, so AESR
// keys (`aws_account_id`, `role_name`, `color`, `image`, `target_role_name`, …) work in either; the
// user can also choose the reading explicitly.
import { eachLine, IDENTIFIER, sectionWord, trimSlice } from './ini-syntax';
import { maskSecrets } from './secrets';
import { combineFiles, scanConfigText, type ParsedConfig } from './shared-config';

export type ImportDialect = 'aws' | 'aesr';
export type DialectEvidence = 'keys' | 'case' | 'name' | 'indent';

export interface DialectGuess {
  dialect: ImportDialect;
  /** True when the reading was worked out from the text (not chosen by the user). */
  detected?: boolean;
  /** What made the text AESR, for the UI to say why. */
  evidence?: DialectEvidence;
  /** The line (1-based) of the evidence: the section line, the key's line or the indented line. */
  line?: number;
  /** The section line (`[marketing]`) for 'keys', 'case' and 'name'; for 'indent', the key or section. */
  header?: string;
  /** The AESR key found, for 'keys'. */
  key?: string;
}

/** Keys that make a bare section an AESR role or base account: a target is `role_arn`, or
 *  `aws_account_id` + `role_name`; a base is named by `source_profile` and carries
 *  `aws_account_alias`, `target_role_name`, `target_region`. In a bare section of a real
 *  ~/.aws/config none of them means anything (the SDKs ignore the section), so finding one there
 *  says the file was written for AESR. `region`, `output`, `color` and `image` are left out: alone
 *  they make no role in AESR, and `region` is in every stray section. */
export const AESR_KEYS: ReadonlySet<string> = new Set(['role_arn', 'aws_account_id', 'role_name', 'aws_account_alias',
  'target_role_name', 'target_region', 'source_profile']);
/** Bare sections the AWS CLI itself reads: never evidence. */
const CLI_SECTIONS: ReadonlySet<string> = new Set(['default', 'plugins', 'preview']);
const OTHER_CASE_PROFILE = /^profile[ \t]/i;
const MAX_SHOWN = 60;

/** Masked before it is cut: a credential cut in two would no longer look like one. */
function shown(text: string): string {
  const masked = maskSecrets(text);
  return masked.length > MAX_SHOWN ? `${masked.slice(0, MAX_SHOWN)}…` : masked;
}

export function detectDialect(text: string): DialectGuess {
  let found: DialectGuess | undefined;
  const aesr = (evidence: DialectEvidence, line: number, header: string, key?: string) => {
    found = { dialect: 'aesr', detected: true, evidence, line, header: shown(header), ...(key !== undefined && { key: shown(key) }) };
    return true;
  };
  // The bare section being read, if any; and the last unindented `key = value` line (start, end),
  // -1 when none since the last section line: indented lines under it continue its value.
  let bare: string | undefined;
  let propStart = -1;
  let propEnd = -1;
  // Whether that line opens a block of sub-properties (an empty value), worked out only when an
  // indented line needs it.
  let blockOf = -2;
  let block = false;
  // One pass over the lines, read in place (this runs on every paste; a 10,000-profile file has
  // 60,000 lines): most lines cost a look at their first characters.
  eachLine(text, (line, start, end) => {
    if (line === 1 && text.charCodeAt(0) === 0xfeff) start++;
    let first = start;
    while (first < end && text.charCodeAt(first) <= 0x20) first++;
    if (first === end) return;
    const c = text.charCodeAt(first);
    if (c === 0x23 || c === 0x3b) return; // a comment
    if (first > start) {
      if (c === 0x5b) return aesr('indent', line, trimSlice(text, first, end));
      const equals = text.indexOf('=', first);
      if (equals === -1 || equals >= end) return; // not a setting (an error either way)
      if (propStart !== -1 && blockOf !== propStart) {
        blockOf = propStart;
        block = opensBlock(text, propStart, propEnd);
      }
      if (propStart !== -1 && block) return;
      return aesr('indent', line, trimSlice(text, first, equals));
    }
    if (c === 0x5b) {
      propStart = -1;
      bare = undefined;
      const close = text.indexOf(']', first);
      if (close === -1 || close >= end) return;
      const inner = trimSlice(text, first + 1, close);
      const word = sectionWord(inner);
      if (word === 'profile') {
        if (!IDENTIFIER.test(trimSlice(inner, word.length, inner.length))) return aesr('name', line, `[${inner}]`);
      } else if (word === undefined) {
        if (OTHER_CASE_PROFILE.test(inner)) return aesr('case', line, `[${inner}]`);
        if (!CLI_SECTIONS.has(inner)) bare = `[${inner}]`;
      }
      return;
    }
    propStart = start;
    propEnd = end;
    if (bare === undefined) return;
    const equals = text.indexOf('=', first);
    if (equals === -1 || equals >= end) return;
    const key = trimSlice(text, first, equals).toLowerCase();
    if (AESR_KEYS.has(key)) return aesr('keys', line, bare, key);
  });
  return found ?? { dialect: 'aws', detected: true };
}

/** Whether the setting on `[start, end)` has an empty value (a comment after whitespace aside):
 *  the SDKs then read the indented lines under it as sub-properties. */
function opensBlock(text: string, start: number, end: number): boolean {
  const equals = text.indexOf('=', start);
  if (equals === -1 || equals >= end) return false;
  let at = equals + 1;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  if (at === end) return true;
  const c = text.charCodeAt(at);
  return (c === 0x23 || c === 0x3b) && at > equals + 1;
}

/** Reads an AESR configuration (one text, the config) into the same shape as the SDK reading. */
export function parseAesrConfig(text: string): ParsedConfig {
  return combineFiles([scanConfigText(text, 'config', 'aesr')]);
}
