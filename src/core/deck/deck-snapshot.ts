// core/deck: the popup's list of roles. Start here (the list as the popup shows it). rows.ts makes
// its lines, first-screen.ts the first screen kept ready, entry-ops.ts the changes the popup sends,
// reach.ts which entries the signed-in user can reach, shapes.ts checks copies that travelled.
//
// The whole list as the popup shows it, kept ready by the background in session storage: the
// popup reads it as plain data and needs none of the store's code (codec, sync layout, merge,
// repair). The background, which owns the store, writes it after every change.
import type { CoreIssue } from '../issues/issue';
import { sortByGroup } from '../search/default-order';
import type { StoreSnapshot } from '../store/store-engine';
import type { Entry, StoreData } from '../store/schema';
import { isDrawableData, isEntryLike, keptVersion1 } from './shapes';


export interface DeckSnapshot {
  version: 1;
  /** Every entry to show, the organisation's catalog (read-only) and the user's own, already in
   *  the default order's group-and-label order: sorting 5,000 entries with a collator cost the
   *  popup 50 ms at every opening. Only the display uses this order; changes go by id. */
  entries: Entry[];
  /** Favourites, usage, groups, bases and settings; its `entries` are left empty (see above). */
  data: StoreData;
  /** What repairing the saved data found. */
  issues: CoreIssue[];
  /** Why the synced list is not what is shown. */
  syncIssues: CoreIssue[];
}

export function deckOf(snapshot: Pick<StoreSnapshot, 'data' | 'catalog' | 'issues' | 'syncIssues'>): DeckSnapshot {
  return {
    version: 1,
    entries: sortByGroup([...snapshot.catalog, ...snapshot.data.entries]),
    data: { ...snapshot.data, entries: [] },
    issues: snapshot.issues,
    syncIssues: snapshot.syncIssues,
  };
}

/** The deck as it is kept: one JSON text. Storage hands a page thousands of small objects slowly
 *  (70 ms for 5,000 entries in Chromium); one string arrives at once and JSON.parse is fast. */
export function deckText(deck: DeckSnapshot): string {
  return JSON.stringify(deck);
}

/** The kept deck (its text, or the deck itself) if it is one; anything else: none, and the popup
 *  asks the background for it. */
export function readDeck(stored: unknown): DeckSnapshot | undefined {
  const value = keptVersion1(stored);
  const ok = value && Array.isArray(value.entries) && value.entries.every(isEntryLike) && isDrawableData(value.data) &&
    Array.isArray(value.issues) && Array.isArray(value.syncIssues);
  return ok ? (value as unknown as DeckSnapshot) : undefined;
}
