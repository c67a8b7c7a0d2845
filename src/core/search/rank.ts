// core/search: the order of entries. Start here (ranking what is typed); default-order.ts is the
// order before anything is typed.
//
// Ranking for the popup and the address bar: one function, so both order entries alike.
// Matching is uFuzzy's (fast at thousands of entries, out-of-order terms, small gaps); the order of
// matches is ours: match quality first, then favourites, then recency, then the list's own order
// (the popup's list is in the default order: groups, then labels).
import uFuzzy from '@leeoniya/ufuzzy';
import type { Entry } from '../store/schema';
import { defaultOrder, SEARCH_FIELDS, type Highlights, type RankContext, type RankedEntry, type SearchField } from './default-order';

export * from './default-order';

// Between fields: a character uFuzzy treats as a term gap but that its inter-term pattern spans,
// so `admin 9012` can match a label and an account id of the same entry.
const SEP = '\u2003';
// Where the first matched term lands says how relevant the match is.
const FIELD_BONUS: Record<SearchField, number> = { label: 30, displayName: 25, roleName: 20, alias: 15, group: 10, account: 10 };

// ASCII mode on purpose: uFuzzy's unicode mode with in-term gaps builds \p{L} patterns that
// backtrack for tens of milliseconds. Queries with other scripts (a Japanese label) are matched
// as plain substrings instead, which is how such text is searched anyway (no spaces, no case).
const fuzzy = new uFuzzy({
  // Small gaps inside a term: `prd` finds "Production".
  intraIns: 2,
});


interface Prepared { haystack: string[]; offsets: number[][]; labels: string[] }
const prepared = new WeakMap<readonly Entry[], Prepared>();

const ACCOUNT_ID = /^\d{12}$/;

function fieldText(entry: Entry, field: SearchField, accountIsId: boolean): string {
  switch (field) {
    case 'alias':
      return accountIsId ? '' : entry.account;
    case 'account':
      return accountIsId ? entry.account : '';
    case 'roleName':
      return entry.rolePath === '/' ? entry.roleName : `${entry.rolePath.slice(1)}${entry.roleName}`;
    default:
      return entry[field] ?? '';
  }
}

/** Built once per list (the caller keeps the same array while nothing changed). */
function prepare(entries: readonly Entry[]): Prepared {
  let ready = prepared.get(entries);
  if (ready) return ready;
  const haystack: string[] = [];
  const offsets: number[][] = [];
  for (const entry of entries) {
    let text = '';
    const starts: number[] = [];
    const accountIsId = ACCOUNT_ID.test(entry.account);
    for (const field of SEARCH_FIELDS) {
      starts.push(text.length);
      text += fieldText(entry, field, accountIsId) + SEP;
    }
    haystack.push(text);
    offsets.push(starts);
  }
  const labels = entries.map((e) => e.label.toLowerCase());
  ready = { haystack, offsets, labels };
  prepared.set(entries, ready);
  return ready;
}

const fieldAt = (starts: number[], position: number): number => {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= position) index++;
  return index;
};

function toHighlights(ranges: number[], starts: number[]): Highlights {
  const highlights: Highlights = {};
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    const field = fieldAt(starts, ranges[i]!);
    const name = SEARCH_FIELDS[field]!;
    (highlights[name] ??= []).push([ranges[i]! - starts[field]!, ranges[i + 1]! - starts[field]!]);
  }
  return highlights;
}

// Ties: favourites first (in the user's order), then the most recently used, then the list's own
// order. That order does not depend on the query: it is worked out once per list and context
// (favourites and usage) without a comparison sort, each entry's place in it is a number, and a
// broad query's thousands of matches sort by two numbers. (A cache, not state.)
const tieRanks = new WeakMap<RankContext, { entries: readonly Entry[]; rank: Int32Array }>();

function tieRankOf(entries: readonly Entry[], context: RankContext): Int32Array {
  const cached = tieRanks.get(context);
  if (cached?.entries === entries) return cached.rank;
  const favouriteAt = new Map(context.favourites.map((id, index) => [id, index]));
  const favourites: number[] = [];
  const used: number[] = [];
  const rest: number[] = [];
  entries.forEach((entry, index) => (favouriteAt.has(entry.id) ? favourites : context.usage[entry.id] ? used : rest).push(index));
  favourites.sort((a, b) => favouriteAt.get(entries[a]!.id)! - favouriteAt.get(entries[b]!.id)!);
  used.sort((a, b) => context.usage[entries[b]!.id]!.lastUsed - context.usage[entries[a]!.id]!.lastUsed || a - b);
  const rank = new Int32Array(entries.length);
  let place = 0;
  for (const part of [favourites, used, rest]) for (const index of part) rank[index] = place++;
  tieRanks.set(context, { entries, rank });
  return rank;
}

interface Scored { index: number; score: number; highlights: Highlights }

/** Words only, lower case, one space between: "Research Sandbox" and "research-sandbox" read alike. */
const wordsOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The whole query, its words in the order typed, in a label: the user is naming that role. Its
 *  terms alone may be spread over another entry's fields as cleanly ("research-sandbox-poweruser"
 *  matched "innovation-sandbox (PowerUserAccess)" in the group Research as well, and came first). */
function phraseBonus(label: string, phrase: string): number {
  if (phrase === '') return 0;
  const words = wordsOf(label);
  if (words === phrase) return 300;
  if (words.startsWith(phrase)) return 200;
  return words.includes(` ${phrase}`) ? 100 : 0;
}

/** Best score first, ties in the tie order. */
function inRankOrder(scored: Scored[], entries: readonly Entry[], context: RankContext): RankedEntry[] {
  const tie = tieRankOf(entries, context);
  scored.sort((a, b) => b.score - a.score || tie[a.index]! - tie[b.index]!);
  return scored.map(({ index, score, highlights }) => ({ entry: entries[index]!, score, highlights }));
}

/** Past this many matches, ranking details are skipped for a cheap order (a one-letter query
 *  matches most of a large list and the full ranking would cost a frame); highlights of the rows
 *  actually shown then come from highlightsFor(). */
const DETAIL_LIMIT = 600;

// The previous search: typing on extends the query, so only its matches need looking at again.
// (A cache, not state: losing it costs only time.)
let previous: { entries: readonly Entry[]; needle: string; idxs: number[] } | undefined;

/** Entries matching `query` (every term, any order), best first; the default order when empty. */
export function rankEntries(query: string, entries: readonly Entry[], context: RankContext): RankedEntry[] {
  const needle = query.trim();
  if (needle === '') return defaultOrder(entries, context);
  const { haystack, offsets, labels } = prepare(entries);
  const narrowing = previous && previous.entries === entries && needle.startsWith(previous.needle) ? previous.idxs : null;
  if (/[^\x00-\x7f]/.test(needle)) return substringMatches(needle, entries, context);
  const terms = fuzzy.split(needle);
  if (terms.length === 0) return defaultOrder(entries, context);
  // Terms in any order (uFuzzy permutes them; capped so that a long query stays cheap).
  const outOfOrder = terms.length > 1 ? Math.min(terms.length, 4) : 0;
  // uFuzzy takes `preFiltered` as the candidates of a multi-term search, but as the finished
  // matches of a one-term search: narrow the single term ourselves.
  const candidates = narrowing && outOfOrder === 0 ? fuzzy.filter(haystack, needle, narrowing) ?? [] : narrowing;
  if (candidates?.length === 0) return [];
  const [idxs, info] = fuzzy.search(haystack, needle, outOfOrder, DETAIL_LIMIT, candidates);
  previous = { entries, needle, idxs: idxs ?? [] };
  if (!idxs || idxs.length === 0) return [];
  const phrase = wordsOf(needle);
  const scored: Scored[] = [];
  if (!info) {
    const first = terms[0]!.toLowerCase();
    for (const index of idxs) {
      const label = labels[index]!;
      scored.push({ index, score: label.startsWith(first) ? 50 : label.includes(` ${first}`) ? 30 : 0, highlights: {} });
    }
  } else {
    for (let i = 0; i < info.idx.length; i++) {
      const index = info.idx[i]!;
      const starts = offsets[index]!;
      const score =
        info.terms[i]! * 100 + (info.interLft2[i]! + info.interLft1[i]!) * 10 + info.chars[i]! -
        info.intraIns[i]! * 5 + FIELD_BONUS[SEARCH_FIELDS[fieldAt(starts, info.start[i]!)]!] + phraseBonus(entries[index]!.label, phrase);
      scored.push({ index, score, highlights: toHighlights(info.ranges[i]!, starts) });
    }
  }
  return inRankOrder(scored, entries, context);
}

/** Every whitespace-separated term as a substring, case-insensitively, in any order. */
function substringMatches(needle: string, entries: readonly Entry[], context: RankContext): RankedEntry[] {
  const { haystack, offsets, labels } = prepare(entries);
  const terms = needle.toLowerCase().split(/\s+/).filter(Boolean);
  const scored: Scored[] = [];
  haystack.forEach((text, index) => {
    const lower = text.toLowerCase();
    const ranges: number[] = [];
    for (const term of terms) {
      const at = lower.indexOf(term);
      if (at === -1) return;
      ranges.push(at, at + term.length);
    }
    const score = labels[index]!.startsWith(terms[0]!) ? 50 : labels[index]!.includes(terms[0]!) ? 30 : 0;
    // Lower-casing can change the length of some characters; such ranges are not shown.
    const highlights = lower.length === text.length ? toHighlights(ranges, offsets[index]!) : {};
    scored.push({ index, score, highlights });
  });
  return inRankOrder(scored, entries, context);
}

/** The matched ranges of one entry, for a row drawn from the cheap order. */
export function highlightsFor(entry: Entry, query: string): Highlights {
  const needle = query.trim();
  if (!needle) return {};
  if (/[^\x00-\x7f]/.test(needle)) return substringMatches(needle, [entry], { favourites: [], usage: {} })[0]?.highlights ?? {};
  const { haystack, offsets } = prepare([entry]);
  for (const permutation of uFuzzy.permute(fuzzy.split(needle).slice(0, 4)) as string[][]) {
    const info = fuzzy.info([0], haystack, permutation.join(' '));
    if (info.idx.length > 0) return toHighlights(info.ranges[0]!, offsets[0]!);
  }
  return {};
}

/** Builds the search data of a list ahead of the first keystroke (call when the popup is idle). */
export function warmUp(entries: readonly Entry[], context: RankContext): void {
  prepare(entries);
  tieRankOf(entries, context);
  // One small search through the same code, thrown away: the first real key press then runs
  // compiled code, not the engine's first, slow pass through it.
  rankEntries('a', entries.slice(0, 64), context);
}
