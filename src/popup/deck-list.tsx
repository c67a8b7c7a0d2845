import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Row } from '../core/deck/rows';
import { heldScrollTop } from '../core/deck/selection';
import type { Highlights } from '../core/search/default-order';
import type { Session } from '../core/sessions/session-list';
import type { Entry } from '../core/store/schema';
import { t } from '../platform/i18n';
import { BaseSessionRow } from './base-session-row';
import { EntryRow } from './entry-row';

export const LIST_ID = 'deck-list';
const ENTRY_HEIGHT = 46;
const HEADER_HEIGHT = 28;
const VIEW_HEIGHT = 368;
// Rows drawn above and below the visible part, so that fast scrolling shows no gaps.
const OVERSCAN = 4;

interface Props {
  rows: Row[];
  selectedRow: number;
  /** The rows are being re-arranged under the user (the sessions answer): the row to keep where it
   *  is on screen, always, or only when the pointer is over the list or the list is scrolled (a
   *  fresh popup shows the new rows from the top). Without it, new rows start at the top. */
  hold?: { key: string; always: boolean };
  query: string;
  /** Highlights for a row of a broad query, whose ranking skipped them (from the search engine). */
  highlight?: (entry: Entry, query: string) => Highlights;
  activeId?: string;
  favourites: ReadonlySet<string>;
  hideAccountIds: boolean;
  /** Entry id → its signed-in session, and the background's time for "seen … ago". */
  signedIn: ReadonlyMap<string, Session>;
  now: number;
  onSelectRow: (row: number) => void;
  onPick: (row: number, newTab: boolean, signInAgain: boolean) => void;
  onToggleGroup: (name: string) => void;
  /** A group named after a base account is titled as the base is (with its alias). */
  sectionTitles: ReadonlyMap<string, string>;
}

/** Top of each row and the total height: rows differ in height (headers are lower). */
function layout(rows: Row[]): { tops: Float64Array; total: number } {
  const tops = new Float64Array(rows.length);
  let y = 0;
  rows.forEach((row, index) => {
    tops[index] = y;
    y += row.kind === 'header' ? HEADER_HEIGHT : ENTRY_HEIGHT;
  });
  return { tops, total: y };
}

function firstAtOrBelow(tops: Float64Array, y: number): number {
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (tops[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The list, windowed: only the rows in view (and a few around) exist in the DOM, so thousands of
 * entries cost what a screenful does — also on the first keystroke, which replaces the rows
 * instead of hiding thousands of them.
 */
export function DeckList({ rows, selectedRow, hold, query, highlight, activeId, favourites, hideAccountIds, signedIn, now, onSelectRow, onPick, onToggleGroup, sectionTitles }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const { tops, total } = useMemo(() => layout(rows), [rows]);
  const pointerOver = useRef(false);

  // A new list (another query) starts at the top; a re-arranged one keeps the held row in place,
  // so that it does not move under the pointer. Before the paint, so that nothing jumps.
  const before = useRef<{ rows: Row[]; tops: Float64Array }>(undefined);
  useLayoutEffect(() => {
    const box = scroller.current;
    const previous = before.current;
    before.current = { rows, tops };
    if (!box || !previous || previous.rows === rows) return;
    const keep = hold && (hold.always || pointerOver.current || box.scrollTop > 0);
    box.scrollTop = (keep && heldScrollTop(previous, { rows, tops }, hold.key, box.scrollTop)) || 0;
    setScrollTop(box.scrollTop);
  }, [rows, tops]);

  // Keep the selected row in view when the keyboard moves it.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || selectedRow < 0 || selectedRow >= rows.length) return;
    const top = tops[selectedRow]!;
    const previousHeader = selectedRow > 0 && rows[selectedRow - 1]?.kind === 'header' ? HEADER_HEIGHT : 0;
    if (top - previousHeader < box.scrollTop) box.scrollTop = top - previousHeader;
    else if (top + ENTRY_HEIGHT > box.scrollTop + box.clientHeight) box.scrollTop = top + ENTRY_HEIGHT - box.clientHeight;
  }, [selectedRow, rows, tops]);

  const first = Math.max(0, firstAtOrBelow(tops, scrollTop) - OVERSCAN);
  const last = Math.min(rows.length, firstAtOrBelow(tops, scrollTop + VIEW_HEIGHT) + 1 + OVERSCAN);
  const headers = [];
  const options = [];
  for (let index = first; index < last; index++) {
    const row = rows[index]!;
    if (row.kind === 'header') {
      const { kind } = row.section;
      const name = row.section.kind === 'group' ? row.section.name : undefined;
      const title = kind === 'favourites' ? t('sectionFavourites') : kind === 'recent' ? t('sectionRecent') : kind === 'signed-in' ? t('signedInSection')
        : (name && sectionTitles.get(name)) || name || t('sectionUngrouped');
      headers.push(
        <div key={row.key} class="section" style={{ top: `${tops[index]}px` }}>
          {kind === 'signed-in' ? (
            <span data-testid="signed-in-section">{title}</span>
          ) : name !== undefined ? (
            <button type="button" aria-expanded={!row.collapsed} onClick={() => onToggleGroup(name)}>
              <span aria-hidden="true">{row.collapsed ? '▸' : '▾'} </span>{title} <span class="count">{row.count}</span>
            </button>
          ) : (
            <span>{title}</span>
          )}
        </div>,
      );
    } else if (row.kind === 'base-session') {
      options.push(
        <BaseSessionRow
          key={row.key}
          session={row.session}
          now={now}
          hideAccountIds={hideAccountIds}
          selected={index === selectedRow}
          top={tops[index]!}
          onPick={() => onPick(index, false, false)}
          onHover={() => onSelectRow(index)}
        />,
      );
    } else {
      const { entry } = row.ranked;
      const session = signedIn.get(entry.id);
      options.push(
        <EntryRow
          key={row.key}
          ranked={row.ranked}
          query={query}
          highlight={highlight}
          selected={index === selectedRow}
          active={entry.id === activeId}
          favourite={favourites.has(entry.id)}
          reachable={row.reachable}
          hideAccountIds={hideAccountIds}
          signedIn={session && { session, now }}
          top={tops[index]!}
          onPick={(newTab, again) => onPick(index, newTab, again)}
          onHover={() => onSelectRow(index)}
        />,
      );
    }
  }
  return (
    <div
      class="scroller"
      ref={scroller}
      tabIndex={-1}
      style={{ height: `${Math.min(total, VIEW_HEIGHT)}px` }}
      onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}
      onMouseEnter={() => { pointerOver.current = true; }}
      onMouseLeave={() => { pointerOver.current = false; }}
    >
      <div class="canvas" style={{ height: `${total}px` }}>
        {headers}
        <ul id={LIST_ID} role="listbox" aria-label={t('profilesLabel')} tabIndex={-1}>
          {options}
        </ul>
      </div>
    </div>
  );
}
