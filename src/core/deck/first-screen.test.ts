import { describe, expect, it } from 'vitest';
import { defaultOrder } from '../search/default-order';
import { emptyStore } from '../store/schema';
import { generateEntries } from '../testing/generate-entries';
import { FIRST_SCREEN_ROWS, firstScreenOf, readFirstScreen } from './first-screen';

describe('first screen', () => {
  const entries = generateEntries(300, 3);
  const data = { ...emptyStore(), entries, favourites: [entries[10]!.id], usage: { [entries[20]!.id]: { count: 2, lastUsed: 5 } } };
  data.settings.hideAccountIds = true;

  it('holds exactly the first rows of the default order, with the settings to draw them', () => {
    const screen = firstScreenOf(data, entries);
    expect(screen.total).toBe(300);
    const order = defaultOrder(entries, data).slice(0, FIRST_SCREEN_ROWS).map((r) => r.entry.id);
    expect(screen.data.entries.map((e) => e.id)).toEqual(order);
    expect(defaultOrder(screen.data.entries, screen.data).map((r) => r.entry.id)).toEqual(order);
    expect(screen.data.settings.hideAccountIds).toBe(true);
    expect(screen.data.favourites).toEqual([entries[10]!.id]);
  });

  it('counts the whole list\'s entries in each section the first rows show, for their headers', () => {
    const screen = firstScreenOf(data, entries);
    const order = defaultOrder(entries, data);
    const shown = new Set(order.slice(0, FIRST_SCREEN_ROWS).map((r) => (r.section!.kind === 'group' ? `group:${r.section!.name}` : r.section!.kind)));
    expect(Object.keys(screen.counts!).sort()).toEqual([...shown].sort());
    expect(screen.counts!.favourites).toBe(1);
    expect(screen.counts!.recent).toBe(1);
    for (const key of shown) {
      if (!key.startsWith('group:')) continue;
      expect(screen.counts![key]).toBe(order.filter((r) => r.section?.kind === 'group' && `group:${r.section.name}` === key).length);
    }
    // A copy kept by an older version has none; damaged counts are left out.
    const { counts: _, ...older } = screen;
    expect(readFirstScreen(JSON.stringify(older))).toEqual(older);
    expect(readFirstScreen({ ...screen, counts: { 'group:x': 'many' } })?.counts).toBeUndefined();
  });

  it('reads back what it wrote and refuses anything else', () => {
    const screen = firstScreenOf(data, entries);
    expect(readFirstScreen(JSON.parse(JSON.stringify(screen)))).toEqual(screen);
    expect(readFirstScreen(JSON.stringify(screen))).toEqual(screen); // the popup's own copy, as text
    expect(readFirstScreen(JSON.stringify(screen).slice(0, -1))).toBeUndefined();
    expect(readFirstScreen(undefined)).toBeUndefined();
    expect(readFirstScreen({ ...screen, version: 2 })).toBeUndefined();
    expect(readFirstScreen({ ...screen, data: { ...screen.data, entries: [{ id: 1 }] } })).toBeUndefined();
  });
});
