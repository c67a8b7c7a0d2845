// The whole list as the popup shows it, kept ready by the background in session storage: the
// popup reads it as plain data and needs none of the store's code (codec, sync layout, merge,
// repair). The background, which owns the store, writes it after every change.
import type { CoreIssue } from '../issue';
import type { StoreSnapshot } from '../store/store-engine';
import type { Entry, StoreData } from '../store/schema';
import { isEntryLike } from './entry-ops';

export const DECK_KEY = 'deck';

export interface DeckSnapshot {
  version: 1;
  data: StoreData;
  /** The organisation's catalog entries (read-only). */
  catalog: Entry[];
  /** What repairing the saved data found. */
  issues: CoreIssue[];
  /** Why the synced list is not what is shown. */
  syncIssues: CoreIssue[];
}

export function deckOf(snapshot: Pick<StoreSnapshot, 'data' | 'catalog' | 'issues' | 'syncIssues'>): DeckSnapshot {
  return { version: 1, data: snapshot.data, catalog: snapshot.catalog, issues: snapshot.issues, syncIssues: snapshot.syncIssues };
}

/** Every entry to show: the organisation's catalog, then the user's own. */
export function deckEntries(deck: Pick<DeckSnapshot, 'data' | 'catalog'>): Entry[] {
  return deck.catalog.length === 0 ? deck.data.entries : [...deck.catalog, ...deck.data.entries];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The stored deck, if it is one (anything else: none, and the popup asks the background). */
export function readDeck(value: unknown): DeckSnapshot | undefined {
  if (!isObject(value) || value.version !== 1 || !isObject(value.data)) return undefined;
  const data = value.data as Partial<StoreData>;
  const ok = Array.isArray(data.entries) && data.entries.every(isEntryLike) &&
    Array.isArray(value.catalog) && value.catalog.every(isEntryLike) &&
    Array.isArray(data.favourites) && isObject(data.usage) && isObject(data.settings) && isObject(data.groups) && Array.isArray(data.bases) &&
    Array.isArray(value.issues) && Array.isArray(value.syncIssues);
  return ok ? (value as unknown as DeckSnapshot) : undefined;
}
