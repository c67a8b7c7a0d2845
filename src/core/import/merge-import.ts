// How imported entries meet the saved list. An imported entry matches a saved one when both name
// the same role: partition, account, role path and name (exact case), and kind (a role or an
// Identity Center permission set). Merging keeps what the user made their own: the label, the
// colour, the group and the production mark (the file fills them only where the entry has none),
// and the entry's id, so favourites and usage stay attached. Replacing makes the list exactly the
// file's, still keeping the ids of matched entries.
import type { BaseAccount, Entry } from '../store/schema';
import type { NewEntry } from './to-entries';

export type ImportMode = 'merge' | 'replace';

export interface FieldChange {
  field: keyof Entry | keyof BaseAccount;
  from?: string;
  to?: string;
}

export interface MergedEntry {
  status: 'new' | 'changed' | 'unchanged';
  entry: Entry;
  /** What the import changes in the saved entry. */
  changes: FieldChange[];
  /** What the file says differently but the user's value is kept (merge mode). */
  kept: FieldChange[];
}

const COMPARED = ['label', 'account', 'roleName', 'rolePath', 'partition', 'displayName', 'color', 'region',
  'group', 'production', 'base', 'sso', 'consoleSwitchable', 'image'] as const satisfies ReadonlyArray<keyof Entry>;
/** Fields the user owns once the entry is saved: the file only fills them when they are empty. */
const USER_OWNED = ['label', 'color', 'group', 'production'] as const;
/** Fields the file owns when it gives them. */
const FILE_OWNED = ['displayName', 'region', 'base', 'image'] as const;

export function matchKey(entry: Pick<Entry, 'partition' | 'account' | 'rolePath' | 'roleName' | 'sso'>): string {
  return `${entry.sso ? 'sso' : 'role'}\n${entry.partition}\n${entry.account}\n${entry.rolePath}${entry.roleName}`;
}

export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null) return Object.values(value).join(' · ');
  return String(value);
}

export function entryChanges(before: Partial<Entry>, after: Partial<Entry>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED) {
    if (before[field] === after[field]) continue;
    const from = showValue(before[field]);
    const to = showValue(after[field]);
    if (from !== to) changes.push({ field, ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
  }
  return changes;
}

function mergeInto(saved: Entry, incoming: NewEntry, mode: ImportMode): { entry: Entry; kept: FieldChange[] } {
  if (mode === 'replace') {
    const entry: Entry = { ...incoming, id: saved.id };
    if (saved.updatedAt !== undefined) entry.updatedAt = saved.updatedAt;
    return { entry, kept: [] };
  }
  const entry: Entry = { ...saved };
  const kept: FieldChange[] = [];
  const record = entry as unknown as Record<string, unknown>;
  for (const field of USER_OWNED) {
    const mine = saved[field];
    const theirs = incoming[field];
    if (mine === undefined) {
      if (theirs !== undefined) record[field] = theirs;
    } else if (theirs !== undefined && theirs !== mine) {
      kept.push({ field, from: showValue(theirs), to: showValue(mine) });
    }
  }
  for (const field of FILE_OWNED) if (incoming[field] !== undefined) record[field] = incoming[field];
  if (incoming.sso) entry.sso = incoming.sso;
  if (incoming.consoleSwitchable === false) entry.consoleSwitchable = false;
  else delete entry.consoleSwitchable;
  return { entry, kept };
}

/**
 * Brings `incoming` into `saved`. Returns one result per incoming entry (in order), the new list
 * (saved order first, new entries after) and, when replacing, the saved entries that go.
 */
export function mergeEntries(saved: readonly Entry[], incoming: readonly NewEntry[],
  options: {
    mode: ImportMode; now: number; newId: () => string;
    /** matchKey of each incoming entry, if known */
    keys?: readonly string[];
    /** The incoming entries are the caller's to give away: a new one becomes the list's entry
     *  itself (with its id and time) rather than a copy. */
    adopt?: boolean;
  }) {
  const byKey = new Map<string, Entry[]>();
  for (let i = 0; i < saved.length; i++) {
    const entry = saved[i]!;
    const key = matchKey(entry);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const taken = new Set<string>();
  const ids = new Set(saved.map((e) => e.id));
  const freshId = () => {
    for (;;) {
      const id = options.newId();
      if (!ids.has(id)) return ids.add(id), id;
    }
  };
  const replaced = new Map<string, Entry>();
  const added: Entry[] = [];
  const results = incoming.map((candidate, index): MergedEntry => {
    // Of several saved entries for the same role (one per region, say), the one with the same label.
    let match: Entry | undefined;
    // (Nothing saved, as in a first import: nothing to look up.)
    const same = byKey.size === 0 ? undefined : byKey.get(options.keys?.[index] ?? matchKey(candidate));
    for (let i = 0; same !== undefined && i < same.length; i++) {
      const e = same[i]!;
      if (taken.has(e.id)) continue;
      match ??= e;
      if (e.label === candidate.label) {
        match = e;
        break;
      }
    }
    if (!match) {
      // The candidate itself when adopted, else a copy: as { ...candidate } (a NewEntry is plain
      // data, with no `__proto__` key), which is slow for the many shapes imported entries come in.
      const entry = (options.adopt ? candidate : Object.assign({}, candidate)) as Entry;
      entry.id = freshId();
      entry.updatedAt = options.now;
      added.push(entry);
      return { status: 'new', entry, changes: [], kept: [] };
    }
    taken.add(match.id);
    const { entry, kept } = mergeInto(match, candidate, options.mode);
    const changes = entryChanges(match, entry);
    if (changes.length > 0) entry.updatedAt = options.now;
    replaced.set(match.id, entry);
    return { status: changes.length > 0 ? 'changed' : 'unchanged', entry, changes, kept };
  });
  const removed = options.mode === 'replace' ? saved.filter((e) => !taken.has(e.id)) : [];
  const kept = options.mode === 'replace' ? saved.filter((e) => taken.has(e.id)) : saved;
  return { results, entries: [...kept.map((e) => replaced.get(e.id) ?? e), ...added], removed };
}

export interface MergedBase {
  status: 'new' | 'changed' | 'unchanged';
  base: BaseAccount;
  changes: FieldChange[];
}

const BASE_FIELDS = ['account', 'alias', 'partition', 'roleName', 'targetRoleName', 'targetRegion'] as const;

/** Bases are matched by name; the file's fields replace the saved ones. */
export function mergeBases(saved: readonly BaseAccount[], incoming: readonly BaseAccount[], mode: ImportMode) {
  const byName = new Map(saved.map((b) => [b.name, b]));
  const seen = new Set<string>();
  const results: MergedBase[] = [];
  for (const base of incoming) {
    if (seen.has(base.name)) continue;
    seen.add(base.name);
    const old = byName.get(base.name);
    const changes = BASE_FIELDS.flatMap((field): FieldChange[] => {
      const from = old?.[field];
      const to = base[field];
      return from === to ? [] : [{ field, ...(from !== undefined && { from }), ...(to !== undefined && { to }) }];
    });
    results.push({ status: !old ? 'new' : changes.length > 0 ? 'changed' : 'unchanged', base, changes: old ? changes : [] });
  }
  const fresh = new Map(results.map((r) => [r.base.name, r.base]));
  const bases = mode === 'replace'
    ? results.map((r) => r.base)
    : [...saved.map((b) => fresh.get(b.name) ?? b), ...results.filter((r) => r.status === 'new').map((r) => r.base)];
  const removed = mode === 'replace' ? saved.filter((b) => !fresh.has(b.name)) : [];
  return { results, bases, removed };
}
