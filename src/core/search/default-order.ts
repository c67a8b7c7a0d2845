// The popup's order before anything is typed: favourites, then recently used, then the rest by
// group. Kept apart from rank.ts so that the popup can draw its first rows without loading the
// search engine.
import type { Entry, Usage } from '../store/schema';

export const SEARCH_FIELDS = ['label', 'displayName', 'roleName', 'alias', 'account', 'group'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type Highlights = Partial<Record<SearchField, Array<[start: number, end: number]>>>;

export type Section = { kind: 'favourites' } | { kind: 'recent' } | { kind: 'group'; name: string };
export interface RankedEntry {
  entry: Entry;
  score: number;
  highlights: Highlights;
  /** Only for the empty query: which block of the default order the entry belongs to. */
  section?: Section;
}
export interface RankContext { favourites: readonly string[]; usage: Record<string, Usage> }

/** How many recently used entries the default order shows before the grouped rest. */
export const RECENT_LIMIT = 8;
export const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const NONE: Highlights = Object.freeze({});
const FAVOURITES: Section = Object.freeze({ kind: 'favourites' });
const RECENT: Section = Object.freeze({ kind: 'recent' });

const groupOf = (e: Entry) => e.group ?? e.base ?? '';

/** Named groups alphabetically, the ungrouped last; within a group by label. */
export function sortByGroup<T extends Entry>(entries: T[]): T[] {
  return entries.sort((a, b) =>
    (groupOf(a) === '' ? 1 : 0) - (groupOf(b) === '' ? 1 : 0) || collator.compare(groupOf(a), groupOf(b)) || collator.compare(a.label, b.label));
}

/** Favourites, recently used, then the rest by group. `inOrder`: the entries are already sorted by
 *  group (the popup's deck is kept so), and the rest keeps their order. */
export function defaultOrder(entries: readonly Entry[], context: RankContext, { inOrder = false } = {}): RankedEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const favourites = context.favourites.flatMap((id) => byId.get(id) ?? []);
  const taken = new Set(favourites.map((e) => e.id));
  const recent = entries
    .filter((e) => !taken.has(e.id) && context.usage[e.id])
    .sort((a, b) => context.usage[b.id]!.lastUsed - context.usage[a.id]!.lastUsed)
    .slice(0, RECENT_LIMIT);
  for (const e of recent) taken.add(e.id);
  const others = entries.filter((e) => !taken.has(e.id));
  const rest = inOrder ? others : sortByGroup(others);
  // Thousands of rows at every opening: they share their (read-only) highlights and sections.
  const sections = new Map<string, Section>();
  const sectionOf = (name: string) => sections.get(name) ?? sections.set(name, { kind: 'group', name }).get(name)!;
  return [
    ...favourites.map((entry) => ({ entry, score: 0, highlights: NONE, section: FAVOURITES })),
    ...recent.map((entry) => ({ entry, score: 0, highlights: NONE, section: RECENT })),
    ...rest.map((entry) => ({ entry, score: 0, highlights: NONE, section: sectionOf(groupOf(entry)) })),
  ];
}
