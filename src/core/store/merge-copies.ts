// How two copies of the list become one without losing an update. Every change goes through
// stampChange (the store calls it in updateStore): each entry that changed gets the time of the
// change, each removed entry leaves a tombstone, each list-level part (favourites, groups, bases,
// settings) gets a stamp. mergeStores then keeps, entry by entry and part by part, the later one:
// last writer wins per entry, not per list, so two windows or two browsers editing different
// entries at the same time both keep their edit.
import { canonicalJson } from './canonical-json';
import { DEVICE_SETTINGS, STAMPED_PARTS, STORE_VERSION, TOMBSTONE_DAYS, type Entry, type Stamps, type StoreData } from './schema';

const DAY = 86_400_000;

/** Stamps are whole seconds: the compact encoding stores them in seconds, and a stamp must read
 *  back exactly as written or two copies would never look the same. */
export const stampTime = (now: number) => Math.floor(now / 1000) * 1000;

const withoutTime = ({ updatedAt: _t, managed: _m, ...rest }: Entry) => canonicalJson(rest);

/** The settings every browser shares (the device's own, like the storage area, left out). */
export function sharedSettings(settings: StoreData['settings']): Record<string, unknown> {
  const shared: Record<string, unknown> = { ...settings };
  for (const key of DEVICE_SETTINGS) delete shared[key];
  return shared;
}

const partValue = (data: StoreData, part: (typeof STAMPED_PARTS)[number]) =>
  canonicalJson(part === 'settings' ? sharedSettings(data.settings) : data[part]);

export function pruneTombstones(deleted: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(deleted).filter(([, at]) => now - at <= TOMBSTONE_DAYS * DAY));
}

/**
 * `after` (the data as a change left it) with the bookkeeping of that change: changed and new
 * entries stamped now, removed ones tombstoned, changed parts stamped. An entry whose content did
 * not change keeps its old time whatever the caller set. A second entry with an id already in
 * the list (a rare random clash) gets a fresh id rather than replacing the first.
 */
export function stampChange(before: StoreData, after: StoreData, now: number, freshId: (taken: (id: string) => boolean) => string): StoreData {
  const at = stampTime(now);
  const old = new Map(before.entries.map((entry) => [entry.id, entry]));
  const deleted = { ...before.deleted };
  const seen = new Set<string>();
  const taken = (id: string) => seen.has(id) || old.has(id) || id in deleted;
  const entries = after.entries.map((given): Entry => {
    const { managed: _managed, ...entry } = given as Entry;
    if (!entry.id || seen.has(entry.id)) entry.id = freshId(taken);
    seen.add(entry.id);
    const previous = old.get(entry.id);
    if (!previous || withoutTime(previous) !== withoutTime(entry)) entry.updatedAt = at;
    else if (previous.updatedAt === undefined) delete entry.updatedAt;
    else entry.updatedAt = previous.updatedAt;
    return entry;
  });
  for (const id of old.keys()) if (!seen.has(id)) deleted[id] = at;
  for (const id of seen) delete deleted[id];
  const stamps: Stamps = { ...before.stamps };
  for (const part of STAMPED_PARTS) if (partValue(before, part) !== partValue(after, part)) stamps[part] = at;
  return { ...after, version: STORE_VERSION, entries, deleted: pruneTombstones(deleted, now), stamps };
}

/** Which of two versions of the same thing wins: the later; on a tie, the same one whichever
 *  browser decides (so that all copies settle on one), and the fuller one first: a part never
 *  changed since it was migrated has no stamp, as has a new browser's empty list, and an empty
 *  list joining must not win over favourites or groups by the order of characters. */
function later<T>(a: T, aTime: number, b: T, bTime: number): T {
  if (aTime !== bTime) return aTime > bTime ? a : b;
  const aText = canonicalJson(a);
  const bText = canonicalJson(b);
  if (aText.length !== bText.length) return aText.length > bText.length ? a : b;
  return aText >= bText ? a : b;
}

/** Same entry content, quickly (most entries of two copies are the same). */
function sameEntry(a: Entry, b: Entry): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (x !== y && (typeof x !== 'object' || canonicalJson(x) !== canonicalJson(y))) return false;
  }
  return true;
}

const laterEntry = (a: Entry, b: Entry) => (sameEntry(a, b) ? b : later(a, a.updatedAt ?? 0, b, b.updatedAt ?? 0));

/**
 * One list from this browser's copy (`mine`) and another's (`theirs`, usually what sync holds).
 * The order is theirs, with entries only mine has placed after the entry they followed in mine.
 * Usage counts and device settings are mine. Tombstones older than TOMBSTONE_DAYS are dropped.
 */
export function mergeStores(mine: StoreData, theirs: StoreData, now = Date.now()): StoreData {
  const deleted: Record<string, number> = { ...theirs.deleted };
  for (const [id, at] of Object.entries(mine.deleted ?? {})) deleted[id] = Math.max(at, deleted[id] ?? 0);
  const theirsById = new Map(theirs.entries.map((entry) => [entry.id, entry]));
  const mineById = new Map(mine.entries.map((entry) => [entry.id, entry]));

  // Entries only mine has, grouped under the nearest entry before them that theirs also has.
  const placedAfter = new Map<string | undefined, Entry[]>();
  let anchor: string | undefined;
  for (const entry of mine.entries) {
    if (theirsById.has(entry.id)) anchor = entry.id;
    else placedAfter.set(anchor, [...(placedAfter.get(anchor) ?? []), entry]);
  }
  const ordered: Entry[] = [...(placedAfter.get(undefined) ?? [])];
  for (const entry of theirs.entries) {
    const other = mineById.get(entry.id);
    ordered.push(other ? laterEntry(other, entry) : entry);
    ordered.push(...(placedAfter.get(entry.id) ?? []));
  }
  const entries = ordered.filter((entry) => deleted[entry.id] === undefined || (entry.updatedAt ?? 0) > deleted[entry.id]!);
  for (const entry of entries) delete deleted[entry.id];

  const merged: StoreData = { ...theirs, version: STORE_VERSION, entries, usage: mine.usage, deleted: pruneTombstones(deleted, now), stamps: {} };
  for (const part of STAMPED_PARTS) {
    const mineAt = mine.stamps?.[part] ?? 0;
    const theirsAt = theirs.stamps?.[part] ?? 0;
    const value = later(part === 'settings' ? sharedSettings(mine.settings) : mine[part], mineAt, part === 'settings' ? sharedSettings(theirs.settings) : theirs[part], theirsAt);
    (merged as unknown as Record<string, unknown>)[part] = part === 'settings' ? { ...mine.settings, ...(value as object) } : value;
    if (Math.max(mineAt, theirsAt) > 0) merged.stamps![part] = Math.max(mineAt, theirsAt);
  }
  for (const key of DEVICE_SETTINGS) (merged.settings as Record<string, unknown>)[key] = mine.settings[key];
  merged.favourites = merged.favourites.filter((id) => deleted[id] === undefined);
  for (const key of ['unreadable', 'unreadableBases'] as const) {
    const kept = [...new Map([...(theirs[key] ?? []), ...(mine[key] ?? [])].map((item) => [canonicalJson(item), item])).values()];
    if (kept.length > 0) merged[key] = kept;
    else delete merged[key];
  }
  return merged;
}

/** What sync holds of a store: all but usage counts and device settings. */
export function syncedPart(data: StoreData): Record<string, unknown> {
  const { usage: _usage, settings, ...rest } = data;
  return { ...rest, settings: sharedSettings(settings), deleted: rest.deleted ?? {}, stamps: rest.stamps ?? {} };
}

/** Whether two copies hold the same shared data (key order and device parts aside). */
export function sameSynced(a: StoreData, b: StoreData): boolean {
  return canonicalJson(syncedPart(a)) === canonicalJson(syncedPart(b));
}
