// Ordered migrations: each step takes the stored value of one version to the next. A step is
// never edited once released; a new version adds a step. (Remove a step only when no browser can
// still hold its input: note the date here when that happens.)
import { STORE_VERSION } from './schema';

type Step = (value: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] takes version n to n + 1. */
const MIGRATIONS: Step[] = [
  // 0 → 1 (first release, issue 2 → issue 5): the list was a bare array of profiles under `profiles`.
  (value) => ({ version: 1, entries: Array.isArray(value.profiles) ? value.profiles : [] }),
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
