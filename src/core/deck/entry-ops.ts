// Changes the popup makes to the saved list, as plain functions on StoreData (unit-tested here,
// applied through the store's updateStore).
import type { Entry, StoreData, Usage } from '../store/schema';
import { isObject } from '../shared/is-object';
import { isEntryLike } from './shapes';

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

/** Collapses an expanded group header, or expands a collapsed one. */
export function toggleGroupCollapsed(data: StoreData, name: string): void {
  const group = (data.groups[name] ??= {});
  if (group.collapsed) delete group.collapsed;
  else group.collapsed = true;
}

/** Replaces the entry with its id (the edit form saves the whole entry), or adds it; a new entry
 *  (id '') gets `newId()`, as ids are the store's to give. Returns the entry's id. */
export function putEntry(data: StoreData, entry: Entry, newId: () => string): string {
  if (entry.id === '') {
    const id = newId();
    data.entries.push({ ...entry, id });
    return id;
  }
  const index = data.entries.findIndex((e) => e.id === entry.id);
  if (index === -1) data.entries.push(entry);
  else data.entries[index] = entry;
  return entry.id;
}

/**
 * A change the popup asks the background to save. Plain data, so that it travels in a message:
 * the popup then needs none of the store's code (codec, sync layout, merge), only this.
 */
export type StoreOp =
  | { kind: 'toggleFavourite'; id: string }
  | { kind: 'moveFavourite'; id: string; delta: -1 | 1 }
  | { kind: 'remove'; id: string }
  | { kind: 'restore'; removed: Removed }
  | { kind: 'toggleGroup'; name: string }
  | { kind: 'putEntry'; entry: Entry };

/** What applying an op gave back: a delete, what it took (for its undo); a put, the entry's id. */
export interface OpResult { removed?: Removed; id?: string }

/** Applies `op` to the freshest data. */
export function applyStoreOp(data: StoreData, op: StoreOp, newId: () => string): OpResult {
  switch (op.kind) {
    case 'toggleFavourite': toggleFavourite(data, op.id); return {};
    case 'moveFavourite': moveFavourite(data, op.id, op.delta); return {};
    case 'remove': { const removed = removeEntry(data, op.id); return removed ? { removed } : {}; }
    case 'restore': restoreEntry(data, op.removed); return {};
    case 'toggleGroup': toggleGroupCollapsed(data, op.name); return {};
    case 'putEntry': return { id: putEntry(data, op.entry, newId) };
  }
}

/** The op in a message, if it is one: the background checks before it changes anything. */
export function readStoreOp(value: unknown): StoreOp | undefined {
  if (!isObject(value)) return undefined;
  const text = (k: string) => typeof value[k] === 'string' && value[k] !== '';
  switch (value.kind) {
    case 'toggleFavourite': case 'remove': return text('id') ? (value as StoreOp) : undefined;
    case 'moveFavourite': return text('id') && (value.delta === -1 || value.delta === 1) ? (value as StoreOp) : undefined;
    case 'toggleGroup': return text('name') ? (value as StoreOp) : undefined;
    case 'putEntry': return isEntryLike(value.entry) ? (value as StoreOp) : undefined;
    case 'restore': {
      const removed = value.removed;
      return isObject(removed) && isEntryLike(removed.entry) && Number.isInteger(removed.index) && Number.isInteger(removed.favouriteIndex)
        ? (value as StoreOp) : undefined;
    }
    default: return undefined;
  }
}
