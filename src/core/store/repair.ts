import { hiddenCharsIn, mayHideChars } from '../profile/hidden-chars';
import { coreIssue, type CoreIssue } from '../issues/issue';
import { isPartition, isRegionOf, REGION_PATTERN } from '../console/partition';
import type { Profile } from '../profile/profile';
import { validateProfile } from '../profile/validate-profile';
import { migrate } from './migrations';
import { CATALOG_ID_PREFIX } from './catalog-id';
import { isObject } from '../shared/is-object';
import { str } from './read-value';
import { DEFAULT_SETTINGS, emptyStore, STAMPED_PARTS, type BaseAccount, type Entry, type EntryExtras, type GroupSettings, type Settings, type Stamps, type StoreData, type Usage } from './schema';

export type RepairResult = { data: StoreData; issues: CoreIssue[] } | { newer: number; issues: CoreIssue[] };

// Newer fields survive this reader. A later Switchyard may add a field to an entry, a base account
// or the list, or a partition this version does not know. Rather than raise STORE_VERSION for every
// such addition (which would make every older browser refuse to save anything, even the usage
// counts of a switch), this reader keeps what it does not understand: unknown fields are written
// back as they were read, and a base account or entry it cannot use is kept aside (`unreadable`,
// `unreadableBases`), reported, and read again on every load, so the version that understands it
// finds it in place. Raise STORE_VERSION only when the meaning of a known field changes.

/** Fields this version reads on an entry (Profile, EntryExtras, and the role ARN that
 *  validateProfile reads an older or hand-written entry from); any other field is kept as it is. */
const ENTRY_FIELDS = new Set(['id', 'label', 'account', 'roleName', 'rolePath', 'partition', 'displayName', 'color', 'region', 'roleArn',
  'group', 'production', 'base', 'sso', 'consoleSwitchable', 'image', 'managed', 'updatedAt']);
const BASE_FIELDS = new Set(['name', 'account', 'partition', 'alias', 'roleName', 'targetRoleName', 'targetRegion']);
const STORE_FIELDS = new Set(['version', 'entries', 'bases', 'favourites', 'usage', 'groups', 'settings', 'unreadable', 'unreadableBases', 'deleted', 'stamps', 'profiles']);

/** Copies the fields of `from` that `known` does not name onto `to` (undefined is no field, as in
 *  storage; `__proto__` would set the prototype, and no version writes it). */
function keepUnknown(to: object, from: Record<string, unknown>, known: Set<string>): void {
  for (const key in from) {
    if (known.has(key) || key === '__proto__') continue;
    const value = from[key];
    if (value !== undefined) (to as Record<string, unknown>)[key] = value;
  }
}

/**
 * Reads whatever storage holds back into the current shape. A bad field falls back to its default
 * and is reported; an entry (or base account) that no longer validates is kept aside, untouched,
 * and reported: written back with every save and offered in the JSON backup; nothing throws.
 * Data written by a newer version is not touched at all.
 */
export function repairStore(stored: unknown): RepairResult {
  if (stored === undefined || stored === null) return { data: emptyStore(), issues: [] };
  // Not a list at all: kept aside like an unreadable entry, so the next change (any switch) writes
  // it back rather than replacing it with an empty list; the JSON backup carries it.
  if (!isObject(stored)) return { data: { ...emptyStore(), unreadable: [stored] }, issues: [coreIssue('errStoreUnreadable')] };
  const migrated = migrate(stored);
  if (!migrated.ok) return { newer: migrated.version, issues: [coreIssue('errStoreNewer', [migrated.version])] };
  const raw = migrated.value;
  const issues: CoreIssue[] = [];
  const unreadable: unknown[] = [];
  const { entries, ids } = repairEntries(raw.entries, issues, unreadable);
  // What was kept aside before is read again: a newer version's entry may read now, and what still
  // does not stays aside as it was (its reason was said when it was set aside; from then on it is
  // counted as kept aside).
  const setAsideNow = unreadable.length;
  if (Array.isArray(raw.unreadable)) retryKeptAside(raw.unreadable, entries, ids, isObject(raw.deleted) ? raw.deleted : {}, unreadable);
  const keptIds = new Set(unreadable.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : [])));
  const { bases, unreadableBases, carried } = repairBases(raw.bases, raw.unreadableBases, issues);
  // What an earlier load kept aside is said on every load, as long as it is kept.
  const stillAside = unreadable.length - setAsideNow + carried;
  if (stillAside > 0) issues.push(coreIssue('warnKeptAside', [stillAside]));
  const data: StoreData = {
    version: emptyStore().version,
    entries,
    bases,
    // Catalog entries can be favourites too; the catalog may be missing for a while (policy not
    // loaded yet), so their favourite places are kept; so are those of entries kept aside.
    favourites: Array.isArray(raw.favourites)
      ? [...new Set(raw.favourites.filter((id): id is string => typeof id === 'string' && (ids.has(id) || keptIds.has(id) || id.startsWith(CATALOG_ID_PREFIX))))]
      : [],
    usage: repairRecord(raw.usage, (u): Usage | undefined =>
      isObject(u) && Number.isFinite(u.count) && Number.isFinite(u.lastUsed) ? { count: u.count as number, lastUsed: u.lastUsed as number } : undefined),
    groups: repairRecord(raw.groups, (g): GroupSettings | undefined =>
      isObject(g) ? { ...(g.production === true && { production: true }), ...(g.collapsed === true && { collapsed: true }) } : undefined),
    settings: repairSettings(raw.settings, issues),
    deleted: repairRecord(raw.deleted, (at): number | undefined => (isTime(at) ? at : undefined)),
    stamps: repairStamps(raw.stamps),
    ...(unreadable.length > 0 && { unreadable }),
    ...(unreadableBases.length > 0 && { unreadableBases }),
  };
  keepUnknown(data, raw, STORE_FIELDS);
  return { data, issues };
}

/** Items kept aside by an earlier load, read again: those that are entries now join the list.
 *  Not under an id the list has, or had and deleted: a second entry that shared an id with a
 *  deleted one must not come back in its place. */
function retryKeptAside(items: unknown[], entries: Entry[], ids: Set<string>, deleted: Record<string, unknown>, unreadable: unknown[]): void {
  for (const item of items) {
    const free = isObject(item) && typeof item.id === 'string' && !ids.has(item.id) && !Object.hasOwn(deleted, item.id);
    const entry = free ? readEntry(item as Record<string, unknown>, (item as { id: string }).id) : undefined;
    if (!entry) {
      unreadable.push(item);
      continue;
    }
    ids.add(entry.id);
    entries.push(entry);
  }
}

/** The base accounts this version can use, and the others kept aside as stored (reported). */
function repairBases(value: unknown, keptAside: unknown, issues: CoreIssue[]): { bases: BaseAccount[]; unreadableBases: unknown[]; carried: number } {
  const bases: BaseAccount[] = [];
  const unreadableBases: unknown[] = [];
  let carried = 0;
  const names = new Set<string>();
  const take = (item: unknown, report: boolean) => {
    const base = repairBase(item);
    if (base && !names.has(base.name)) {
      names.add(base.name);
      bases.push(base);
      return;
    }
    unreadableBases.push(item);
    if (!report) carried++;
    // A second base of the same name is readable, only not usable while the first keeps the name.
    else issues.push(coreIssue(base ? 'warnStoredBaseDuplicate' : 'warnStoredBaseSetAside', [isObject(item) && typeof item.name === 'string' ? item.name : '?']));
  };
  if (Array.isArray(value)) for (const item of value) take(item, true);
  if (Array.isArray(keptAside)) for (const item of keptAside) take(item, false);
  return { bases, unreadableBases, carried };
}

function repairEntries(value: unknown, issues: CoreIssue[], unreadable: unknown[]): { entries: Entry[]; ids: Set<string> } {
  const seen = new Set<string>();
  const entries: Entry[] = [];
  if (value === undefined) return { entries, ids: seen };
  if (!Array.isArray(value)) {
    issues.push(coreIssue('errStoredListUnreadable'));
    unreadable.push(value);
    return { entries, ids: seen };
  }
  // A plain loop building each entry once: loading 5,000 entries is on the popup's start-up path.
  const passed: PassedChecks = {};
  for (let index = 0; index < value.length; index++) {
    if (!(index in value)) continue; // a hole is not an entry (as flatMap and forEach skip it)
    const item: unknown = value[index];
    const id = isObject(item) ? str(item.id) : undefined;
    if (!id || seen.has(id)) {
      issues.push(coreIssue('errStoredEntryUnreadable', [index + 1]));
      unreadable.push(asStored(item));
      continue;
    }
    // The catalog's ids are the organisation's: an entry of ours under one could be neither
    // edited nor deleted, and would collide with the catalog's entry.
    if (id.startsWith(CATALOG_ID_PREFIX)) {
      issues.push(coreIssue('errStoredEntryCatalogId', [index + 1, id]));
      unreadable.push(asStored(item));
      continue;
    }
    const entry = readEntry(item as Record<string, unknown>, id, passed, (errors) => {
      issues.push(coreIssue('errStoredEntryInvalid', [index + 1, errors.map((e) => e.message).join(' ')]));
      unreadable.push(asStored(item));
    }, (chars, label) => issues.push(coreIssue('warnStoredHiddenChars', [index + 1, label, chars.join(', ')])));
    if (!entry) continue;
    seen.add(id);
    entries.push(entry);
  }
  return { entries, ids: seen };
}

/** One stored entry as this version reads it, with the fields it does not know kept as they are;
 *  undefined (and `invalid` called) when its role does not validate. */
function readEntry(
  record: Record<string, unknown>,
  id: string,
  passed: PassedChecks = {},
  invalid?: (errors: CoreIssue[]) => void,
  stripped?: (chars: string[], label: string) => void,
): Entry | undefined {
  if (id.startsWith(CATALOG_ID_PREFIX)) return undefined;
  // The entry is built once: its role fields, then its extras and id added to the same object.
  let entry = quickProfile(record, passed) as Entry | undefined;
  if (!entry) {
    // Hidden characters (a backup, or a list an older version saved) are stripped, with a warning
    // naming the entry, not refused: the entry is the user's and stays usable (the entry form
    // refuses them when it is next edited).
    const fields = Object.fromEntries(Object.entries(record).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
    const { value: valid, errors } = validateProfile(fields, { hiddenChars: 'strip' });
    if (!valid) {
      invalid?.(errors);
      return undefined;
    }
    const chars = [...new Set([...hiddenCharsIn(fields.label ?? ''), ...hiddenCharsIn(fields.displayName ?? '')])];
    if (chars.length > 0) stripped?.(chars, valid.label);
    entry = { ...valid } as Entry;
  }
  addExtras(entry, record);
  entry.id = id;
  keepUnknown(entry, record, ENTRY_FIELDS);
  return entry;
}

/** An item kept aside as storage holds it: without the fields that the compact codec gives every
 *  decoded entry and leaves undefined (see decodeCompact), which storage would not keep either. */
function asStored(item: unknown): unknown {
  if (!isObject(item) || !Object.values(item).includes(undefined)) return item;
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
}

const ROLE_NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/;
const ROLE_PATH = /^\/(?:[A-Za-z0-9+=,.@_-]+\/)*$/;
const ACCOUNT_ID = /^\d{12}$/;
const COLOR = /^[0-9a-f]{6}$/;
const trimmed = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max && value.trim() === value;

/**
 * The last value of each recurring field that passed its check. Neighbouring entries mostly share
 * their account, role name, path, colour and region (the roles of one account are listed
 * together), so the same value passes again without a second look.
 */
type PassedChecks = Partial<Record<'account' | 'roleName' | 'rolePath' | 'color' | 'region' | 'regionPartition', string>>;

/**
 * The entry's role fields when they are already in the exact form validateProfile would give
 * back (what the store itself writes), checked in a fraction of its time: loading 5,000 entries
 * is on the popup's start-up path. Anything else (aliases, ARNs, spaces, upper-case colours…)
 * returns undefined and goes through validateProfile. repair.test.ts checks both agree.
 */
export function quickProfile(item: Record<string, unknown>, passed: PassedChecks = {}): Omit<Profile, 'id'> | undefined {
  const { label, account, roleName, rolePath, partition, displayName, color, region } = item;
  if (item.roleArn !== undefined || !trimmed(label, 100) || mayHideChars(label) || typeof account !== 'string') return undefined;
  if (account !== passed.account) {
    if (!ACCOUNT_ID.test(account)) return undefined;
    passed.account = account;
  }
  if (typeof roleName !== 'string' || typeof rolePath !== 'string') return undefined;
  if (roleName !== passed.roleName) {
    if (!ROLE_NAME.test(roleName)) return undefined;
    passed.roleName = roleName;
  }
  if (rolePath !== passed.rolePath) {
    if (!ROLE_PATH.test(rolePath)) return undefined;
    passed.rolePath = rolePath;
  }
  if (rolePath.length - 1 + roleName.length > 64 || typeof partition !== 'string' || !isPartition(partition)) return undefined;
  const value: Omit<Profile, 'id'> = { label, account, roleName, rolePath, partition };
  if (displayName !== undefined) {
    if (!trimmed(displayName, 64) || mayHideChars(displayName)) return undefined;
    value.displayName = displayName;
  }
  if (color !== undefined) {
    if (typeof color !== 'string') return undefined;
    if (color !== passed.color) {
      if (!COLOR.test(color)) return undefined;
      passed.color = color;
    }
    value.color = color;
  }
  if (region !== undefined) {
    if (typeof region !== 'string') return undefined;
    if (region !== passed.region || partition !== passed.regionPartition) {
      if (!REGION_PATTERN.test(region) || !isRegionOf(region, partition)) return undefined;
      passed.region = region;
      passed.regionPartition = partition;
    }
    value.region = region;
  }
  return value;
}

/** An entry's well-formed extras, added to `extras` (the entry being built). */
function addExtras(extras: EntryExtras, item: Record<string, unknown>): void {
  const group = str(item.group)?.trim();
  if (group) extras.group = group;
  if (item.production === true) extras.production = true;
  if (str(item.base)) extras.base = item.base as string;
  if (isObject(item.sso) && str(item.sso.startUrl) && str(item.sso.accountId) && str(item.sso.permissionSet)) {
    extras.sso = { startUrl: item.sso.startUrl as string, accountId: item.sso.accountId as string, permissionSet: item.sso.permissionSet as string };
  }
  if (item.consoleSwitchable === false) extras.consoleSwitchable = false;
  if (str(item.image)?.startsWith('https://')) extras.image = item.image as string;
  if (isTime(item.updatedAt)) extras.updatedAt = item.updatedAt;
}

function repairBase(value: unknown): BaseAccount | undefined {
  if (!isObject(value) || !str(value.name) || !str(value.account)) return undefined;
  const partition = str(value.partition) ?? 'aws';
  if (!isPartition(partition)) return undefined;
  const base: BaseAccount = { name: value.name as string, account: value.account as string, partition };
  for (const key of ['alias', 'roleName', 'targetRoleName', 'targetRegion'] as const) if (str(value[key])) base[key] = value[key] as string;
  keepUnknown(base, value, BASE_FIELDS);
  return base;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function repairStamps(value: unknown): Stamps {
  if (!isObject(value)) return {};
  const stamps: Stamps = {};
  for (const part of STAMPED_PARTS) if (isTime(value[part])) stamps[part] = value[part];
  return stamps;
}

function repairRecord<T>(value: unknown, repair: (item: unknown) => T | undefined): Record<string, T> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => {
    const fixed = repair(item);
    return fixed === undefined ? [] : [[key, fixed]];
  }));
}

function repairSettings(value: unknown, issues: CoreIssue[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (value === undefined) return settings;
  if (!isObject(value)) {
    issues.push(coreIssue('warnSettingsReset'));
    return settings;
  }
  const record = settings as unknown as Record<string, unknown>;
  keepUnknown(settings, value, new Set(Object.keys(DEFAULT_SETTINGS)));
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const given = value[key];
    if (given === undefined) continue;
    const allowed: readonly unknown[] | undefined = ALLOWED[key];
    if (typeof given === typeof fallback && (!allowed || allowed.includes(given))) record[key] = given;
    else issues.push(coreIssue('warnSettingReset', [key]));
  }
  return settings;
}

const ALLOWED: Record<string, readonly unknown[]> = {
  theme: ['system', 'light', 'dark'],
  unreachable: ['grey', 'hide'],
  storageArea: ['local', 'sync'],
};
