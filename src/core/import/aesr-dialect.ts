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
// Detection: a text is read as AESR when a section line is something the SDKs would ignore but
// AESR reads — a bare `[name]` other than `[default]`, a `[profile …]` whose name has characters
// the SDKs refuse (spaces, non-ASCII), `[Profile x]` — or is indented. Otherwise it is read with
// the SDK rules. Both readings feed the same conversion, so AESR keys (`aws_account_id`,
// `role_name`, `color`, `image`, `target_role_name`, …) work in either; the user can also choose
// the reading explicitly.
import { IDENTIFIER, sectionWord } from './ini-syntax';
import { combineFiles, scanConfigText, type ParsedConfig } from './shared-config';

export type ImportDialect = 'aws' | 'aesr';

export interface DialectGuess {
  dialect: ImportDialect;
  /** The section line that made the text AESR (1-based line and its text), for the UI to say why. */
  line?: number;
  header?: string;
}

function sdkReadsHeader(inner: string): boolean {
  if (inner === 'default') return true;
  const word = sectionWord(inner);
  return word !== undefined && IDENTIFIER.test(inner.slice(word.length).trim());
}

export function detectDialect(text: string): DialectGuess {
  // A section line: optional indentation (spaces, tabs), then `[...]` (the first `]` on the line
  // closes it), after a byte order mark on the first line. Found from each line's first `[` by the
  // engine's own search (this runs on every paste, and a 10,000-profile file has 60,000 lines).
  let nextLf = -2;
  let nextCr = -2;
  let nextClose = -2;
  /** Where the line holding `at` ends. (The next break, and the next `]`, are looked up again only
   *  once the search has passed them: each is found once.) */
  const lineEnd = (at: number) => {
    if (nextLf !== -1 && nextLf < at) nextLf = text.indexOf('\n', at);
    if (nextCr !== -1 && nextCr < at) nextCr = text.indexOf('\r', at);
    return nextCr === -1 ? (nextLf === -1 ? text.length : nextLf) : nextLf === -1 ? nextCr : Math.min(nextLf, nextCr);
  };
  for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', lineEnd(open))) {
    let start = open;
    while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09)) start--;
    const before = start === 0 ? -1 : text.charCodeAt(start - 1);
    if (!(before === -1 || before === 0x0a || before === 0x0d || (start === 1 && before === 0xfeff))) continue;
    if (nextClose !== -1 && nextClose <= open) nextClose = text.indexOf(']', open + 1);
    if (nextClose === -1 || nextClose > lineEnd(open)) continue;
    const inner = text.slice(open + 1, nextClose);
    if (start === open && sdkReadsHeader(inner.trim())) continue;
    const line = (text.slice(0, start).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    return { dialect: 'aesr', line, header: `[${inner}]` };
  }
  return { dialect: 'aws' };
}

/** Reads an AESR configuration (one text, the config) into the same shape as the SDK reading. */
export function parseAesrConfig(text: string): ParsedConfig {
  return combineFiles([scanConfigText(text, 'config', 'aesr')]);
}
