import { describe, expect, it } from 'vitest';
import type { RankedEntry } from '../search/rank';
import { entry, report, role, user } from '../sessions/fixtures';
import { recordPage, type Session } from '../sessions/session-list';
import { buildRows, type Row } from './rows';
import { heldScrollTop, keptSelection, movedSelection, selectedRowOf } from './selection';

const NOW = 1_000_000_000;
const entries = ['a', 'b', 'admin', 'c'].map((id) => entry(id, id === 'admin' ? 'Admin' : id.toUpperCase()));
const ranked = entries.map((e): RankedEntry => ({ entry: e, score: 0, highlights: {}, section: { kind: 'group', name: 'Ops' } }));
const [base] = [report(1, NOW, user('aaaaaaaa')), report(2, NOW, role('Admin', 'bbbbbbbb'))].reduce<Session[]>((list, r) => recordPage(list, r), []);
const none = { collapsed: new Set<string>(), unreachable: 'grey' as const };
/** Before the sessions answer: the list as it always was. After: "Signed in now" on top. */
const before = buildRows(ranked, none);
const after = buildRows(ranked, { ...none, signedIn: { ids: new Set(['admin']), base } });
const keys = (rows: Row[], at: number) => rows[at]?.key;
/** Row tops as the popup draws them: headers 28 px, rows 46 px. */
const tops = (rows: Row[]) => rows.reduce<number[]>((list, row, index) => [...list, index === 0 ? 0 : list[index - 1]! + (rows[index - 1]!.kind === 'header' ? 28 : 46)], []);

describe('the selection with the base session’s row', () => {
  it('starts on the first entry, not on the base session’s row', () => {
    expect(after.rows.map((r) => r.key)).toEqual(['signed-in', 'signed-in:base', 'admin', 'group:Ops', 'a', 'b', 'c']);
    expect(keys(after.rows, selectedRowOf(after.rows, after.selectable, undefined))).toBe('admin');
  });

  it('moves onto the base session’s row with ↑ and off it with ↓, and stops at the ends', () => {
    const first = selectedRowOf(after.rows, after.selectable, undefined);
    expect(movedSelection(after.rows, after.selectable, first, -1)).toBe('signed-in:base');
    const onBase = selectedRowOf(after.rows, after.selectable, 'signed-in:base');
    expect(movedSelection(after.rows, after.selectable, onBase, -1)).toBe('signed-in:base');
    expect(movedSelection(after.rows, after.selectable, onBase, 1)).toBe('admin');
    // Across the header of the next section.
    expect(movedSelection(after.rows, after.selectable, onBase, 2)).toBe('a');
    expect(movedSelection(after.rows, after.selectable, onBase, 99)).toBe('c');
  });
});

describe('when the sessions answer re-arranges the list', () => {
  it('keeps the entry the user saw selected, though another is now first', () => {
    const shown = keys(before.rows, selectedRowOf(before.rows, before.selectable, undefined));
    expect(shown).toBe('a');
    const kept = keptSelection(shown, after.rows);
    expect(keys(after.rows, selectedRowOf(after.rows, after.selectable, kept))).toBe('a');
    // Nothing was shown yet, or the row is gone: the first entry as always.
    expect(keptSelection(undefined, after.rows)).toBeUndefined();
    expect(keptSelection('gone', after.rows)).toBeUndefined();
  });

  it('scrolls so that the row under the pointer stays where it was', () => {
    const was = { rows: before.rows, tops: tops(before.rows) };
    const is = { rows: after.rows, tops: tops(after.rows) };
    // "b" was drawn 74 px down an unscrolled list; three rows (28 + 46 + 46 px) came in above it.
    expect(was.tops[2]).toBe(74);
    const scrollTop = heldScrollTop(was, is, 'b', 0)!;
    expect(is.tops[5]! - scrollTop).toBe(74);
    expect(scrollTop).toBe(120);
    expect(heldScrollTop(was, is, 'gone', 0)).toBeUndefined();
  });
});
