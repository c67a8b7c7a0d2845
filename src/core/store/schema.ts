// The one shape of everything Switchyard keeps. Bump STORE_VERSION only together with a new step
// in migrations.ts; the types here are the current version's. A new optional field needs no bump:
// readers keep the fields they do not know (repair.ts says why); bump when a field's meaning changes.
import type { Partition } from '../console/partition';
import type { Profile } from '../profile/profile';

export const STORE_VERSION = 2;

/** What a saved entry carries beyond the role itself. */
export interface EntryExtras {
  /** Group name, shown as a header in the popup. */
  group?: string;
  /** Production entries get a stronger frame on the console. */
  production?: boolean;
  /** Name of the base account this role is reached from (`source_profile`). */
  base?: string;
  /** Identity Center entry: switching opens the access portal's console shortcut instead. */
  sso?: { startUrl: string; accountId: string; permissionSet: string };
  /** False when the role needs an External ID: only the API can assume it, not the console. */
  consoleSwitchable?: false;
  /** An https image URL shown beside the entry (AESR `image`). */
  image?: string;
  /** Entry of the organisation's catalog (enterprise policy): read-only. Never stored by us. */
  managed?: true;
  /** Last change, ms since epoch (whole seconds when the store stamps it): two writers merge per
   *  entry, the later change wins. The store sets it on every change; callers need not. */
  updatedAt?: number;
}

export type Entry = Profile & EntryExtras;

/** A base account: what the user signs in to, from which the entries naming it are reached. */
export interface BaseAccount {
  name: string;
  account: string;
  partition: Partition;
  /** The account's alias (AESR `aws_account_alias`), when `account` is its id: shown beside the
   *  name, and a console that shows only the alias is still recognised as this base. Optional, so
   *  lists written before it read as they are. */
  alias?: string;
  /** The login role or permission set, when signing in to this base means a role, not a user. */
  roleName?: string;
  /** Defaults for the targets of this base (AESR). */
  targetRoleName?: string;
  targetRegion?: string;
}

export interface Usage { count: number; lastUsed: number }
export interface GroupSettings { production?: boolean; collapsed?: boolean }

export const DEFAULT_SETTINGS = {
  /** Show account ids as ••••••••9012 everywhere. */
  hideAccountIds: false,
  theme: 'system' as 'system' | 'light' | 'dark',
  /** What the popup does with entries the signed-in base cannot reach. */
  unreachable: 'grey' as 'grey' | 'hide',
  /** Where the list lives: synced across the user's browsers, or on this device only. This one
   *  setting is always the device's own (each browser chooses), never synced. */
  storageArea: 'local' as 'local' | 'sync',
  /** The active-role badge on console pages. */
  badge: true,
};
export type Settings = typeof DEFAULT_SETTINGS;

export interface StoreData {
  version: typeof STORE_VERSION;
  entries: Entry[];
  bases: BaseAccount[];
  /** Entry ids, in the user's order. */
  favourites: string[];
  usage: Record<string, Usage>;
  groups: Record<string, GroupSettings>;
  settings: Settings;
  /** Stored entries this version could not read: never shown, but written back untouched so that
   *  a save never drops what the user had. */
  unreadable?: unknown[];
  /** Stored base accounts this version cannot use (a partition it does not know, say): kept and
   *  written back untouched, and read again on every load (repair.ts). */
  unreadableBases?: unknown[];
  /** Deleted entries, id → when (ms): another browser's older copy cannot bring them back.
   *  Kept for TOMBSTONE_DAYS. Maintained by the store (updateStore): callers just remove entries. */
  deleted?: Record<string, number>;
  /** When each list-level part last changed (ms), so that merging two browsers' copies keeps the
   *  later of each. Maintained by the store. */
  stamps?: Stamps;
}

/** The parts of StoreData that merge as a whole (entries merge one by one). */
export const STAMPED_PARTS = ['favourites', 'groups', 'bases', 'settings'] as const;
export type Stamps = Partial<Record<(typeof STAMPED_PARTS)[number], number>>;

/** How long a deletion is remembered. A browser that has been offline for longer than this can
 *  bring a deleted entry back when it returns. */
export const TOMBSTONE_DAYS = 90;

/** Settings each browser keeps for itself in sync mode (so do usage counts: they change on every
 *  switch, and syncing them would spend the sync write quota, 120 writes a minute, on
 *  bookkeeping and upload the whole list on every switch). */
export const DEVICE_SETTINGS = ['storageArea'] as const;

export function emptyStore(): StoreData {
  return { version: STORE_VERSION, entries: [], bases: [], favourites: [], usage: {}, groups: {}, settings: { ...DEFAULT_SETTINGS }, deleted: {}, stamps: {} };
}
