// The one door to Switchyard's saved data. Everything reads a snapshot, changes it through
// updateStore (read, change, write: never from a stale copy in memory) and follows onStoreChanged.
import type { CoreIssue } from '../core/issue';
import { repairStore } from '../core/store/repair';
import { emptyStore, type Entry, type StoreData } from '../core/store/schema';
import { browser } from './browser';
import { writeKeys } from './storage';

const STORE_KEY = 'store';
/** Where the first release kept its list (version 0); read once, then superseded by STORE_KEY. */
const LEGACY_KEY = 'profiles';

export interface StoreSnapshot {
  data: StoreData;
  issues: CoreIssue[];
  /** Set when the data was written by a newer version: shown, never overwritten. */
  newerVersion?: number;
}

async function readStored(): Promise<unknown> {
  const items = await browser.storage.local.get([STORE_KEY, LEGACY_KEY]);
  if (items[STORE_KEY] !== undefined) return items[STORE_KEY];
  return items[LEGACY_KEY] !== undefined ? { version: 0, profiles: items[LEGACY_KEY] } : undefined;
}

function snapshotOf(stored: unknown): StoreSnapshot {
  const result = repairStore(stored);
  if ('newer' in result) return { data: emptyStore(), issues: result.issues, newerVersion: result.newer };
  return result;
}

export async function loadStore(): Promise<StoreSnapshot> {
  return snapshotOf(await readStored());
}

/** Applies `change` to the current saved data and writes it. Refuses (returns the snapshot
 *  unchanged) when the saved data belongs to a newer version. */
export async function updateStore(change: (data: StoreData) => void): Promise<StoreSnapshot> {
  const current = snapshotOf(await readStored());
  if (current.newerVersion !== undefined) return current;
  const data = structuredClone(current.data);
  change(data);
  await writeKeys('local', { [STORE_KEY]: data });
  return { data, issues: current.issues };
}

export function onStoreChanged(listener: (snapshot: StoreSnapshot) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORE_KEY in changes) listener(snapshotOf(changes[STORE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Every entry to show: the organisation's catalog (read-only) and the user's own. */
export function allEntries(snapshot: StoreSnapshot): Entry[] {
  return snapshot.data.entries;
}

export function newEntryId(): string {
  return crypto.randomUUID();
}
