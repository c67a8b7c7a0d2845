// The one door to Switchyard's saved data. Everything reads a snapshot and follows onStoreChanged;
// changes go through updateStore (read, change, write: never from a stale copy in memory), which
// only the background calls: the popup and the options page send it ops (background/deck-changes.ts,
// options-changes.ts). Every storage key is named in src/core/store/storage-keys.ts.
// The logic lives in src/core/store/store-engine.ts; this file runs it on the browser's storage.
import type { CoreIssue } from '../core/issues/issue';
import { CATALOG_ID_PREFIX } from '../core/store/catalog-id';
import { makeEntryId } from '../core/store/entry-id';
import * as engine from '../core/store/store-engine';
import type { Entry, StoreData } from '../core/store/schema';
import { LEGACY_KEY, SAVE_PROBLEM_KEY as PROBLEM_KEY, STORE_KEY, SYNC_COPY_KEY, TEST_POLICY_KEY } from '../core/store/storage-keys';
import { browser } from './browser';
import { storeDeps } from './storage-areas';

export type { StoreSnapshot, UpdateResult, StorageReport } from '../core/store/store-engine';

/** The saved data as this browser should show it: the user's list (from local or sync storage,
 *  wherever it lives) and the organisation's catalog. */
export function loadStore(): Promise<engine.StoreSnapshot> {
  return engine.loadStore(storeDeps());
}

/**
 * Applies `change` to the freshest saved data and writes it where the list lives (one writer at
 * a time across all windows). Just change `data`: the store stamps changed entries and remembers
 * deleted ones. Never throws on a full or failing storage: the result's `saved` is false and
 * `problem` says why (e.g. errSyncTooBig: the list does not fit in sync storage); nothing was
 * written and `data` is the list as it still is, unless `unread` says that even reading failed
 * (then `data` is empty and not the user's). `saved` true with a `problem`: the list was saved to
 * sync but this device's copy was not. Either problem is noted for the options page.
 */
export async function updateStore(change: (data: StoreData) => void): Promise<engine.UpdateResult> {
  const result = await engine.updateStore(storeDeps(), change);
  await noteProblem(result);
  return result;
}

/** A change that could not be saved, kept for the browser session so that the options page can
 *  say so (and offer local mode) whichever window the change was made in. */
export interface SaveProblem {
  problem: CoreIssue;
  /** The list itself was saved (to sync); only this device's part of the change was not. */
  listSaved?: boolean;
  tooBig?: { needed: number; available: number };
  at: number;
}

async function noteProblem(result: engine.UpdateResult): Promise<void> {
  // A note is a courtesy: failing to keep one must not turn a saved change into an error.
  try {
    // A saved change can still carry a problem (saved to sync, this device's copy not): say it too.
    if (result.problem) {
      const note: SaveProblem = {
        problem: result.problem,
        at: Date.now(),
        ...(result.saved && { listSaved: true }),
        ...(result.tooBig && { tooBig: result.tooBig }),
      };
      await browser.storage.session.set({ [PROBLEM_KEY]: note });
    } else if (result.saved) await browser.storage.session.remove(PROBLEM_KEY);
  } catch {
    // storage.session unavailable: the window that made the change still has the result
  }
}

/** The last change this browser could not save, if the next one has not succeeded since. */
export async function lastSaveProblem(): Promise<SaveProblem | undefined> {
  const note = (await browser.storage.session.get(PROBLEM_KEY))[PROBLEM_KEY];
  return typeof note === 'object' && note !== null && 'problem' in note ? (note as SaveProblem) : undefined;
}

/** Moves the list to sync storage (joining what other browsers synced; refused, with nothing
 *  changed, when it does not fit) or back to this browser only. */
export async function setStorageArea(area: 'local' | 'sync'): Promise<engine.UpdateResult> {
  const result = await engine.setStorageArea(storeDeps(), area);
  // Moving to local mode answers an earlier "does not fit"; a refused move is shown where it was asked.
  if (result.saved) await browser.storage.session.remove(PROBLEM_KEY);
  return result;
}

/** Sync space used and what the list needs there, for the options page (of `loaded`, the list
 *  it already has, when given). */
export function storageReport(loaded?: engine.StoreSnapshot): Promise<engine.StorageReport> {
  return engine.storageReport(storeDeps(), loaded);
}

const OUR_LOCAL_KEYS = [STORE_KEY, LEGACY_KEY, SYNC_COPY_KEY];

/**
 * Calls `listener` with a fresh snapshot whenever the saved data changes: in this window, another
 * window, another synced browser, or the organisation's policy. With `reconcile` (the background
 * only: it is the store's one writer), when another browser's list arrives in sync, this
 * browser's changes it lacks are merged back first (reconcileSync), so neither is lost; a page
 * only reads. Returns an unsubscribe.
 */
export function onStoreChanged(
  listener: (snapshot: engine.StoreSnapshot) => void,
  options: { reconcile?: boolean } = {},
): () => void {
  let running = false;
  let again = false;
  let reconcile = false;
  let stopped = false;
  // Bursts of changes (a sync write is several items) end in one fresh snapshot.
  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      if (reconcile) {
        reconcile = false;
        await engine.reconcileSync(storeDeps()).catch(() => undefined);
      }
      const snapshot = await loadStore().catch(() => undefined);
      if (snapshot && !stopped) listener(snapshot);
    } while (again && !stopped);
    running = false;
  };
  const handler = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    const ours =
      area === 'sync' || area === 'managed' ||
      (area === 'local' && keys.some((key) => OUR_LOCAL_KEYS.includes(key))) ||
      (area === 'session' && ((__SWITCHYARD_E2E__ && keys.includes(TEST_POLICY_KEY)) || keys.includes(PROBLEM_KEY)));
    if (!ours) return;
    if (area === 'sync' && options.reconcile) reconcile = true;
    void refresh();
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(handler);
  };
}

/** Every entry to show: the organisation's catalog (read-only, `managed: true`) and the user's own. */
export function allEntries(snapshot: engine.StoreSnapshot): Entry[] {
  return snapshot.catalog.length === 0 ? snapshot.data.entries : [...snapshot.catalog, ...snapshot.data.entries];
}

/** Whether an entry belongs to the organisation's catalog (cannot be edited or deleted). */
export function isCatalogEntry(entry: Pick<Entry, 'id'>): boolean {
  return entry.id.startsWith(CATALOG_ID_PREFIX);
}

/** A new entry id: 7 random base-32 characters (a clash with an existing id is resolved by the
 *  store when the entry is saved). */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let i = 0;
  return makeEntryId(() => bytes[i++ % bytes.length]! / 256);
}
