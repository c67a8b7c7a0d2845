// A portal read holds what it was given (`scripting`, the portal origin's host permission) and, when
// no tab of the portal was open, a tab it opened. Normally it gives them back itself when it ends; but
// if the options page closes mid-read (the user closes it, the browser unloads it), nothing runs that
// would. So each read writes down (its grants in storage.local, which outlives a browser quit or an
// update, as the optional permissions do; its tab in storage.session) what it must give back (only what it was
// given: a permission the user had before, or a tab they had, is never named), and holds a Web Lock
// for as long as it runs. The next options page to load gives back what a read whose lock is free —
// its page gone — left behind. (The background is not told of the page's close reliably enough: a
// service worker may be asleep, and nothing is sent while a page unloads.)
//
// Two reads may run at once (two options pages) and share `scripting`, and the origin when they read
// the same portal. So what is given back is decided when a read ends, not when it starts, under one
// lock shared by every change of the records: a grant goes only when no other read written down
// (running, or left over) still needs it. "The user had it" = it was held before the read asked and
// no record marks it as given to a read.
import { releasePortalAccess } from './permissions';
import { closeTabOn } from './scripting';
import { exclusively, ifFree } from './locks';
import { readKey, removeKeys, writeKeys } from './storage';
import { isObject } from '../core/shared/is-object';
import { PORTAL_GRANTS_KEY, PORTAL_READS_KEY } from '../core/store/storage-keys';

export interface HeldRead {
  /** The portal's origin (`https://host`) and its match pattern as granted. */
  origin: string;
  pattern: string;
  /** What was given to a read (not the user's): given back once no read written down needs it. */
  release: { scripting: boolean; origin: boolean };
  /** The tab the read opened (never one the user had open), and when (ms): a tab the user looked at
   *  after that is theirs now, and stays. */
  tabId?: number;
  openedAt?: number;
}

export interface LeftoverDoors {
  load(): Promise<unknown>;
  save(reads: Record<string, HeldRead>): Promise<void>;
  /** Runs `task` under the one lock of the records (every load-change-save, every give-back). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Runs `whileHeld` holding the lock of read `id` (released when it ends, or when the page goes). */
  hold<T>(id: string, whileHeld: () => Promise<T>): Promise<T>;
  /** Runs `ifGone` only if no page holds the lock of read `id`, holding it meanwhile. */
  ifGone(id: string, ifGone: () => Promise<void>): Promise<void>;
  closeTabOn(tabId: number, origin: string, openedAt?: number): Promise<void>;
  now(): number;
  release(pattern: string, what: { scripting: boolean; origin: boolean }): Promise<void>;
}

const lockName = (id: string) => `switchyard-portal-read:${id}`;
const RECORDS_LOCK = 'switchyard-portal-reads';

/** The grants in storage.local (they outlive a restart, as optional permissions do), the tabs in
 *  storage.session (a tab id means nothing after one): one record per read once loaded. */
async function loadSplit(): Promise<unknown> {
  const [grants, tabs] = await Promise.all([
    readKey('local', PORTAL_GRANTS_KEY).catch(() => undefined),
    readKey('session', PORTAL_READS_KEY).catch(() => undefined),
  ]);
  if (!isObject(grants)) return undefined;
  const opened = isObject(tabs) ? tabs : {};
  return Object.fromEntries(Object.entries(grants).map(([id, grant]) => [id, isObject(grant) && isObject(opened[id]) ? { ...opened[id], ...grant } : grant]));
}

async function saveSplit(reads: Record<string, HeldRead>): Promise<void> {
  const grants: Record<string, Omit<HeldRead, 'tabId' | 'openedAt'>> = {};
  const tabs: Record<string, { tabId: number; openedAt?: number }> = {};
  for (const [id, { origin, pattern, release, tabId, openedAt }] of Object.entries(reads)) {
    grants[id] = { origin, pattern, release };
    if (tabId !== undefined) tabs[id] = { tabId, ...(openedAt !== undefined && { openedAt }) };
  }
  // No read under way: no key (a read that saved nothing leaves storage as it found it).
  await Promise.all([
    (Object.keys(grants).length === 0 ? removeKeys('local', PORTAL_GRANTS_KEY) : writeKeys('local', { [PORTAL_GRANTS_KEY]: grants })).catch(() => undefined),
    (Object.keys(tabs).length === 0 ? removeKeys('session', PORTAL_READS_KEY) : writeKeys('session', { [PORTAL_READS_KEY]: tabs })).catch(() => undefined),
  ]);
}

const realDoors: LeftoverDoors = {
  load: loadSplit,
  save: saveSplit,
  exclusive: (task) => exclusively(RECORDS_LOCK, task),
  hold: (id, whileHeld) => exclusively(lockName(id), whileHeld),
  ifGone: async (id, ifGone) => void (await ifFree(lockName(id), ifGone)),
  closeTabOn,
  now: Date.now,
  release: releasePortalAccess,
};

function readHeld(value: unknown): HeldRead | undefined {
  if (!isObject(value) || typeof value.origin !== 'string' || typeof value.pattern !== 'string' || !isObject(value.release)) return undefined;
  const read: HeldRead = { origin: value.origin, pattern: value.pattern, release: { scripting: value.release.scripting === true, origin: value.release.origin === true } };
  if (typeof value.tabId === 'number') read.tabId = value.tabId;
  if (typeof value.openedAt === 'number') read.openedAt = value.openedAt;
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

/** Load, change, save under the records' lock (two pages changing them at once lose nothing). */
function update(doors: LeftoverDoors, change: (reads: Record<string, HeldRead>) => void): Promise<void> {
  return doors.exclusive(async () => {
    const reads = await loadReads(doors);
    change(reads);
    await doors.save(reads);
  });
}

/**
 * Forgets read `id` and gives back what was given to it and no other read written down still needs
 * (`scripting`: any read; the origin: a read of the same pattern). What another read still needs is
 * handed to it to give back, so the last of them does. Under the records' lock.
 */
function finish(doors: LeftoverDoors, id: string): Promise<void> {
  return doors.exclusive(async () => {
    const reads = await loadReads(doors);
    const read = reads[id];
    if (!read) return;
    delete reads[id];
    const others = Object.values(reads);
    const samePattern = others.filter((other) => other.pattern === read.pattern);
    const what = { scripting: read.release.scripting && others.length === 0, origin: read.release.origin && samePattern.length === 0 };
    if (read.release.scripting) for (const other of others) other.release.scripting = true;
    if (read.release.origin) for (const other of samePattern) other.release.origin = true;
    await doors.save(reads);
    if (what.scripting || what.origin) await doors.release(read.pattern, what).catch(() => undefined);
  });
}

/** A read under way, written down: what it opens is added as it goes; `end` gives everything back. */
export interface ReadHold {
  /** The read opened `tabId`: written down before it is used, so a page closed meanwhile leaves no tab. */
  opened(tabId: number): Promise<void>;
}

/**
 * Runs `read` written down and its lock held, and gives back, when it ends, what was given to it and
 * no other read needs (its own tab is the caller's to close: readPortal does). `before`: what the
 * extension held before the read asked; held and given to no read written down = the user's.
 */
export async function withHeldRead<T>(origin: string, pattern: string, before: { scripting: boolean; origin: boolean }, read: (hold: ReadHold) => Promise<T>, doors: LeftoverDoors = realDoors): Promise<T> {
  const id = crypto.randomUUID();
  return doors.hold(id, async () => {
    await update(doors, (reads) => {
      const others = Object.values(reads);
      reads[id] = {
        origin,
        pattern,
        release: {
          scripting: !before.scripting || others.some((other) => other.release.scripting),
          origin: !before.origin || others.some((other) => other.pattern === pattern && other.release.origin),
        },
      };
    });
    try {
      return await read({
        opened: (tabId) => {
          const openedAt = doors.now();
          return update(doors, (reads) => {
            const held = reads[id];
            if (held) Object.assign(held, { tabId, openedAt });
          });
        },
      });
    } finally {
      await finish(doors, id);
    }
  });
}

/** On load of the options page, and in the background when the browser starts or the extension is
 *  installed or updated: gives back what reads whose page has gone left behind. */
export async function releaseLeftovers(doors: LeftoverDoors = realDoors): Promise<void> {
  const reads = await loadReads(doors);
  for (const [id, read] of Object.entries(reads)) {
    await doors.ifGone(id, async () => {
      // The tab first, while its address can be seen.
      if (read.tabId !== undefined) await doors.closeTabOn(read.tabId, read.origin, read.openedAt).catch(() => undefined);
      await finish(doors, id);
    });
  }
}
