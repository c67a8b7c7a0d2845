// Reading and writing the packed list in storage.sync: decode only what is not already this
// browser's copy; write by the plan of sync-layout.ts, undoing a write that failed before its
// manifest flip so the previous list stays whole.
import type { CoreIssue } from '../../issues/issue';
import type { StorageAreaLike, StoreDeps } from '../area';
import type { SyncCopy } from '../local-copy';
import { repairStore } from '../repair';
import { STORE_VERSION, type StoreData } from '../schema';
import { decodeStore, encodeStore } from './store-codec';
import { syncReadIssue, tooBigIssue, writeErrorIssue } from '../store-issues';
import { SYNC_MANIFEST_KEY as MANIFEST_KEY } from '../storage-keys';
import { makeWriteId, planSyncWrite, readSyncItems, type SyncItems } from './sync-layout';

export type SyncView =
  | { kind: 'empty' }
  | { kind: 'current' } // sync holds what the local copy already is
  | { kind: 'ok'; data: StoreData; copy: SyncCopy }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; issue: CoreIssue };

/** What sync holds, decoded only when it is not what this browser already has. */
export async function readSync(items: SyncItems, syncedWrite: string | undefined): Promise<SyncView> {
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

export type WriteOutcome = { ok: true; copy: SyncCopy } | { ok: false; problem: CoreIssue; tooBig?: { needed: number; available: number } };

/**
 * Puts `data` in sync: plan against what is there, run the storage calls in order, and undo the
 * calls made before the manifest flip if one fails, so the previous list stays whole.
 */
export async function writeSync(deps: StoreDeps, items: SyncItems, data: StoreData): Promise<WriteOutcome> {
  const packed = await encodeStore(data);
  const at = (deps.now ?? Date.now)();
  const write = makeWriteId(at, deps.random ?? Math.random);
  const plan = planSyncWrite(items, packed, write, at);
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
