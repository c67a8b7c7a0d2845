// Comparing whole saved states: to tell, before an undo, whether anything changed since the import.
import type { StoreData } from '../store/schema';

/** JSON with object keys sorted, so that two equal states give the same text whatever their key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function storesEqual(a: StoreData, b: StoreData): boolean {
  return stableStringify(a) === stableStringify(b);
}

export type StoreChangeKind = 'entriesAdded' | 'entriesRemoved' | 'entriesEdited' | 'entriesReordered' | 'favourites' | 'usage' | 'groups' | 'settings' | 'bases';
export interface StoreChange { kind: StoreChangeKind; count?: number }

/** What differs between two states, in words a person can weigh ("2 entries edited", "usage"). */
export function describeStoreChanges(from: StoreData, to: StoreData): StoreChange[] {
  const changes: StoreChange[] = [];
  const before = new Map(from.entries.map((e) => [e.id, stableStringify(e)]));
  const after = new Map(to.entries.map((e) => [e.id, stableStringify(e)]));
  const added = [...after.keys()].filter((id) => !before.has(id)).length;
  const removed = [...before.keys()].filter((id) => !after.has(id)).length;
  const edited = [...after].filter(([id, text]) => before.has(id) && before.get(id) !== text).length;
  if (added > 0) changes.push({ kind: 'entriesAdded', count: added });
  if (removed > 0) changes.push({ kind: 'entriesRemoved', count: removed });
  if (edited > 0) changes.push({ kind: 'entriesEdited', count: edited });
  const same = (key: keyof StoreData) => stableStringify(from[key]) === stableStringify(to[key]);
  if (added === 0 && removed === 0 && from.entries.map((e) => e.id).join('\n') !== to.entries.map((e) => e.id).join('\n')) {
    changes.push({ kind: 'entriesReordered' });
  }
  if (!same('favourites')) changes.push({ kind: 'favourites' });
  if (!same('usage')) changes.push({ kind: 'usage' });
  if (!same('groups')) changes.push({ kind: 'groups' });
  if (!same('settings')) changes.push({ kind: 'settings' });
  if (!same('bases')) changes.push({ kind: 'bases' });
  return changes;
}
