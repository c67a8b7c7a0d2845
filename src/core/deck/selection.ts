// Which row of the popup's list is selected, how the keys move it, and what stays put when the
// list is re-arranged under the user (the sessions answer arriving after the first rows, issue #16).
import type { Row } from './rows';

/** The selected row's index: the one chosen (by key), else the first entry. The base session's row
 *  is selected only when asked for (↑, the mouse): Enter on a fresh popup switches to an entry, as
 *  it always did. -1 when nothing can be selected. */
export function selectedRowOf(rows: readonly Row[], selectable: readonly number[], selectedKey: string | undefined): number {
  const at = selectedKey === undefined ? -1 : rows.findIndex((r) => r.kind !== 'header' && r.key === selectedKey);
  return at !== -1 ? at : (selectable.find((index) => rows[index]!.kind === 'entry') ?? selectable[0] ?? -1);
}

/** The key of the row `steps` selectable rows away (stopping at either end), the base session's
 *  row included. */
export function movedSelection(rows: readonly Row[], selectable: readonly number[], selectedRow: number, steps: number): string | undefined {
  if (selectable.length === 0) return undefined;
  const at = Math.max(0, selectable.indexOf(selectedRow));
  return rows[selectable[Math.min(selectable.length - 1, Math.max(0, at + steps))]!]!.key;
}

/** The list is being re-arranged under the user (not by them): the key of the row they saw
 *  selected, to keep selected, when it is still in the list. Nothing was shown yet: undefined. */
export function keptSelection(shownKey: string | undefined, rows: readonly Row[]): string | undefined {
  return shownKey !== undefined && rows.some((r) => r.kind !== 'header' && r.key === shownKey) ? shownKey : undefined;
}

/** Where to scroll so that the row `key` stays where it was on screen when the rows change from
 *  `before` to `after` (row tops in px); undefined when it is not in both. */
export function heldScrollTop(
  before: { rows: readonly Row[]; tops: ArrayLike<number> },
  after: { rows: readonly Row[]; tops: ArrayLike<number> },
  key: string,
  scrollTop: number,
): number | undefined {
  const was = before.rows.findIndex((r) => r.key === key);
  const is = after.rows.findIndex((r) => r.key === key);
  if (was === -1 || is === -1) return undefined;
  return Math.max(0, after.tops[is]! - (before.tops[was]! - scrollTop));
}
