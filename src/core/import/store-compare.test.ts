import { describe, expect, it } from 'vitest';
import { emptyStore, type StoreData } from '../store/schema';
import { describeStoreChanges, replaceUserData, sameUserData, stableStringify } from './store-compare';

const entry = { id: 'a', label: 'A', account: '123456789012', roleName: 'R', rolePath: '/', partition: 'aws' as const };
const data = (extra: Partial<StoreData> = {}): StoreData => ({ ...emptyStore(), entries: [entry], ...extra });

describe('stableStringify', () => {
  it('does not depend on key order', () => expect(stableStringify({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(stableStringify({ a: [{ x: 1, y: 2 }], b: 1 })));
});

describe('sameUserData', () => {
  it('ignores the store\'s bookkeeping: change times, deletion records, where the list lives', () => {
    const other = data({ deleted: { z: 1 }, stamps: { bases: 3 }, entries: [{ ...entry, updatedAt: 9 }] });
    other.settings = { ...other.settings, storageArea: 'sync' };
    expect(sameUserData(data(), other)).toBe(true);
  });

  it('sees any change of entries, favourites, usage, groups or settings', () => {
    expect(sameUserData(data(), data({ favourites: ['a'] }))).toBe(false);
    expect(sameUserData(data(), data({ usage: { a: { count: 1, lastUsed: 1 } } }))).toBe(false);
  });
});

describe('describeStoreChanges', () => {
  it('names what changed, with counts', () => {
    const after = data({
      entries: [{ ...entry, label: 'B' }, { ...entry, id: 'c' }], favourites: ['a'], usage: { a: { count: 1, lastUsed: 1 } },
      groups: { G: { collapsed: true } }, bases: [{ name: 'b', account: '111122223333', partition: 'aws' }],
    });
    after.settings = { ...after.settings, theme: 'dark' };
    expect(describeStoreChanges(data(), after)).toEqual([
      { kind: 'entriesAdded', count: 1 }, { kind: 'entriesEdited', count: 1 }, { kind: 'favourites' }, { kind: 'usage' },
      { kind: 'groups' }, { kind: 'settings' }, { kind: 'bases' },
    ]);
    expect(describeStoreChanges(data({ entries: [entry, { ...entry, id: 'b' }] }), data({ entries: [{ ...entry, id: 'b' }, entry] }))).toEqual([{ kind: 'entriesReordered' }]);
    expect(describeStoreChanges(data(), data({ entries: [] }))).toEqual([{ kind: 'entriesRemoved', count: 1 }]);
  });
});

describe('replaceUserData', () => {
  it('writes the other state\'s user data, keeping where the list lives and the store\'s bookkeeping', () => {
    const target = data({ deleted: { x: 5 }, unreadable: ['junk'] });
    target.settings = { ...target.settings, storageArea: 'sync' };
    const source = data({ entries: [], favourites: [], usage: { q: { count: 1, lastUsed: 2 } } });
    source.settings = { ...source.settings, theme: 'dark' };
    replaceUserData(target, source);
    expect(target).toMatchObject({ entries: [], usage: { q: { count: 1, lastUsed: 2 } }, deleted: { x: 5 }, settings: { theme: 'dark', storageArea: 'sync' } });
    expect(target.unreadable).toBeUndefined();
    source.usage.q!.count = 7;
    expect(target.usage.q!.count).toBe(1);
  });
});
