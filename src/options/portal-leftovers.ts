// A portal read holds what it was given (`scripting`, the portal origin's host permission) and, when
// no tab of the portal was open, a tab it opened. Normally it gives them back itself when it ends; but
// if the options page closes mid-read (the user closes it, the browser unloads it), nothing runs that
// would. So each read writes down, in storage.session, what it must give back (only what it was
// given: a permission the user had before, or a tab they had, is never named), and holds a Web Lock
// for as long as it runs. The next options page to load gives back what a read whose lock is free —
// its page gone — left behind. (The background is not told of the page's close reliably enough: a
// service worker may be asleep, and nothing is sent while a page unloads.)
import { releasePortalAccess } from '../platform/permissions';
import { closeTabOn } from '../platform/scripting';
import { readKey, removeKeys, writeKeys } from '../platform/storage';
import { isObject } from '../core/shared/is-object';
import { PORTAL_READS_KEY } from '../core/store/storage-keys';

export interface HeldRead {
  /** The portal's origin (`https://host`) and its match pattern as granted. */
  origin: string;
  pattern: string;
  /** What the read was given (and so gives back); false: the extension held it before. */
  release: { scripting: boolean; origin: boolean };
  /** The tab the read opened (never one the user had open). */
  tabId?: number;
}

export interface LeftoverDoors {
  load(): Promise<unknown>;
  save(reads: Record<string, HeldRead>): Promise<void>;
  /** Runs `whileHeld` holding the lock of read `id` (released when it ends, or when the page goes). */
  hold<T>(id: string, whileHeld: () => Promise<T>): Promise<T>;
  /** Runs `ifGone` only if no page holds the lock of read `id`, holding it meanwhile. */
  ifGone(id: string, ifGone: () => Promise<void>): Promise<void>;
  closeTabOn(tabId: number, origin: string): Promise<void>;
  release(pattern: string, what: { scripting: boolean; origin: boolean }): Promise<void>;
}

const lockName = (id: string) => `switchyard-portal-read:${id}`;

const realDoors: LeftoverDoors = {
  load: () => readKey('session', PORTAL_READS_KEY).catch(() => undefined),
  // No read under way: no key (a read that saved nothing leaves storage as it found it).
  save: (reads) => (Object.keys(reads).length === 0 ? removeKeys('session', PORTAL_READS_KEY) : writeKeys('session', { [PORTAL_READS_KEY]: reads })).catch(() => undefined),
  hold: (id, whileHeld) => navigator.locks.request(lockName(id), whileHeld),
  ifGone: (id, ifGone) => navigator.locks.request(lockName(id), { ifAvailable: true }, async (lock) => {
    if (lock) await ifGone();
  }),
  closeTabOn,
  release: releasePortalAccess,
};

function readHeld(value: unknown): HeldRead | undefined {
  if (!isObject(value) || typeof value.origin !== 'string' || typeof value.pattern !== 'string' || !isObject(value.release)) return undefined;
  const read: HeldRead = { origin: value.origin, pattern: value.pattern, release: { scripting: value.release.scripting === true, origin: value.release.origin === true } };
  if (typeof value.tabId === 'number') read.tabId = value.tabId;
  return read;
}

async function loadReads(doors: LeftoverDoors): Promise<Record<string, HeldRead>> {
  const stored = await doors.load();
  if (!isObject(stored)) return {};
  const reads: Record<string, HeldRead> = {};
  for (const [id, value] of Object.entries(stored)) {
    const read = readHeld(value);
    if (read) reads[id] = read;
  }
  return reads;
}

async function update(doors: LeftoverDoors, id: string, read: HeldRead | undefined): Promise<void> {
  const reads = await loadReads(doors);
  if (read) reads[id] = read;
  else delete reads[id];
  await doors.save(reads);
}

/** Gives back one read's grants and closes its tab (the tab first, while its address can be seen). */
async function giveBack(doors: LeftoverDoors, read: HeldRead): Promise<void> {
  if (read.tabId !== undefined) await doors.closeTabOn(read.tabId, read.origin).catch(() => undefined);
  await doors.release(read.pattern, read.release).catch(() => undefined);
}

/** A read under way, written down: what it opens is added as it goes; `end` gives everything back. */
export interface ReadHold {
  /** The read opened `tabId`: written down before it is used, so a page closed meanwhile leaves no tab. */
  opened(tabId: number): Promise<void>;
}

/**
 * Runs `read` with what it was given (`release`) written down and its lock held, and gives it back
 * when `read` ends (its own tab is the caller's to close: readPortal does).
 */
export async function withHeldRead<T>(origin: string, pattern: string, release: HeldRead['release'], read: (hold: ReadHold) => Promise<T>, doors: LeftoverDoors = realDoors): Promise<T> {
  const id = crypto.randomUUID();
  return doors.hold(id, async () => {
    const held: HeldRead = { origin, pattern, release };
    await update(doors, id, held);
    try {
      return await read({
        opened: async (tabId) => {
          held.tabId = tabId;
          await update(doors, id, held);
        },
      });
    } finally {
      await doors.release(pattern, release).catch(() => undefined);
      await update(doors, id, undefined);
    }
  });
}

/** On load of the options page: gives back what reads whose page has gone left behind. */
export async function releaseLeftovers(doors: LeftoverDoors = realDoors): Promise<void> {
  const reads = await loadReads(doors);
  for (const [id, read] of Object.entries(reads)) {
    await doors.ifGone(id, async () => {
      await giveBack(doors, read);
      await update(doors, id, undefined);
    });
  }
}
