// What is written after an import was saved into the list: its undo record, then (a portal import)
// what is remembered of the portal. The undo comes first: the list is already saved, so whatever
// happens to the portal's memory the user can still take the import back. A memory that could not
// be written, or put back on undo, is said (it changes what the next refresh shows), never dropped.
import type { PortalMemory } from '../core/portal/portal-diff';
import { saveUndo, type UndoRecord } from './import-undo';
import { restorePortalMemory, savePortalMemory } from './portal-memory';
import { reasonOf } from './reason-of';

export interface RecordDoors {
  saveUndo(record: UndoRecord): Promise<void>;
  savePortalMemory(memory: PortalMemory): Promise<PortalMemory[]>;
  restorePortalMemory(startUrl: string, previous: PortalMemory | undefined): Promise<void>;
}

const doors: RecordDoors = { saveUndo, savePortalMemory, restorePortalMemory };

/** After an import was saved: its undo, then the portal's memory (`memories`: all of them after the
 *  write), or why the memory could not be written (`memoryProblem`: the browser's reason). */
export async function recordImport(record: UndoRecord, memory: PortalMemory | undefined, use: RecordDoors = doors): Promise<{ memories?: PortalMemory[]; memoryProblem?: string }> {
  await use.saveUndo(record);
  if (!memory) return {};
  try {
    return { memories: await use.savePortalMemory(memory) };
  } catch (error) {
    return { memoryProblem: reasonOf(error) };
  }
}

/** On undo, after the list was put back: the portal's memory as it was before the import, or why
 *  it could not be (undefined: done, or nothing to do). */
export async function undoPortalMemory(record: UndoRecord, previous: PortalMemory | undefined, use: RecordDoors = doors): Promise<string | undefined> {
  if (!record.portal) return undefined;
  try {
    await use.restorePortalMemory(record.portal.startUrl, previous);
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}
