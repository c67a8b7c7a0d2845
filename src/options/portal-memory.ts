// What Switchyard remembers of the access portals it imported from (core/portal/portal-diff.ts's
// PortalMemory, one per portal, newest first): written only when the user applies an import, so
// that a read they cancelled is never taken for the last one.
import { readMemory, samePortal, type PortalMemory } from '../core/portal/portal-diff';
import { PORTAL_MEMORY_KEY as KEY } from '../core/store/storage-keys';
import { readKey, writeKeys } from '../platform/storage';

/** More portals than anyone signs in to; the oldest goes first. */
const MAX_PORTALS = 20;

export async function loadPortalMemories(): Promise<PortalMemory[]> {
  const stored = await readKey('local', KEY).catch(() => undefined);
  if (!Array.isArray(stored)) return [];
  return stored.map(readMemory).filter((m): m is PortalMemory => m !== undefined).slice(0, MAX_PORTALS);
}

export function memoryOf(memories: readonly PortalMemory[], startUrl: string): PortalMemory | undefined {
  return memories.find((m) => samePortal(m.startUrl, startUrl));
}

/** Puts `memory` first, in place of the same portal's. */
export async function savePortalMemory(memory: PortalMemory): Promise<PortalMemory[]> {
  const others = (await loadPortalMemories()).filter((m) => !samePortal(m.startUrl, memory.startUrl));
  // Copied through the same check as a read: only the memory's own fields are written.
  const clean = readMemory(memory);
  const next = [...(clean ? [clean] : []), ...others].slice(0, MAX_PORTALS);
  await writeKeys('local', { [KEY]: next });
  return next;
}

/** The undo of an import: the portal's memory as it was before (none: forgotten). */
export async function restorePortalMemory(startUrl: string, previous: PortalMemory | undefined): Promise<void> {
  if (previous) {
    await savePortalMemory(previous);
    return;
  }
  const others = (await loadPortalMemories()).filter((m) => !samePortal(m.startUrl, startUrl));
  await writeKeys('local', { [KEY]: others });
}

/** Whether the portal's memory would change with this read (`after`) even though the list would
 *  not: an account renamed, a pair gone or back, another rule. `before`: the memory the preview was
 *  made against (never the page's list of memories, which another options page may have outdated). */
export function remembersMore(before: PortalMemory | undefined, after: PortalMemory | undefined): boolean {
  if (!before || !after) return after !== undefined;
  const key = (m: PortalMemory) => JSON.stringify([m.accounts, m.pairs, m.gone.map((g) => g.pair), m.labelRule ?? '']);
  return key(before) !== key(after);
}
