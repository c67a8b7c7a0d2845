// What this browser keeps in storage.local: the whole list (local mode), or in sync mode its
// usage counts and settings plus a packed copy of the synced list (the last good one, and the
// sync write it matches: while sync still names that write, nothing else has to be read).
import type { CoreIssue } from '../issues/issue';
import type { StorageAreaLike } from './area';
import { repairStore } from './repair';
import { emptyStore, type StoreData } from './schema';
import { decodeStore, type PackedStore } from './packing/store-codec';
import { LEGACY_KEY, STORE_KEY, SYNC_COPY_KEY } from './storage-keys';

/** This browser's copy of the synced list: packed text, and the sync write it came from. */
export interface SyncCopy extends Pick<PackedStore, 'text' | 'byteLength' | 'crc'> {
  write: string;
}

export interface LocalState {
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
export function withDevicePart(shared: StoreData, device: StoreData): StoreData {
  return { ...shared, usage: device.usage, settings: { ...shared.settings, storageArea: device.settings.storageArea } };
}

/** This browser's list and settings. In sync mode, `inSyncMode` is called as soon as that is
 *  known and before the packed copy is decoded, so that a caller can start its own read of sync
 *  meanwhile (the storage call and the decoding then overlap). */
export async function readLocal(local: StorageAreaLike, inSyncMode?: () => void): Promise<LocalState> {
  const items = await local.get([STORE_KEY, LEGACY_KEY, SYNC_COPY_KEY]);
  const stored = items[STORE_KEY] ?? (items[LEGACY_KEY] !== undefined ? { version: 0, profiles: items[LEGACY_KEY] } : undefined);
  const result = repairStore(stored);
  if ('newer' in result) return { data: emptyStore(), issues: result.issues, newer: result.newer };
  if (result.data.settings.storageArea !== 'sync') return result;
  inSyncMode?.();
  const copy = parseCopy(items[SYNC_COPY_KEY]);
  if (!copy) return result;
  const decoded = await decodeStore(copy);
  const repaired = decoded.ok ? repairStore(decoded.value) : undefined;
  // A damaged copy here is no loss while sync is readable: without a write id, sync is decoded.
  if (!repaired || !('data' in repaired)) return result;
  return { data: withDevicePart(repaired.data, result.data), issues: [...result.issues, ...repaired.issues], syncedWrite: copy.write };
}

/** What sync mode keeps in `store`: usage counts and settings, no list. */
export const devicePart = (data: StoreData): StoreData => ({ ...emptyStore(), usage: data.usage, settings: data.settings });

/** Local items for sync mode: the device part as `store`, the list as its packed copy. */
export function localSyncItems(data: StoreData, copy: SyncCopy): Record<string, unknown> {
  return { [STORE_KEY]: devicePart(data), [SYNC_COPY_KEY]: { write: copy.write, text: copy.text, byteLength: copy.byteLength, crc: copy.crc } };
}
