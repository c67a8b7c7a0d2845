// The undo of the last import: the saved data from just before it and just after it. Kept in the
// browser session (storage.session), so that reloading the options page still offers the undo,
// and in memory should the session area refuse a large list.
import type { PortalMemory } from '../core/portal/portal-diff';
import type { StoreData } from '../core/store/schema';
import { IMPORT_UNDO_KEY as KEY } from '../core/store/storage-keys';
import { readKey, removeKeys, writeKeys } from '../platform/storage';

export interface UndoRecord {
  before: StoreData;
  after: StoreData;
  at: number;
  /** An import from an access portal: its memory from before, put back with the list (none: the
   *  portal is forgotten), so that a refresh after the undo does not take its entries for removed. */
  portal?: { startUrl: string; previous?: PortalMemory };
}

let memory: UndoRecord | undefined;

const isRecord = (value: unknown): value is UndoRecord =>
  typeof value === 'object' && value !== null && 'before' in value && 'after' in value && typeof (value as UndoRecord).at === 'number';

export async function saveUndo(record: UndoRecord): Promise<void> {
  memory = record;
  await writeKeys('session', { [KEY]: record }).catch(() => undefined);
}

export async function loadUndo(): Promise<UndoRecord | undefined> {
  if (memory) return memory;
  const stored = await readKey('session', KEY).catch(() => undefined);
  return isRecord(stored) ? stored : undefined;
}

export async function clearUndo(): Promise<void> {
  memory = undefined;
  await removeKeys('session', KEY).catch(() => undefined);
}
