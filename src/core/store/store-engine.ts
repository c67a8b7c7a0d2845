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
import { coreIssue, type CoreIssue } from '../issue';
import type { StorageAreaLike, StoreDeps } from './area';
import { readCatalog } from './catalog';
import { makeEntryId } from './entry-id';
import { mergeStores, sameSynced, stampChange } from './merge';
import { repairStore } from './repair';
import { emptyStore, STORE_VERSION, type Entry, type StoreData } from './schema';
import { decodeStore, encodeStore, type PackedStore } from './store-codec';
import { syncReadIssue, tooBigIssue, writeErrorIssue } from './store-issues';
import { makeWriteId, MANIFEST_KEY, parseManifest, planSyncWrite, readSyncItems, syncUsage, type SyncItems, type SyncUsage } from './sync-layout';

export const STORE_KEY = 'store';
/** Where the first release kept its list (version 0); read once, then superseded by STORE_KEY. */
export const LEGACY_KEY = 'profiles';
export const SYNC_COPY_KEY = 'syncCopy';

/** This browser's copy of the synced list: packed text, and the sync write it came from. */
interface SyncCopy extends Pick<PackedStore, 'text' | 'byteLength' | 'crc'> {
  write: string;
}

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
  /** False when nothing was written; `problem` says why, and `data` is the list as it still is. */
  saved: boolean;
  problem?: CoreIssue;
  /** Set when the list does not fit in sync storage (bytes). */
  tooBig?: { needed: number; available: number };
}

interface LocalState {
  data: StoreData;
  issues: CoreIssue[];
  newer?: number;
  /** The sync write this browser's copy matches (sync mode). */
  syncedWrite?: string;
}

function parseCopy(value: unknown): SyncCopy | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const copy = value as Record<string, unknown>;
  return typeof copy.write === 'string' && typeof copy.text === 'string' && Number.isSafeInteger(copy.byteLength) && Number.isSafeInteger(copy.crc)
    ? (copy as unknown as SyncCopy)
    : undefined;
}

/** The shared list of `shared` with this device's usage counts and storage area from `device`. */
function withDevicePart(shared: StoreData, device: StoreData): StoreData {
  return { ...shared, usage: device.usage, settings: { ...shared.settings, storageArea: device.settings.storageArea } };
}

async function readLocal(local: StorageAreaLike): Promise<LocalState> {
  const items = await local.get([STORE_KEY, LEGACY_KEY, SYNC_COPY_KEY]);
  const stored = items[STORE_KEY] ?? (items[LEGACY_KEY] !== undefined ? { version: 0, profiles: items[LEGACY_KEY] } : undefined);
  const result = repairStore(stored);
  if ('newer' in result) return { data: emptyStore(), issues: result.issues, newer: result.newer };
  const copy = parseCopy(items[SYNC_COPY_KEY]);
  if (result.data.settings.storageArea !== 'sync' || !copy) return result;
  const decoded = await decodeStore(copy);
  const repaired = decoded.ok ? repairStore(decoded.value) : undefined;
  // A damaged copy here is no loss while sync is readable: without a write id, sync is decoded.
  if (!repaired || !('data' in repaired)) return result;
  return { data: withDevicePart(repaired.data, result.data), issues: [...result.issues, ...repaired.issues], syncedWrite: copy.write };
}

/** What sync mode keeps in `store`: usage counts and settings, no list. */
const devicePart = (data: StoreData): StoreData => ({ ...emptyStore(), usage: data.usage, settings: data.settings });

/** Local items for sync mode: the device part as `store`, the list as its packed copy. */
function localSyncItems(data: StoreData, copy: SyncCopy): Record<string, unknown> {
  return { [STORE_KEY]: devicePart(data), [SYNC_COPY_KEY]: { write: copy.write, text: copy.text, byteLength: copy.byteLength, crc: copy.crc } };
}

type SyncView =
  | { kind: 'empty' }
  | { kind: 'current' } // sync holds what the local copy already is
  | { kind: 'ok'; data: StoreData; copy: SyncCopy }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; issue: CoreIssue };

/** What sync holds, decoded only when it is not what this browser already has. */
async function readSync(items: SyncItems, syncedWrite: string | undefined): Promise<SyncView> {
  const read = readSyncItems(items);
  if (read.kind === 'empty') return read;
  if (read.kind === 'newer') return { kind: 'newer', version: read.version };
  if (read.kind !== 'ok') return { kind: 'unreadable', issue: syncReadIssue(read)! };
  if (read.manifest.write === syncedWrite) return { kind: 'current' };
  const decoded = await decodeStore(read.packed);
  // A packed list in a layout only a newer Switchyard knows: as newer as a newer manifest.
  if (!decoded.ok && decoded.reason === 'newer') return { kind: 'newer', version: Math.max(read.manifest.version, STORE_VERSION + 1) };
  if (!decoded.ok) return { kind: 'unreadable', issue: syncReadIssue({ kind: 'damaged', detail: decoded.detail })! };
  const repaired = repairStore(decoded.value);
  if ('newer' in repaired) return { kind: 'newer', version: repaired.newer };
  return { kind: 'ok', data: repaired.data, copy: { ...read.packed, write: read.manifest.write } };
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
  const [local, catalog] = await Promise.all([readLocal(deps.local), catalogOf(deps)]);
  if (local.newer !== undefined || local.data.settings.storageArea !== 'sync') return snapshotOf(local, catalog, local.data);

  // Most loads: the manifest names the write this browser's copy came from; nothing to decode.
  const manifest = parseManifest((await deps.sync.get(MANIFEST_KEY))[MANIFEST_KEY]);
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

type WriteOutcome = { ok: true; copy: SyncCopy } | { ok: false; problem: CoreIssue; tooBig?: { needed: number; available: number } };

/**
 * Puts `data` in sync: plan against what is there, run the storage calls in order, and undo the
 * calls made before the manifest flip if one fails, so the previous list stays whole.
 */
async function writeSync(deps: StoreDeps, items: SyncItems, data: StoreData): Promise<WriteOutcome> {
  const packed = await encodeStore(data);
  const write = makeWriteId(now(deps), random(deps));
  const plan = planSyncWrite(items, packed, write, now(deps));
  if (!plan.ok) {
    return { ok: false, problem: tooBigIssue(plan), tooBig: { needed: plan.needed, available: plan.available } };
  }
  const touched = new Set<string>();
  let committed = false;
  try {
    for (const op of plan.ops) {
      if ('set' in op) {
        Object.keys(op.set).forEach((key) => touched.add(key));
        await deps.sync.set(op.set);
        if (MANIFEST_KEY in op.set) committed = true;
      } else if (committed) {
        // Cleaning up after the flip: the new list is in place whatever happens here.
        await deps.sync.remove(op.remove).catch(() => undefined);
      } else await deps.sync.remove(op.remove);
    }
  } catch (error) {
    if (!committed) await restore(deps.sync, items, touched);
    return { ok: false, problem: writeErrorIssue(error) };
  }
  return { ok: true, copy: { write, text: packed.text, byteLength: packed.byteLength, crc: packed.crc } };
}

/** Puts back what `touched` keys held before a failed write (best effort: it already failed). */
async function restore(sync: StorageAreaLike, before: SyncItems, touched: Set<string>): Promise<void> {
  const added = [...touched].filter((key) => !(key in before));
  const changed = Object.fromEntries([...touched].filter((key) => key in before).map((key) => [key, before[key]]));
  await sync.remove(added).catch(() => undefined);
  if (Object.keys(changed).length > 0) await sync.set(changed).catch(() => undefined);
}

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
  return exclusive(deps, async () => {
    const [local, catalog] = await Promise.all([readLocal(deps.local), catalogOf(deps)]);
    const snapshot = (data: StoreData, syncIssues: CoreIssue[] = []) => snapshotOf(local, catalog, data, syncIssues);
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
    const data = applyChange(deps, base, change);
    // Usage counts and device settings stay here: a change of only those (every switch records
    // one) writes nothing to sync, as long as sync already holds the rest.
    if (sameSynced(data, base)) {
      if (view.kind === 'current') {
        // Only usage counts or the like changed: the packed copy stays as it is.
        await deps.local.set({ [STORE_KEY]: devicePart(data) });
        return { ...snapshot(data), saved: true };
      }
      if (view.kind === 'ok' && sameSynced(base, view.data)) {
        await deps.local.set(localSyncItems(data, view.copy));
        return { ...snapshot(data), saved: true };
      }
    }
    const written = await writeSync(deps, items, data);
    if (!written.ok) return { ...snapshot(base), saved: false, problem: written.problem, ...(written.tooBig && { tooBig: written.tooBig }) };
    await deps.local.set(localSyncItems(data, written.copy));
    return { ...snapshot(data), saved: true };
  });
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
  return exclusive(deps, async () => {
    const [local, catalog] = await Promise.all([readLocal(deps.local), catalogOf(deps)]);
    const snapshot = (data: StoreData) => snapshotOf(local, catalog, data);
    if (local.newer !== undefined) return { ...snapshot(local.data), saved: false, problem: coreIssue('errStoreNewer', [local.newer]) };
    const from = local.data.settings.storageArea;
    if (from === area) return { ...snapshot(local.data), saved: true };

    if (area === 'local') {
      const { base } = await syncBase(deps, local);
      const data: StoreData = { ...base, settings: { ...base.settings, storageArea: 'local' } };
      await deps.local.set({ [STORE_KEY]: data });
      await deps.local.remove(SYNC_COPY_KEY);
      return { ...snapshot(data), saved: true };
    }

    const items = await deps.sync.get(null);
    const view = await readSync(items, undefined);
    if (view.kind === 'newer') return { ...snapshot(local.data), saved: false, problem: syncReadIssue(view)! };
    const joined = view.kind === 'ok' ? mergeStores(local.data, view.data, now(deps)) : local.data;
    const data: StoreData = { ...joined, settings: { ...joined.settings, storageArea: 'sync' } };
    const written = await writeSync(deps, items, data);
    if (!written.ok) return { ...snapshot(local.data), saved: false, problem: written.problem, ...(written.tooBig && { tooBig: written.tooBig }) };
    await deps.local.set(localSyncItems(data, written.copy));
    return { ...snapshot(data), saved: true };
  });
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

/** For the options page: how full sync is, and what the list needs there. */
export async function storageReport(deps: StoreDeps): Promise<StorageReport> {
  const [snapshot, items] = await Promise.all([loadStore(deps), deps.sync.get(null)]);
  const packed = await encodeStore(snapshot.data);
  const plan = planSyncWrite({}, packed, makeWriteId(now(deps), random(deps)), now(deps));
  return {
    area: snapshot.data.settings.storageArea,
    usage: syncUsage(items),
    listNeeds: plan.ok ? plan.bytesAfter : plan.needed,
    entries: snapshot.data.entries.length,
  };
}
