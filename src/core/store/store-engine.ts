// core/store: everything Switchyard keeps, and how. Start here. schema.ts is the one shape,
// migrations.ts and repair.ts read older or damaged data, merge-copies.ts joins two copies,
// local-copy.ts is what storage.local holds, catalog.ts the organisation's policy catalog,
// area.ts the little of a storage area the store needs; packing/ fits the list into storage.sync.
//
// The store's logic, on injected storage areas: load, change, switch between local and sync,
// and fold in what another browser synced. src/platform/store.ts runs it on the browser's areas.
//
// Where things live:
//   local `store`      the whole list as JSON (local mode); in sync mode only what stays on the
//                      device: usage counts and settings (the storage area among them)
//   local `syncCopy`   sync mode: this browser's last good copy of the synced list, packed as in
//                      sync (a tenth of the JSON, so quicker to read and write), and the sync
//                      write it matches: when sync still names that write, nothing else is read
//   sync  `list` + `l<write>.<n>`  the packed list and its manifest (sync-layout.ts)
//   managed            the organisation's catalog (catalog.ts)
import { coreIssue, type CoreIssue } from '../issues/issue';
import type { StoreDeps } from './area';
import { readCatalog } from './catalog';
import { makeEntryId } from './entry-id';
import { devicePart, localSyncItems, readLocal, type LocalState, type SyncCopy } from './local-copy';
import { mergeStores, sameSynced, stampChange } from './merge-copies';
import { emptyStore, type Entry, type StoreData } from './schema';
import { encodeStore } from './packing/store-codec';
import { notReadIssue, syncReadIssue, writeErrorIssue } from './store-issues';
import { readSync, writeSync, type SyncView } from './packing/sync-io';
import { STORE_KEY, SYNC_COPY_KEY, SYNC_MANIFEST_KEY as MANIFEST_KEY } from './storage-keys';
import { makeWriteId, parseManifest, planSyncWrite, syncUsage, type SyncItems, type SyncUsage } from './packing/sync-layout';


export interface StoreSnapshot {
  data: StoreData;
  /** What repairing the saved data found (entries that could not be read, settings reset). */
  issues: CoreIssue[];
  /** Set when the data was written by a newer version: shown, never overwritten. */
  newerVersion?: number;
  /** Sync mode: why the synced list is not what is shown (damaged, still arriving, newer); the
   *  data is then this browser's last good copy. */
  syncIssues: CoreIssue[];
  /** The organisation's catalog entries (managed: true, read-only). */
  catalog: Entry[];
  catalogName?: string;
  /** Why (part of) the organisation's policy was ignored. */
  catalogIssues: CoreIssue[];
}

export interface UpdateResult extends StoreSnapshot {
  /** False when nothing was written; `problem` says why, and `data` is the list as it still is.
   *  True with a `problem`: the list was saved, but this device's part of the change (usage
   *  counts) was not. Never a rejected promise: every failure is told here. */
  saved: boolean;
  problem?: CoreIssue;
  /** Set when the list does not fit in sync storage (bytes). */
  tooBig?: { needed: number; available: number };
  /** Set when even reading failed: `data` is then an empty list, not the user's. A caller keeps
   *  what it last showed rather than take it for the list. */
  unread?: true;
}

type CatalogPart = Pick<StoreSnapshot, 'catalog' | 'catalogName' | 'catalogIssues'>;

async function catalogOf(deps: StoreDeps): Promise<CatalogPart> {
  if (!deps.managed) return { catalog: [], catalogIssues: [] };
  let policy: unknown;
  try {
    policy = await deps.managed.get(null);
  } catch {
    // Firefox rejects when no policy is set at all: no catalog, nothing to report.
    return { catalog: [], catalogIssues: [] };
  }
  const { entries, name, issues } = readCatalog(policy);
  return { catalog: entries, catalogIssues: issues, ...(name && { catalogName: name }) };
}

function snapshotOf(local: LocalState, catalog: CatalogPart, data: StoreData, syncIssues: CoreIssue[] = []): StoreSnapshot {
  return { data, issues: local.issues, syncIssues, ...catalog, ...(local.newer !== undefined && { newerVersion: local.newer }) };
}

/** The list as this browser should show it now. */
export async function loadStore(deps: StoreDeps): Promise<StoreSnapshot> {
  // In sync mode the manifest is asked for while this browser's copy is being decoded.
  let manifestRead: Promise<Record<string, unknown>> | undefined;
  const startManifestRead = () => {
    manifestRead = deps.sync.get(MANIFEST_KEY);
    manifestRead.catch(() => undefined); // awaited below, where a failure still rejects the load
  };
  const [local, catalog] = await Promise.all([readLocal(deps.local, startManifestRead), catalogOf(deps)]);
  if (local.newer !== undefined || local.data.settings.storageArea !== 'sync') return snapshotOf(local, catalog, local.data);

  // Most loads: the manifest names the write this browser's copy came from; nothing to decode.
  const manifest = parseManifest((await (manifestRead ?? deps.sync.get(MANIFEST_KEY)))[MANIFEST_KEY]);
  if (typeof manifest === 'object' && manifest.write === local.syncedWrite) return snapshotOf(local, catalog, local.data);
  const view = await readSync(await deps.sync.get(null), local.syncedWrite);
  switch (view.kind) {
    case 'ok':
      // Another browser wrote: its list, with whatever this copy has that it lacks.
      return snapshotOf(local, catalog, mergeStores(local.data, view.data, now(deps)));
    case 'newer':
      return snapshotOf(local, catalog, local.data, [syncReadIssue(view)!]);
    case 'unreadable':
      return snapshotOf(local, catalog, local.data, [view.issue]);
    default:
      return snapshotOf(local, catalog, local.data);
  }
}

const now = (deps: StoreDeps) => (deps.now ?? Date.now)();
const random = (deps: StoreDeps) => deps.random ?? Math.random;
const exclusive = <T>(deps: StoreDeps, task: () => Promise<T>) => (deps.exclusive ? deps.exclusive(task) : task());

function freshId(deps: StoreDeps): (taken: (id: string) => boolean) => string {
  return (taken) => {
    for (;;) {
      const id = makeEntryId(random(deps));
      if (!taken(id)) return id;
    }
  };
}

/** The data sync mode works from: this browser's copy merged with what sync holds. */
async function syncBase(deps: StoreDeps, local: LocalState): Promise<{ items: SyncItems; view: SyncView; base: StoreData }> {
  const items = await deps.sync.get(null);
  const view = await readSync(items, local.syncedWrite);
  return { items, view, base: view.kind === 'ok' ? mergeStores(local.data, view.data, now(deps)) : local.data };
}

/**
 * Applies `change` to the freshest data and saves it where the list lives. Returns what is saved
 * now; when the change cannot be saved (too big for sync, a quota, data from a newer version)
 * nothing is written anywhere, `saved` is false and `problem` says why.
 */
export function updateStore(deps: StoreDeps, change: (data: StoreData) => void): Promise<UpdateResult> {
  return exclusive(deps, () => neverThrows(async (seen) => {
    const [local, catalog] = await Promise.all([readLocal(deps.local), catalogOf(deps)]);
    const snapshot = (data: StoreData, syncIssues: CoreIssue[] = []) => snapshotOf(local, catalog, data, syncIssues);
    seen(snapshot(local.data));
    if (local.newer !== undefined) return { ...snapshot(local.data), saved: false, problem: coreIssue('errStoreNewer', [local.newer]) };
    if (local.data.settings.storageArea !== 'sync') {
      const data = applyChange(deps, local.data, change);
      try {
        await deps.local.set({ [STORE_KEY]: data });
      } catch (error) {
        return { ...snapshot(local.data), saved: false, problem: writeErrorIssue(error) };
      }
      return { ...snapshot(data), saved: true };
    }

    const { items, view, base } = await syncBase(deps, local);
    if (view.kind === 'newer') {
      const problem = syncReadIssue(view)!;
      return { ...snapshot(local.data, [problem]), saved: false, problem };
    }
    const syncIssues = view.kind === 'unreadable' ? [view.issue] : [];
    const data = applyChange(deps, base, change);
    // Usage counts and device settings stay on this device: a change of only those (every switch
    // records one) never writes to sync, whatever sync holds. The packed copy stays as it is
    // (or becomes what sync holds, when that is exactly this browser's list).
    if (sameSynced(data, base)) {
      const copy = view.kind === 'ok' && sameSynced(base, view.data) ? view.copy : undefined;
      // Without a copy of the list here (none yet, or damaged), `store` keeps the whole list.
      const items = copy ? localSyncItems(data, copy) : { [STORE_KEY]: local.syncedWrite === undefined ? data : devicePart(data) };
      await deps.local.set(items);
      return { ...snapshot(data, syncIssues), saved: true };
    }
    // Sync holds a list this browser has not fully read (another browser's write still arriving,
    // or damaged): writing would replace it with a list that lacks its changes. Refused; the
    // change can be made again once it has arrived (and is merged in). The browser whose own
    // write sync names may write over it: it holds that list whole.
    if (view.kind === 'unreadable' && !holdsNamedWrite(items, local.syncedWrite)) {
      return { ...snapshot(local.data, syncIssues), saved: false, problem: notReadIssue() };
    }
    const written = await writeSync(deps, items, data);
    if (!written.ok) return { ...snapshot(base, syncIssues), saved: false, problem: written.problem, ...(written.tooBig && { tooBig: written.tooBig }) };
    return { ...snapshot(data), ...(await keepCopy(deps, data, written.copy)) };
  }));
}

/** Whether the sync write the manifest names is the one this browser's copy holds. */
function holdsNamedWrite(items: SyncItems, syncedWrite: string | undefined): boolean {
  const manifest = parseManifest(items[MANIFEST_KEY]);
  return syncedWrite !== undefined && typeof manifest === 'object' && manifest.write === syncedWrite;
}

/** After a sync write: this browser's copy of it and its device part. The list is saved whatever
 *  happens here (sync holds it, and the next load reads it from there); a failure costs only this
 *  device's part of the change (usage counts), which is said. */
async function keepCopy(deps: StoreDeps, data: StoreData, copy: SyncCopy): Promise<{ saved: true; problem?: CoreIssue }> {
  try {
    await deps.local.set(localSyncItems(data, copy));
    return { saved: true };
  } catch (error) {
    return { saved: true, problem: writeErrorIssue(error) };
  }
}

/**
 * Runs a store operation so that it returns its failure as data, never rejects: a storage call
 * that throws (local storage full or failing, sync unavailable) becomes `saved: false` with the
 * reason, and the data last seen (or an empty list marked `unread`, when even reading failed).
 * Callers such as a switch that already happened must not see their own success turned into an error.
 */
async function neverThrows(task: (seen: (snapshot: StoreSnapshot) => void) => Promise<UpdateResult>): Promise<UpdateResult> {
  let last: StoreSnapshot | undefined;
  try {
    return await task((snapshot) => { last = snapshot; });
  } catch (error) {
    const problem = writeErrorIssue(error);
    if (last) return { ...last, saved: false, problem };
    return { data: emptyStore(), issues: [], syncIssues: [], catalog: [], catalogIssues: [], saved: false, problem, unread: true };
  }
}

function applyChange(deps: StoreDeps, base: StoreData, change: (data: StoreData) => void): StoreData {
  const draft = structuredClone(base);
  change(draft);
  return stampChange(base, draft, now(deps), freshId(deps));
}

/**
 * Moves the list between this browser only (local) and the user's synced browsers. To sync: the
 * list joins whatever sync already holds (from another browser) and must fit, or nothing
 * changes. To local: this browser keeps the synced list as its own; sync is left as it is for
 * the other browsers.
 */
export function setStorageArea(deps: StoreDeps, area: 'local' | 'sync'): Promise<UpdateResult> {
  return exclusive(deps, () => neverThrows(async (seen) => {
    const [local, catalog] = await Promise.all([readLocal(deps.local), catalogOf(deps)]);
    const snapshot = (data: StoreData) => snapshotOf(local, catalog, data);
    seen(snapshot(local.data));
    if (local.newer !== undefined) return { ...snapshot(local.data), saved: false, problem: coreIssue('errStoreNewer', [local.newer]) };
    const from = local.data.settings.storageArea;
    if (from === area) return { ...snapshot(local.data), saved: true };

    if (area === 'local') {
      // (Leaving sync writes nothing there: an unread list is safe, and this browser keeps its copy.)
      const { base } = await syncBase(deps, local);
      const data: StoreData = { ...base, settings: { ...base.settings, storageArea: 'local' } };
      await deps.local.set({ [STORE_KEY]: data });
      await deps.local.remove(SYNC_COPY_KEY);
      return { ...snapshot(data), saved: true };
    }

    const items = await deps.sync.get(null);
    const view = await readSync(items, undefined);
    if (view.kind === 'newer') return { ...snapshot(local.data), saved: false, problem: syncReadIssue(view)! };
    // Joining means merging with what the other browsers synced: not before it can be read whole.
    if (view.kind === 'unreadable') return { ...snapshot(local.data), saved: false, problem: notReadIssue() };
    const joined = view.kind === 'ok' ? mergeStores(local.data, view.data, now(deps)) : local.data;
    const data: StoreData = { ...joined, settings: { ...joined.settings, storageArea: 'sync' } };
    const written = await writeSync(deps, items, data);
    if (!written.ok) return { ...snapshot(local.data), saved: false, problem: written.problem, ...(written.tooBig && { tooBig: written.tooBig }) };
    // Unlike a change, a move is not made until this browser records it (its storage area is
    // in `store`): a failure here is a move refused (neverThrows), with the list synced for the others.
    await deps.local.set(localSyncItems(data, written.copy));
    return { ...snapshot(data), saved: true };
  }));
}

/**
 * After another browser's list arrives in sync: takes it as this browser's copy, and when this
 * copy held changes the arrived list lacks (both browsers saved at about the same time and the
 * other's manifest won), writes the merge back, so neither change is lost.
 * Returns what it did: 'nothing' (sync holds this copy, or cannot be read now), 'copied' (the
 * arrived list became this browser's copy) or 'merged' (the merge went back to sync).
 */
export function reconcileSync(deps: StoreDeps): Promise<'nothing' | 'copied' | 'merged'> {
  return exclusive(deps, async () => {
    const local = await readLocal(deps.local);
    if (local.newer !== undefined || local.data.settings.storageArea !== 'sync') return 'nothing';
    const items = await deps.sync.get(null);
    const view = await readSync(items, local.syncedWrite);
    if (view.kind !== 'ok') return 'nothing';
    const merged = mergeStores(local.data, view.data, now(deps));
    if (sameSynced(merged, view.data)) {
      await deps.local.set(localSyncItems(merged, view.copy));
      return 'copied';
    }
    const written = await writeSync(deps, items, merged);
    if (!written.ok) return 'nothing';
    await deps.local.set(localSyncItems(merged, written.copy));
    return 'merged';
  });
}

export interface StorageReport {
  area: 'local' | 'sync';
  usage: SyncUsage;
  /** Bytes this browser's list would take in sync now. */
  listNeeds: number;
  entries: number;
}

/** For the options page: how full sync is, and what the list needs there. `loaded`: the list
 *  the page already has, so that it is not loaded (and decoded) a second time. */
export async function storageReport(deps: StoreDeps, loaded?: StoreSnapshot): Promise<StorageReport> {
  const [snapshot, items] = await Promise.all([loaded ?? loadStore(deps), deps.sync.get(null)]);
  const packed = await encodeStore(snapshot.data);
  const plan = planSyncWrite({}, packed, makeWriteId(now(deps), random(deps)), now(deps));
  return {
    area: snapshot.data.settings.storageArea,
    usage: syncUsage(items),
    listNeeds: plan.ok ? plan.bytesAfter : plan.needed,
    entries: snapshot.data.entries.length,
  };
}
