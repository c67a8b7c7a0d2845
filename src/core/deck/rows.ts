import type { RankedEntry, Section } from '../search/rank';
import type { Session } from '../sessions/session-list';
import type { BaseAccount } from '../store/schema';
import { isReachable } from './reach';

/** The "Signed in now" block at the top of the empty search (issue #16). */
export type SignedInSection = { kind: 'signed-in' };

/** The selection key of the user's own signed-in session's row: no entry id the store makes has a colon. */
export const BASE_SESSION_KEY = 'signed-in:base';

/** One line of the popup's list: a section header, an entry, or the base session. */
export type Row =
  | { kind: 'header'; key: string; section: Section | SignedInSection; count: number; collapsed: boolean }
  | { kind: 'entry'; key: string; ranked: RankedEntry; reachable: boolean; signedInSection?: true }
  | { kind: 'base-session'; key: typeof BASE_SESSION_KEY; session: Session };

export interface RowOptions {
  /** Group names the user collapsed. */
  collapsed: ReadonlySet<string>;
  /** The signed-in base, when it is a known one. */
  base?: BaseAccount;
  /** Entries the base cannot reach: shown greyed, or left out. */
  unreachable: 'grey' | 'hide';
  /** The empty search only: the signed-in entries (by id) move from where they would be to a
   *  "Signed in now" section at the top, after the base session's row. Moved, not repeated: an
   *  entry has one row, so its row id and its selection key stay unique. */
  signedIn?: { ids: ReadonlySet<string>; base?: Session };
  /** Drawing only the first rows of the list (the kept first screen): the whole list's count per
   *  section (by key), which the headers say instead of the rows' own. */
  counts?: Readonly<Record<string, number>>;
}

export interface Rows {
  rows: Row[];
  /** Row indexes of the entries, in order: what ↑/↓ move over. */
  selectable: number[];
  /** Entries left out because the signed-in base cannot reach them. */
  hiddenUnreachable: number;
}

/** A section's key: its header row's key, and how counts are kept (first-screen.ts). */
export const sectionKey = (section: Section): string => (section.kind === 'group' ? `group:${section.name}` : section.kind);

/** The "Signed in now" section: its header, the base session, the signed-in entries in the order
 *  they are ranked. A signed-in entry is shown even when its base is another: it is signed in
 *  already, so reaching it needs no switch from the current base. */
function signedInRows(ranked: readonly RankedEntry[], signedIn: NonNullable<RowOptions['signedIn']>, rows: Row[], selectable: number[]): void {
  const items = ranked.filter((item) => signedIn.ids.has(item.entry.id));
  if (items.length === 0 && !signedIn.base) return;
  const count = items.length + (signedIn.base ? 1 : 0);
  rows.push({ kind: 'header', key: 'signed-in', section: { kind: 'signed-in' }, count, collapsed: false });
  if (signedIn.base) {
    selectable.push(rows.length);
    rows.push({ kind: 'base-session', key: BASE_SESSION_KEY, session: signedIn.base });
  }
  for (const item of items) {
    selectable.push(rows.length);
    rows.push({ kind: 'entry', key: item.entry.id, ranked: item, reachable: true, signedInSection: true });
  }
}

/**
 * The lines to draw for a ranked list. Search results are one flat block; the default order gets
 * a header per section, and a collapsed group keeps only its header.
 */
export function buildRows(ranked: readonly RankedEntry[], options: RowOptions): Rows {
  const rows: Row[] = [];
  const selectable: number[] = [];
  let hiddenUnreachable = 0;
  let header: Extract<Row, { kind: 'header' }> | undefined;
  const { signedIn } = options;
  if (signedIn) signedInRows(ranked, signedIn, rows, selectable);
  for (const item of ranked) {
    if (signedIn?.ids.has(item.entry.id)) continue;
    const reachable = isReachable(item.entry, options.base);
    if (!reachable && options.unreachable === 'hide') {
      hiddenUnreachable++;
      continue;
    }
    if (item.section) {
      const key = sectionKey(item.section);
      if (header?.key !== key) {
        const collapsed = item.section.kind === 'group' && options.collapsed.has(item.section.name);
        header = { kind: 'header', key, section: item.section, count: options.counts?.[key] ?? 0, collapsed };
        rows.push(header);
      }
      if (options.counts?.[key] === undefined) header.count++;
      if (header.collapsed) continue;
    }
    selectable.push(rows.length);
    rows.push({ kind: 'entry', key: item.entry.id, ranked: item, reachable });
  }
  return { rows, selectable, hiddenUnreachable };
}
