import { describe, expect, it } from 'vitest';
import { mergeStores, sameSynced, stampChange, stampTime } from './merge-copies';
import { emptyStore, TOMBSTONE_DAYS, type Entry, type StoreData } from './schema';

const T0 = Date.UTC(2025, 5, 1);
const entry = (id: string, label = id, updatedAt = T0): Entry => ({ id, label, account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', updatedAt });
const store = (entries: Entry[], extra: Partial<StoreData> = {}): StoreData => ({ ...emptyStore(), entries, ...extra });
let counter = 0;
const freshId = (taken: (id: string) => boolean) => {
  let id: string;
  do id = `new${counter++}`; while (taken(id));
  return id;
};
const change = (before: StoreData, edit: (d: StoreData) => void, now: number) => {
  const after = structuredClone(before);
  edit(after);
  return stampChange(before, after, now, freshId);
};

describe('stampChange', () => {
  it('stamps new and changed entries with the time of the change, in whole seconds', () => {
    const before = store([entry('a'), entry('b')]);
    const after = change(before, (d) => { d.entries[1]!.label = 'B2'; d.entries.push(entry('c', 'C', 1)); }, T0 + 5_678);
    expect(after.entries.map((e) => e.updatedAt)).toEqual([T0, T0 + 5_000, T0 + 5_000]);
    expect(stampTime(T0 + 5_678)).toBe(T0 + 5_000);
  });

  it('keeps the old time of an unchanged entry whatever the caller wrote into it', () => {
    const after = change(store([entry('a')]), (d) => { d.entries[0]!.updatedAt = T0 + 99_999; }, T0 + 100_000);
    expect(after.entries[0]!.updatedAt).toBe(T0);
  });

  it('leaves a tombstone for a removed entry, and takes it away when the entry comes back (undo)', () => {
    const removed = change(store([entry('a'), entry('b')]), (d) => { d.entries.splice(0, 1); }, T0 + 1000);
    expect(removed.deleted).toEqual({ a: T0 + 1000 });
    const restored = change(removed, (d) => { d.entries.unshift(entry('a')); }, T0 + 2000);
    expect(restored.deleted).toEqual({});
    expect(restored.entries[0]!.updatedAt).toBe(T0 + 2000);
  });

  it('gives a second entry with an id already in the list a fresh id instead of replacing the first', () => {
    const after = change(store([entry('a')]), (d) => { d.entries.push(entry('a', 'Other')); }, T0);
    expect(after.entries.map((e) => e.label)).toEqual(['a', 'Other']);
    expect(after.entries[1]!.id).not.toBe('a');
  });

  it('never keeps the catalog mark on a user entry', () => {
    const after = change(store([]), (d) => { d.entries.push({ ...entry('a'), managed: true }); }, T0);
    expect(after.entries[0]).not.toHaveProperty('managed');
  });

  it('stamps list-level parts that changed, not the others; the storage area is not a shared change', () => {
    const after = change(store([entry('a')]), (d) => { d.favourites.push('a'); d.settings.storageArea = 'sync'; }, T0 + 3000);
    expect(after.stamps).toEqual({ favourites: T0 + 3000 });
  });

  it(`forgets tombstones older than ${TOMBSTONE_DAYS} days`, () => {
    const old = store([], { deleted: { ancient: T0, recent: T0 + 10 * 86_400_000 } });
    expect(change(old, () => undefined, T0 + (TOMBSTONE_DAYS + 1) * 86_400_000).deleted).toEqual({ recent: T0 + 10 * 86_400_000 });
  });
});

describe('mergeStores', () => {
  it('keeps both edits when two copies changed different entries (no lost update)', () => {
    const base = store([entry('a'), entry('b')]);
    const mine = change(base, (d) => { d.entries[0]!.label = 'A-mine'; }, T0 + 1000);
    const theirs = change(base, (d) => { d.entries[1]!.label = 'B-theirs'; }, T0 + 2000);
    expect(mergeStores(mine, theirs, T0 + 3000).entries.map((e) => e.label)).toEqual(['A-mine', 'B-theirs']);
  });

  it('keeps the later edit of the same entry, whichever copy has it', () => {
    const base = store([entry('a')]);
    const early = change(base, (d) => { d.entries[0]!.label = 'early'; }, T0 + 1000);
    const late = change(base, (d) => { d.entries[0]!.label = 'late'; }, T0 + 2000);
    expect(mergeStores(early, late, T0).entries[0]!.label).toBe('late');
    expect(mergeStores(late, early, T0).entries[0]!.label).toBe('late');
  });

  it('lets a deletion win over an older edit, and a later edit win over a deletion', () => {
    const base = store([entry('a'), entry('b')]);
    const deleted = change(base, (d) => { d.entries = d.entries.filter((e) => e.id !== 'a'); }, T0 + 2000);
    const olderEdit = change(base, (d) => { d.entries[0]!.label = 'edited before'; }, T0 + 1000);
    const laterEdit = change(base, (d) => { d.entries[0]!.label = 'edited after'; }, T0 + 3000);
    expect(mergeStores(olderEdit, deleted, T0).entries.map((e) => e.id)).toEqual(['b']);
    expect(mergeStores(deleted, olderEdit, T0).entries.map((e) => e.id)).toEqual(['b']);
    expect(mergeStores(deleted, laterEdit, T0).entries.map((e) => e.label)).toEqual(['edited after', 'b']);
  });

  it('takes their order, with entries only mine has after the entry they followed in mine', () => {
    const base = store([entry('a'), entry('b'), entry('c')]);
    const mine = change(base, (d) => { d.entries.splice(1, 0, entry('m1'), entry('m2')); d.entries.unshift(entry('m0')); }, T0 + 1000);
    const theirs = change(base, (d) => { d.entries.reverse(); }, T0 + 1000);
    expect(mergeStores(mine, theirs, T0).entries.map((e) => e.id)).toEqual(['m0', 'c', 'b', 'a', 'm1', 'm2']);
  });

  it('keeps the later of each list-level part, and this device’s usage counts and storage area', () => {
    const base = store([entry('a'), entry('b')]);
    const mine = change(base, (d) => { d.favourites = ['a']; d.settings.theme = 'dark'; d.usage = { a: { count: 5, lastUsed: 1 } }; d.settings.storageArea = 'sync'; }, T0 + 1000);
    const theirs = change(base, (d) => { d.favourites = ['b']; d.usage = { b: { count: 1, lastUsed: 1 } }; }, T0 + 2000);
    const merged = mergeStores(mine, theirs, T0);
    expect(merged.favourites).toEqual(['b']);
    expect(merged.settings).toMatchObject({ theme: 'dark', storageArea: 'sync' });
    expect(merged.usage).toEqual({ a: { count: 5, lastUsed: 1 } });
  });

  it('settles on the same list in every browser, whatever order the copies are merged in', () => {
    const base = store([entry('a'), entry('b'), entry('c')]);
    const one = change(base, (d) => { d.entries[0]!.label = 'one'; d.entries.splice(2, 1); d.favourites = ['b']; }, T0 + 1000);
    const two = change(base, (d) => { d.entries[1]!.label = 'two'; d.entries.push(entry('d')); }, T0 + 1000);
    // Same time on both sides: the tie must still be broken the same way everywhere.
    const tie = change(base, (d) => { d.entries[0]!.label = 'tie'; }, T0 + 1000);
    const ab = mergeStores(mergeStores(one, two, T0), tie, T0);
    const ba = mergeStores(tie, mergeStores(two, one, T0), T0);
    expect(sameSynced(mergeStores(ab, ba, T0), mergeStores(ba, ab, T0))).toBe(true);
    expect(ab.entries.map((e) => e.id).sort()).toEqual(['a', 'b', 'd']);
    expect(ab.entries.find((e) => e.id === 'a')!.label).toBe(ba.entries.find((e) => e.id === 'a')!.label);
  });

  it('drops favourites of entries another copy deleted', () => {
    const base = store([entry('a'), entry('b')], { favourites: ['a', 'b'] });
    const deleted = change(base, (d) => { d.entries.shift(); d.favourites = ['b']; }, T0 + 2000);
    const favOnly = change(base, (d) => { d.favourites = ['b', 'a']; }, T0 + 3000);
    expect(mergeStores(deleted, favOnly, T0).favourites).toEqual(['b']);
  });
});
