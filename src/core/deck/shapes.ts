// Shape checks for copies of the list that travelled through storage or a message (what the store
// saved is repaired on load; these only make sure a copy is what it says before it is drawn).
import { isObject } from '../shared/is-object';
import { parseJsonText } from '../shared/json-text';
import type { Entry, StoreData } from '../store/schema';

const ENTRY_TEXT_FIELDS = ['id', 'label', 'account', 'roleName', 'rolePath', 'partition'] as const;

/** Has the fields every entry has. */
export function isEntryLike(value: unknown): value is Entry {
  return isObject(value) && ENTRY_TEXT_FIELDS.every((k) => typeof value[k] === 'string');
}

/** Has what drawing the list needs: entries, favourites, usage, settings, groups and bases. */
export function isDrawableData(value: unknown): value is StoreData {
  if (!isObject(value)) return false;
  const data = value as Partial<StoreData>;
  return Array.isArray(data.entries) && data.entries.every(isEntryLike) && Array.isArray(data.favourites) &&
    isObject(data.usage) && isObject(data.settings) && isObject(data.groups) && Array.isArray(data.bases);
}

/** A kept copy of version 1, or its JSON text, as an object; anything else: undefined. */
export function keptVersion1(stored: unknown): Record<string, unknown> | undefined {
  const value = typeof stored === 'string' ? parseJsonText(stored) : stored;
  return isObject(value) && value.version === 1 ? value : undefined;
}
