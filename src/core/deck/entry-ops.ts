// Changes the popup makes to the saved list, as plain functions on StoreData (unit-tested here,
// applied through the store's updateStore).
import type { Entry, StoreData, Usage } from '../store/schema';

export function toggleFavourite(data: StoreData, id: string): void {
  const at = data.favourites.indexOf(id);
  if (at === -1) data.favourites.push(id);
  else data.favourites.splice(at, 1);
}

/** Moves a favourite up (-1) or down (+1) in the user's order; other entries are not moved. */
export function moveFavourite(data: StoreData, id: string, delta: -1 | 1): boolean {
  const at = data.favourites.indexOf(id);
  const to = at + delta;
  if (at === -1 || to < 0 || to >= data.favourites.length) return false;
  [data.favourites[at], data.favourites[to]] = [data.favourites[to]!, data.favourites[at]!];
  return true;
}

/** All that a delete takes away, so that an undo puts back exactly that. */
export interface Removed { entry: Entry; index: number; favouriteIndex: number; usage?: Usage }

export function removeEntry(data: StoreData, id: string): Removed | undefined {
  const index = data.entries.findIndex((e) => e.id === id);
  if (index === -1) return undefined;
  const removed: Removed = { entry: data.entries[index]!, index, favouriteIndex: data.favourites.indexOf(id), usage: data.usage[id] };
  data.entries.splice(index, 1);
  if (removed.favouriteIndex !== -1) data.favourites.splice(removed.favouriteIndex, 1);
  delete data.usage[id];
  return removed;
}

/** Undo of removeEntry, on the data as it is now (other changes made meanwhile are kept). */
export function restoreEntry(data: StoreData, removed: Removed): void {
  if (data.entries.some((e) => e.id === removed.entry.id)) return;
  data.entries.splice(Math.min(removed.index, data.entries.length), 0, removed.entry);
  if (removed.favouriteIndex !== -1) data.favourites.splice(Math.min(removed.favouriteIndex, data.favourites.length), 0, removed.entry.id);
  if (removed.usage) data.usage[removed.entry.id] = removed.usage;
}

/** A copy of an entry for the "duplicate" form: same role fields, a label that says it is a copy. */
export function duplicateDraft(entry: Entry, copyLabel: (label: string) => string): Entry {
  const { id: _id, updatedAt: _updated, managed: _managed, ...rest } = entry;
  return { ...rest, id: '', label: copyLabel(entry.label) };
}
