// core/issues: errors and warnings returned as data, and their texts. Start here (CoreIssue).
// issue-texts.ts is the table of every code's English text (the user-facing texts; the locales in
// public/_locales translate it); mask-secrets.ts masks credential-shaped text in every issue.
import { looksLikeSecret, maskSecrets } from './mask-secrets';
import { CORE_MESSAGES, formatMessage, type CoreMessageCode } from './issue-texts';

/** An error or warning returned as data; `code` is an i18n key, `params` fill `$1`..`$n`. */
export interface CoreIssue {
  code: string;
  message: string;
  params?: string[];
  field?: string;
  line?: number;
}

// User input can be a whole pasted file; a message that repeats it verbatim helps nobody.
const MAX_PARAM_CODE_POINTS = 120;

function clip(value: string): string {
  if (value.length <= MAX_PARAM_CODE_POINTS) return value; // never more code points than that
  const points = Array.from(value);
  return points.length <= MAX_PARAM_CODE_POINTS ? value : `${points.slice(0, MAX_PARAM_CODE_POINTS).join('')}…`;
}

/** A param as a message may show it: credential-shaped text masked (before clipping, which could
 *  cut a secret short of its pattern), and no longer than MAX_PARAM_CODE_POINTS. */
function shown(param: string | number): string {
  const text = String(param);
  return clip(looksLikeSecret(text) ? maskSecrets(text) : text);
}

/**
 * Builds an issue whose English message is the catalogue text with the params filled in, so the
 * message shown without i18n and the translated one can never drift apart. Every message is made
 * here, so every one masks what looks like a credential: a secret pasted where a name, a colour
 * or an address was expected is never repeated, whichever check quotes it.
 */
export function coreIssue(
  code: CoreMessageCode,
  params: ReadonlyArray<string | number> = [],
  where: { field?: string; line?: number } = {},
): CoreIssue {
  const texts = params.map(shown);
  const issue: CoreIssue = { code, message: formatMessage(CORE_MESSAGES[code]!, texts) };
  if (texts.length > 0) issue.params = texts;
  if (where.field !== undefined) issue.field = where.field;
  if (where.line !== undefined) issue.line = where.line;
  return issue;
}

/** Same issues, attributed to a form field (validators of parts do not know which field they serve). */
export function withField(issues: readonly CoreIssue[], field: string): CoreIssue[] {
  return issues.map((issue) => ({ ...issue, field }));
}

/** Lists characters for messages, each quoted so a space or a tab is visible. */
export function quoteChars(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => JSON.stringify(c)).join(', ');
}
