// Characters a label or a display name must not hold: they are shown on the badge and in the
// popup, and a display name is sent to AWS, which shows it in the console's navigation bar.
// - Direction overrides, embeddings and isolates (U+202A–202E, U+2066–2069): "‮nimda-dorp" shows
//   as "prod-admin", so a name can read as another role than the one it is.
// - Zero-width characters (U+200B–200F, U+2060, U+FEFF): two names that look the same differ,
//   and the marks (U+200E, U+200F) reorder text like the overrides.
// - Controls (C0, DEL, C1): a newline or a tab breaks the one-line badge and the console's menu.
// The zero-width joiner (U+200D) is allowed between two emoji only, where it makes one picture
// ("👩‍💻"); elsewhere it is hidden like the others. Japanese and other CJK text never needs it,
// and the scripts that do (some Indic, Persian) are rare in role labels: refused there too.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200c\u200e-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|(?<!\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
// Whether there is any candidate at all: the common case (nothing hidden) answered by one test.
const ANY_CANDIDATE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** Whether `text` may hold a hidden character: false for almost every label, in one test. */
export function mayHideChars(text: string): boolean {
  return ANY_CANDIDATE.test(text);
}

/** The hidden characters in `text`, each once, as U+XXXX (what a message can show of them). */
export function hiddenCharsIn(text: string): string[] {
  if (!mayHideChars(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(HIDDEN)) found.add(`U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}

/** `text` without its hidden characters (a ZWJ inside an emoji stays). */
export function stripHiddenChars(text: string): string {
  return mayHideChars(text) ? text.replace(HIDDEN, '') : text;
}
