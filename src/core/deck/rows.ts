import type { RankedEntry, Section } from '../search/rank';
import type { BaseAccount } from '../store/schema';
import { isReachable } from './reach';

/** One line of the popup's list: a section header or an entry. */
export type Row =
  | { kind: 'header'; key: string; section: Section; count: number; collapsed: boolean }
  | { kind: 'entry'; key: string; ranked: RankedEntry; reachable: boolean };

export interface RowOptions {
  /** Group names the user collapsed. */
  collapsed: ReadonlySet<string>;
  /** The signed-in base, when it is a known one. */
  base?: BaseAccount;
  /** Entries the base cannot reach: shown greyed, or left out. */
  unreachable: 'grey' | 'hide';
}

export interface Rows {
  rows: Row[];
  /** Row indexes of the entries, in order: what ↑/↓ move over. */
  selectable: number[];
  /** Entries left out because the signed-in base cannot reach them. */
  hiddenUnreachable: number;
}

const sectionKey = (section: Section): string => (section.kind === 'group' ? `group:${section.name}` : section.kind);

/**
 * The lines to draw for a ranked list. Search results are one flat block; the default order gets
 * a header per section, and a collapsed group keeps only its header.
 */
export function buildRows(ranked: readonly RankedEntry[], options: RowOptions): Rows {
  const rows: Row[] = [];
  const selectable: number[] = [];
  let hiddenUnreachable = 0;
  let header: Extract<Row, { kind: 'header' }> | undefined;
  for (const item of ranked) {
    const reachable = isReachable(item.entry, options.base);
    if (!reachable && options.unreachable === 'hide') {
      hiddenUnreachable++;
      continue;
    }
    if (item.section) {
      const key = sectionKey(item.section);
      if (header?.key !== key) {
        const collapsed = item.section.kind === 'group' && options.collapsed.has(item.section.name);
        header = { kind: 'header', key, section: item.section, count: 0, collapsed };
        rows.push(header);
      }
      header.count++;
      if (header.collapsed) continue;
    }
    selectable.push(rows.length);
    rows.push({ kind: 'entry', key: item.entry.id, ranked: item, reachable });
  }
  return { rows, selectable, hiddenUnreachable };
}
