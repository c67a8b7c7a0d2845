import { describe, expect, it } from 'vitest';
import { defaultOrder } from '../search/default-order';
import { emptyStore } from '../store/schema';
import { generateEntries } from '../testing/generate-entries';
import { deckOf, deckText, readDeck } from './deck-snapshot';

describe('deck snapshot', () => {
  const [managed, ...own] = generateEntries(300, 9);
  const snapshot = { data: { ...emptyStore(), entries: own }, catalog: [{ ...managed!, managed: true as const }], issues: [], syncIssues: [] };

  it('holds the catalog and the user\'s entries in the default order, so that the popup sorts nothing', () => {
    const deck = deckOf(snapshot);
    expect(deck.entries).toHaveLength(300);
    const order = defaultOrder(deck.entries, { favourites: [], usage: {} }).map((r) => r.entry.id);
    expect(deck.entries.map((e) => e.id)).toEqual(order);
    expect(defaultOrder(deck.entries, { favourites: [], usage: {} }, { inOrder: true }).map((r) => r.entry.id)).toEqual(order);
    expect(deck.data.entries).toEqual([]);
    expect(snapshot.data.entries).toHaveLength(299); // the store's own list is left as it was
  });

  it('reads back what was kept and refuses anything else', () => {
    const deck = deckOf(snapshot);
    expect(readDeck(deckText(deck))).toEqual(deck);
    expect(readDeck(structuredClone(deck))).toEqual(deck);
    for (const bad of [undefined, deckText(deck).slice(0, -1), { ...deck, version: 2 }, { ...deck, entries: [{ id: 'x' }] },
      { ...deck, data: { ...deck.data, usage: null } }, { ...deck, issues: undefined }]) {
      expect(readDeck(bad)).toBeUndefined();
    }
  });
});
