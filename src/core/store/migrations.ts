// Ordered migrations: each step takes the stored value of one version to the next. A step is
// never edited once released; a new version adds a step. (Remove a step only when no browser can
// still hold its input: note the date here when that happens.)
import { ENTRY_ID_ALPHABET, ENTRY_ID_LENGTH } from './entry-id';
import { STORE_VERSION } from './schema';
import { hash53 } from '../shared/hash53';

type Step = (value: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] takes version n to n + 1. */
const MIGRATIONS: Step[] = [
  // 0 → 1 (first release, issue 2 → issue 5): the list was a bare array of profiles under `profiles`.
  (value) => ({ version: 1, entries: Array.isArray(value.profiles) ? value.profiles : [] }),
  // 1 → 2 (issue 5, sync): tombstones and part stamps for merging; UUID ids (36 characters, 16
  // random bytes) become short ids, derived from the old id so that two browsers migrating the
  // same list agree on them. Favourites and usage follow their entry.
  (value) => ({ ...value, version: 2, ...shortenIds(value) }),
];

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; from: number }
  | { ok: false; reason: 'newer'; version: number };

/** Brings a stored object to STORE_VERSION. Data from a newer version is refused, never guessed at:
 *  the caller keeps it untouched and says the extension needs an update. */
export function migrate(stored: Record<string, unknown>): MigrationResult {
  const from = typeof stored.version === 'number' && Number.isInteger(stored.version) && stored.version >= 0 ? stored.version : 0;
  if (from > STORE_VERSION) return { ok: false, reason: 'newer', version: from };
  let value = stored;
  for (let version = from; version < STORE_VERSION; version++) value = MIGRATIONS[version]!(value);
  return { ok: true, value, from };
}

export const MIGRATION_COUNT = MIGRATIONS.length;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function shortId(text: string): string {
  let n = hash53(text);
  let id = '';
  for (let i = 0; i < ENTRY_ID_LENGTH; i++) {
    id += ENTRY_ID_ALPHABET[n % 32];
    n = Math.floor(n / 32);
  }
  return id;
}

function shortenIds(value: Record<string, unknown>): Record<string, unknown> {
  const entries = Array.isArray(value.entries) ? value.entries : [];
  const idOf = (item: unknown) => (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined);
  const taken = new Set(entries.map(idOf).filter((id): id is string => id !== undefined && !UUID.test(id)));
  const renamed = new Map<string, string>();
  for (const id of entries.map(idOf)) {
    if (id === undefined || !UUID.test(id) || renamed.has(id)) continue;
    let fresh = shortId(id);
    for (let salt = 1; taken.has(fresh); salt++) fresh = shortId(`${id}#${salt}`);
    taken.add(fresh);
    renamed.set(id, fresh);
  }
  if (renamed.size === 0) return {};
  const rename = (id: unknown) => (typeof id === 'string' ? renamed.get(id) ?? id : id);
  const result: Record<string, unknown> = {
    entries: entries.map((item) => (renamed.has(idOf(item) ?? '') ? { ...(item as object), id: rename(idOf(item)) } : item)),
  };
  if (Array.isArray(value.favourites)) result.favourites = value.favourites.map(rename);
  if (typeof value.usage === 'object' && value.usage !== null && !Array.isArray(value.usage)) {
    result.usage = Object.fromEntries(Object.entries(value.usage).map(([id, usage]) => [rename(id), usage]));
  }
  return result;
}
