import { describe, expect, it } from 'vitest';
import { emptyStore, type Entry, type StoreData } from '../store/schema';
import { applyStoreOp, duplicateDraft, moveFavourite, readStoreOp, removeEntry, restoreEntry, toggleFavourite } from './entry-ops';

const entry = (id: string): Entry => ({ id, label: id.toUpperCase(), account: '123456789012', roleName: 'R', rolePath: '/', partition: 'aws' });
function data(): StoreData {
  return { ...emptyStore(), entries: ['a', 'b', 'c'].map(entry), favourites: ['c', 'a'], usage: { a: { count: 2, lastUsed: 7 } } };
}

describe('favourites', () => {
  it('toggles an entry in and out of the favourites, appending at the end', () => {
    const d = data();
    toggleFavourite(d, 'b');
    expect(d.favourites).toEqual(['c', 'a', 'b']);
    toggleFavourite(d, 'a');
    expect(d.favourites).toEqual(['c', 'b']);
  });

  it('reorders one step at a time and refuses to move past either end', () => {
    const d = data();
    expect(moveFavourite(d, 'a', -1)).toBe(true);
    expect(d.favourites).toEqual(['a', 'c']);
    expect(moveFavourite(d, 'a', -1)).toBe(false);
    expect(moveFavourite(d, 'b', 1)).toBe(false);
  });
});

describe('delete and undo', () => {
  it('removes the entry with its favourite place and usage, and undo restores all three where they were', () => {
    const d = data();
    const removed = removeEntry(d, 'a')!;
    expect(d.entries.map((e) => e.id)).toEqual(['b', 'c']);
    expect(d.favourites).toEqual(['c']);
    expect(d.usage).toEqual({});
    restoreEntry(d, removed);
    expect(d).toEqual(data());
  });

  it('keeps changes made between the delete and the undo', () => {
    const d = data();
    const removed = removeEntry(d, 'a')!;
    d.entries.push(entry('z'));
    restoreEntry(d, removed);
    expect(d.entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'z']);
  });

  it('does not add the entry twice when undone twice', () => {
    const d = data();
    const removed = removeEntry(d, 'b')!;
    restoreEntry(d, removed);
    restoreEntry(d, removed);
    expect(d.entries).toHaveLength(3);
  });
});

it('duplicates an entry as a new draft: no id, no managed flag, a copy label', () => {
  const copy = duplicateDraft({ ...entry('a'), managed: true, group: 'Ops', updatedAt: 3 }, (l) => `${l} (copy)`);
  expect(copy).toEqual({ ...entry('a'), id: '', label: 'A (copy)', group: 'Ops' });
});

describe('store ops (the popup asks, the background applies)', () => {
  const newId = () => 'new1';

  it('applies each op as its function does, and a delete gives back what the undo needs', () => {
    const d = data();
    expect(applyStoreOp(d, { kind: 'toggleFavourite', id: 'b' }, newId)).toEqual({});
    expect(d.favourites).toEqual(['c', 'a', 'b']);
    applyStoreOp(d, { kind: 'moveFavourite', id: 'b', delta: -1 }, newId);
    expect(d.favourites).toEqual(['c', 'b', 'a']);
    const { removed } = applyStoreOp(d, { kind: 'remove', id: 'a' }, newId);
    expect(d.entries.map((e) => e.id)).toEqual(['b', 'c']);
    applyStoreOp(d, { kind: 'restore', removed: removed! }, newId);
    expect(d).toEqual({ ...data(), favourites: ['c', 'b', 'a'] });
    applyStoreOp(d, { kind: 'toggleGroup', name: 'Prod' }, newId);
    expect(d.groups.Prod).toEqual({ collapsed: true });
    applyStoreOp(d, { kind: 'toggleGroup', name: 'Prod' }, newId);
    expect(d.groups.Prod).toEqual({});
  });

  it("gives a new entry the store's id and replaces an edited one in its place", () => {
    const d = data();
    expect(applyStoreOp(d, { kind: 'putEntry', entry: { ...entry('x'), id: '' } }, newId)).toEqual({ id: 'new1' });
    expect(d.entries.at(-1)).toMatchObject({ id: 'new1', label: 'X' });
    expect(applyStoreOp(d, { kind: 'putEntry', entry: { ...entry('b'), label: 'Bee' } }, newId)).toEqual({ id: 'b' });
    expect(d.entries.map((e) => e.label)).toEqual(['A', 'Bee', 'C', 'X']);
  });

  it('reads only well-formed ops from a message', () => {
    expect(readStoreOp({ kind: 'remove', id: 'a' })).toEqual({ kind: 'remove', id: 'a' });
    expect(readStoreOp({ kind: 'moveFavourite', id: 'a', delta: 1 })).toBeDefined();
    for (const bad of [null, 'remove', { kind: 'remove' }, { kind: 'remove', id: '' }, { kind: 'moveFavourite', id: 'a', delta: 2 },
      { kind: 'putEntry', entry: { id: 'a' } }, { kind: 'restore', removed: { entry: entry('a'), index: 'x', favouriteIndex: 0 } }, { kind: 'clear' }]) {
      expect(readStoreOp(bad)).toBeUndefined();
    }
  });
});
