import { describe, expect, it } from 'vitest';
import type { Entry } from '../store/schema';
import { highlightsFor, rankEntries, RECENT_LIMIT } from './rank';

const entry = (id: string, label: string, extra: Partial<Entry> = {}): Entry => ({
  id, label, account: '123456789012', roleName: 'ReadOnly', rolePath: '/', partition: 'aws', ...extra,
});
const none = { favourites: [], usage: {} };
const labels = (ranked: ReturnType<typeof rankEntries>) => ranked.map((r) => r.entry.label);

const list: Entry[] = [
  entry('a', 'Production Admin', { roleName: 'Admin' }),
  entry('b', 'Staging Admin', { roleName: 'Admin', account: '210987654321' }),
  entry('c', 'Production read-only', { account: 'acme-prod', group: 'Payments' }),
  entry('d', 'Sandbox', { displayName: 'Play area', rolePath: '/team/', roleName: 'Builder' }),
  entry('e', 'Parade'),
];

describe('rankEntries', () => {
  it('matches every term in any word order', () => {
    expect(labels(rankEntries('admin production', list, none))).toEqual(['Production Admin']);
    expect(labels(rankEntries('production admin', list, none))).toEqual(['Production Admin']);
  });

  it('tolerates small gaps inside a term: "prd adm" finds Production Admin', () => {
    expect(labels(rankEntries('prd adm', list, none))[0]).toBe('Production Admin');
  });

  it('is case-insensitive', () => expect(labels(rankEntries('STAGING', list, none))).toEqual(['Staging Admin']));

  it('searches account ids, aliases, role names with their path, display names and groups', () => {
    expect(labels(rankEntries('210987', list, none))).toEqual(['Staging Admin']);
    expect(labels(rankEntries('acme', list, none))).toEqual(['Production read-only']);
    expect(labels(rankEntries('team/build', list, none))).toEqual(['Sandbox']);
    expect(labels(rankEntries('play area', list, none))).toEqual(['Sandbox']);
    expect(labels(rankEntries('payments', list, none))).toEqual(['Production read-only']);
  });

  it('puts a clean word match above a gappy one', () => {
    const ranked = labels(rankEntries('prod', list, none));
    expect(ranked.slice(0, 2).sort()).toEqual(['Production Admin', 'Production read-only']);
    expect(labels(rankEntries('prd', list, none)).at(-1)).toBe('Parade');
  });

  it('highlights the matched characters in the field they were found in', () => {
    const [best] = rankEntries('adm', list, { favourites: [], usage: {} }).filter((r) => r.entry.id === 'a');
    expect(best!.highlights.label).toEqual([[11, 14]]);
    expect(best!.highlights.roleName).toBeUndefined();
    expect(highlightsFor(list[3]!, 'sandbox')).toEqual({ label: [[0, 7]] });
  });

  it('breaks ties by favourites first, then by the most recent use', () => {
    const twins = [entry('x', 'Audit one'), entry('y', 'Audit two'), entry('z', 'Audit six')];
    expect(labels(rankEntries('audit', twins, { favourites: ['z'], usage: {} }))[0]).toBe('Audit six');
    const usage = { y: { count: 1, lastUsed: 10 }, x: { count: 9, lastUsed: 5 } };
    expect(labels(rankEntries('audit', twins, { favourites: [], usage }))).toEqual(['Audit two', 'Audit one', 'Audit six']);
    expect(labels(rankEntries('audit', twins, { favourites: ['x'], usage }))).toEqual(['Audit one', 'Audit two', 'Audit six']);
  });

  it('keeps the list\'s own order (the default order\'s groups and labels) among matches still tied', () => {
    const twins = [entry('x', 'Audit one'), entry('y', 'Audit two'), entry('z', 'Audit six'), entry('w', 'Audit ten')];
    const none = { favourites: [], usage: {} };
    expect(labels(rankEntries('audit', twins, none))).toEqual(['Audit one', 'Audit two', 'Audit six', 'Audit ten']);
    expect(labels(rankEntries('audit', [...twins].reverse(), none))).toEqual(['Audit ten', 'Audit six', 'Audit two', 'Audit one']);
    // Favourites and recent use still come first.
    expect(labels(rankEntries('a', twins, { favourites: ['w'], usage: { y: { count: 1, lastUsed: 3 } } }))).toEqual(['Audit ten', 'Audit two', 'Audit one', 'Audit six']);
  });

  it('finds Japanese text as substrings, in any order, with highlights', () => {
    const jp = [entry('j1', '本番 管理者'), entry('j2', '検証環境', { group: '決済' })];
    expect(labels(rankEntries('管理 本番', jp, none))).toEqual(['本番 管理者']);
    expect(labels(rankEntries('決済', jp, none))).toEqual(['検証環境']);
    expect(rankEntries('管理', jp, none)[0]!.highlights).toEqual({ label: [[3, 5]] });
  });

  it('puts the role whose label is the whole query first, above one whose fields hold its terms apart', () => {
    const named = [
      entry('g', 'innovation-sandbox (PowerUserAccess)', { roleName: 'PowerUserAccess', group: 'Research' }),
      entry('t', 'research-sandbox-poweruser', { roleName: 'PowerUserAccess', group: 'Research' }),
      entry('u', 'research-sandbox-poweruser-eu', { roleName: 'PowerUserAccess' }),
    ];
    expect(labels(rankEntries('research-sandbox-poweruser', named, none))).toEqual([
      'research-sandbox-poweruser', 'research-sandbox-poweruser-eu', 'innovation-sandbox (PowerUserAccess)',
    ]);
    expect(labels(rankEntries('Research Sandbox', named, none))[0]).toBe('research-sandbox-poweruser');
  });

  it('returns nothing for a query nothing matches', () => expect(rankEntries('zzzz', list, none)).toEqual([]));

  it('narrows correctly while typing on, and widens again when the query is edited', () => {
    expect(rankEntries('p', list, none).length).toBeGreaterThan(rankEntries('pro', list, none).length);
    expect(labels(rankEntries('prod adm', list, none))).toEqual(['Production Admin']);
    expect(labels(rankEntries('sta', list, none))).toEqual(['Staging Admin']);
  });
});

describe('the default order (empty query)', () => {
  it('is favourites in the user order, then recently used (most recent first), then groups', () => {
    const usage = { b: { count: 1, lastUsed: 100 }, e: { count: 3, lastUsed: 200 }, a: { count: 1, lastUsed: 300 } };
    const ranked = rankEntries('  ', list, { favourites: ['d', 'a'], usage });
    expect(ranked.map((r) => [r.entry.id, r.section?.kind])).toEqual([
      ['d', 'favourites'], ['a', 'favourites'], ['e', 'recent'], ['b', 'recent'], ['c', 'group'],
    ]);
    expect(ranked[4]!.section).toEqual({ kind: 'group', name: 'Payments' });
  });

  it('shows at most RECENT_LIMIT recent entries; the rest fall into their groups', () => {
    const many = Array.from({ length: RECENT_LIMIT + 3 }, (_, i) => entry(`m${i}`, `Entry ${i}`));
    const usage = Object.fromEntries(many.map((e, i) => [e.id, { count: 1, lastUsed: i }]));
    const ranked = rankEntries('', many, { favourites: [], usage });
    expect(ranked.filter((r) => r.section?.kind === 'recent')).toHaveLength(RECENT_LIMIT);
    expect(ranked[0]!.entry.id).toBe(`m${RECENT_LIMIT + 2}`);
  });

  it('lists named groups alphabetically and the ungrouped last, by label within a group', () => {
    const grouped = [entry('1', 'b', { group: 'Zeta' }), entry('2', 'a'), entry('3', 'c', { group: 'Alpha' }), entry('4', 'a', { group: 'Zeta' })];
    expect(rankEntries('', grouped, none).map((r) => r.entry.id)).toEqual(['3', '4', '1', '2']);
  });
});
