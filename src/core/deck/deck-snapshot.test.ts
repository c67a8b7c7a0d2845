import { describe, expect, it } from 'vitest';
import { emptyStore } from '../store/schema';
import { generateEntries } from '../testing/generate-entries';
import { deckEntries, deckOf, readDeck } from './deck-snapshot';

describe('deck snapshot', () => {
  const [managed, ...own] = generateEntries(4, 9);
  const snapshot = { data: { ...emptyStore(), entries: own }, catalog: [{ ...managed!, managed: true as const }], issues: [], syncIssues: [] };

  it('lists the catalog first, then the user\'s own entries', () => {
    expect(deckEntries(deckOf(snapshot)).map((e) => e.id)).toEqual([managed!.id, ...own.map((e) => e.id)]);
  });

  it('reads back what was stored and refuses anything else', () => {
    const deck = deckOf(snapshot);
    expect(readDeck(structuredClone(deck))).toEqual(deck);
    for (const bad of [undefined, { ...deck, version: 2 }, { ...deck, catalog: [{ id: 'x' }] }, { ...deck, data: { ...deck.data, usage: null } }, { ...deck, issues: undefined }]) {
      expect(readDeck(bad)).toBeUndefined();
    }
  });
});
