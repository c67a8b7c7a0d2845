// Whole saved states: comparing them (has anything changed since the preview, since the import?)
// and writing one over another (applying an import, undoing it). Only the user's data counts: the
// store's own bookkeeping (change times, deletion records) is the store's to maintain.
import type { Entry, StoreData } from '../store/schema';

/** JSON with object keys sorted, so that two equal states give the same text whatever their key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const withoutTime = ({ updatedAt: _time, ...entry }: Entry) => entry;

/** What the user sees and owns of the saved data, in a form to compare. */
export function userDataText(data: StoreData): string {
  const { settings: { storageArea: _area, ...settings } } = data;
  return stableStringify({
    entries: data.entries.map(withoutTime), bases: data.bases, favourites: data.favourites, usage: data.usage,
    groups: data.groups, settings, unreadable: data.unreadable, unreadableBases: data.unreadableBases,
  });
}

export function sameUserData(a: StoreData, b: StoreData): boolean {
  return userDataText(a) === userDataText(b);
}

/**
 * Makes `target`'s user data that of `source`: entries, bases, favourites, usage, groups, settings
 * and the entries and base accounts kept aside as unreadable. Where the list lives (a device setting) and the store's
 * bookkeeping stay as they are.
 */
export function replaceUserData(target: StoreData, source: StoreData): void {
  const copy = structuredClone(source);
  target.entries = copy.entries;
  target.bases = copy.bases;
  target.favourites = copy.favourites;
  target.usage = copy.usage;
  target.groups = copy.groups;
  target.settings = { ...copy.settings, storageArea: target.settings.storageArea };
  for (const key of ['unreadable', 'unreadableBases'] as const) {
    if (copy[key] && copy[key].length > 0) target[key] = copy[key];
    else delete target[key];
  }
}

export type StoreChangeKind = 'entriesAdded' | 'entriesRemoved' | 'entriesEdited' | 'entriesReordered' | 'favourites' | 'usage' | 'groups' | 'settings' | 'bases';
export interface StoreChange { kind: StoreChangeKind; count?: number }

/** What differs between two states, in words a person can weigh ("2 entries edited", "usage"). */
export function describeStoreChanges(from: StoreData, to: StoreData): StoreChange[] {
  const changes: StoreChange[] = [];
  const before = new Map(from.entries.map((e) => [e.id, stableStringify(withoutTime(e))]));
  const after = new Map(to.entries.map((e) => [e.id, stableStringify(withoutTime(e))]));
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
  if (stableStringify({ ...from.settings, storageArea: '' }) !== stableStringify({ ...to.settings, storageArea: '' })) changes.push({ kind: 'settings' });
  if (!same('bases')) changes.push({ kind: 'bases' });
  return changes;
}
