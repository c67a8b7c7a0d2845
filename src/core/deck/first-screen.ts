// The popup's first screen, kept ready in a small storage item: the popup draws it at once and
// swaps in the full list when that has loaded, so opening stays instant however long the list is.
import { isDrawableData, keptVersion1 } from './shapes';
import { defaultOrder } from '../search/default-order';
import { emptyStore, type Entry, type StoreData } from '../store/schema';

/** More than a popup shows (about eight rows): keyboard moves right after opening land on real rows. */
export const FIRST_SCREEN_ROWS = 20;

export interface FirstScreen { version: 1; data: StoreData; total: number }

/** The first rows of the default order with what drawing them needs (settings, favourites, usage,
 *  collapsed groups, bases); `total` is the length of the whole list. */
export function firstScreenOf(data: StoreData, entries: readonly Entry[]): FirstScreen {
  const rows = defaultOrder(entries, { favourites: data.favourites, usage: data.usage })
    .slice(0, FIRST_SCREEN_ROWS)
    .map((r) => r.entry);
  const ids = new Set(rows.map((e) => e.id));
  return {
    version: 1,
    total: entries.length,
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
  return value && typeof value.total === 'number' && isDrawableData(value.data) ? (value as unknown as FirstScreen) : undefined;
}
