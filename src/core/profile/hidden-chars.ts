// Characters a label or a display name must not hold: they are shown on the badge and in the
// popup, and a display name is sent to AWS, which shows it in the console's navigation bar.
// - Format characters (Unicode Cf): direction overrides, embeddings, isolates and marks (U+202A–202E,
//   U+2066–2069, U+200E, U+200F, U+061C): "‮nimda-dorp" shows as "prod-admin", so a name can read as
//   another role than the one it is; zero-width characters (U+200B, U+2060, U+FEFF), the soft hyphen
//   (U+00AD), tag characters (U+E0000–E007F): two names that look the same differ.
// - Controls (Cc: C0, DEL, C1) and the line and paragraph separators (U+2028, U+2029): they break the
//   one-line badge and the console's menu.
// - Hangul fillers (U+115F, U+1160, U+3164, U+FFA0): letters that draw nothing.
// Two exceptions, where the character is part of one picture: the zero-width joiner (U+200D)
// between two emoji ("👩‍💻"), and the tag characters of an emoji flag ("🏴󠁧󠁢󠁳󠁣󠁴󠁿"). Elsewhere the
// joiner is hidden like the others: Japanese and other CJK text never needs it, and the scripts
// that do (some Indic, Persian) are rare in role labels. (U+FE0F, which makes an emoji, is not Cf.)
const FLAG = String.raw`\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f}`;
const CANDIDATES = String.raw`\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0`;
// Group 1 is an emoji flag, kept whole; any other match is one hidden character.
const HIDDEN = new RegExp(
  String.raw`(${FLAG})|(?!\u200d)[${CANDIDATES}]|(?<!\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]?)\u200d|\u200d(?!\p{Extended_Pictographic})`,
  'gu',
);
// Whether there is any candidate at all: the common case (nothing hidden) answered by one test.
const ANY_CANDIDATE = new RegExp(`[${CANDIDATES}]`, 'u');

/** Whether `text` may hold a hidden character: false for almost every label, in one test. */
export function mayHideChars(text: string): boolean {
  return ANY_CANDIDATE.test(text);
}

/** The hidden characters in `text`, each once, as U+XXXX (what a message can show of them). */
export function hiddenCharsIn(text: string): string[] {
  if (!mayHideChars(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(HIDDEN)) {
    if (match[1] === undefined) found.add(`U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...found];
}

/** `text` without its hidden characters (a ZWJ inside an emoji, and an emoji flag, stay). */
export function stripHiddenChars(text: string): string {
  return mayHideChars(text) ? text.replace(HIDDEN, (_, flag: string | undefined) => flag ?? '') : text;
}
