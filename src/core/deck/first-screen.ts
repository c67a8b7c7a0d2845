// The popup's first screen, kept ready in a small storage item: the popup draws it at once and
// swaps in the full list when that has loaded, so opening stays instant however long the list is.
import { isDrawableData, keptVersion1 } from './shapes';
import { defaultOrder } from '../search/default-order';
import { sectionKey } from './rows';
import { emptyStore, type Entry, type StoreData } from '../store/schema';

/** More than a popup shows (about eight rows): keyboard moves right after opening land on real rows. */
export const FIRST_SCREEN_ROWS = 20;

export interface FirstScreen {
  version: 1;
  data: StoreData;
  total: number;
  /** How many entries the whole list has in each section the first rows show (sectionKey): their
   *  headers say the whole list's count from the start, not the first screen's. Absent in copies
   *  kept by older versions. */
  counts?: Record<string, number>;
}

/** The first rows of the default order with what drawing them needs (settings, favourites, usage,
 *  collapsed groups, bases); `total` is the length of the whole list. */
export function firstScreenOf(data: StoreData, entries: readonly Entry[]): FirstScreen {
  const order = defaultOrder(entries, { favourites: data.favourites, usage: data.usage });
  const first = order.slice(0, FIRST_SCREEN_ROWS);
  const rows = first.map((r) => r.entry);
  const ids = new Set(rows.map((e) => e.id));
  const counts: Record<string, number> = {};
  for (const { section } of first) if (section) counts[sectionKey(section)] = 0;
  for (const { section } of order) {
    const key = section && sectionKey(section);
    if (key !== undefined && key in counts) counts[key]!++;
  }
  return {
    version: 1,
    total: entries.length,
    counts,
    data: {
      ...emptyStore(),
      entries: rows,
      favourites: data.favourites.filter((id) => ids.has(id)),
      usage: Object.fromEntries(Object.entries(data.usage).filter(([id]) => ids.has(id))),
      groups: data.groups,
      bases: data.bases,
      settings: data.settings,
    },
  };
}

/** The stored first screen (or its JSON text), if it is one (anything else: none, the popup just
 *  waits for the list). */
export function readFirstScreen(stored: unknown): FirstScreen | undefined {
  const value = keptVersion1(stored);
  if (!value || typeof value.total !== 'number' || !isDrawableData(value.data)) return undefined;
  const { counts, ...screen } = value as unknown as FirstScreen;
  const countsOk = typeof counts === 'object' && counts !== null && Object.values(counts).every((n) => typeof n === 'number');
  return countsOk ? { ...screen, counts } : screen;
}
