// The benchmark's in-browser laboratory: the pure import and storage code, bundled on its own and
// loaded into an extension page (bench-lab.html) so that it runs in Chromium as the extension's
// pages run it, with the real storage.sync.
import { exportAwsConfig } from '../src/core/export/export-ini';
import { previewImport } from '../src/core/import/preview';
import { repairStore } from '../src/core/store/repair';
import { emptyStore, type StoreData } from '../src/core/store/schema';
import { loadStore } from '../src/core/store/store-engine';
import { MemoryArea } from '../src/core/testing/memory-area';
import { decodeStore, encodeStore } from '../src/core/store/packing/store-codec';
import { makeWriteId, planSyncWrite, readSyncItems } from '../src/core/store/packing/sync-layout';
import { generateEntries } from '../src/core/testing/generate-entries';
import { generateIndependentEntries } from '../src/core/testing/generate-independent';
import { chainIntoCycleConfig, oneIdPolicy } from './scale-inputs';

declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(keys: string[]): Promise<void>; clear(): Promise<void> } } };

const dataOf = (count: number, seed: number): StoreData => ({ ...emptyStore(), entries: generateEntries(count, seed) });

/** The two lists sync capacity is measured on: the project's own generator, with the structure
 *  real lists have (and the codec was tuned on), and the issue's independent one (#18). */
const LISTS = { own: generateEntries, independent: generateIndependentEntries };
type ListKind = keyof typeof LISTS;

/** A realistic ~/.aws/config: the generated list, exported as the extension exports it. */
function configText(count: number, seed: number): string {
  return exportAwsConfig(dataOf(count, seed));
}

/** Parse + preview of an import against an empty list (ms), after making the text outside the timer. */
function importMs(count: number, seed: number): { ms: number; rows: number; bytes: number } {
  const text = configText(count, seed);
  const start = performance.now();
  const preview = previewImport(text, emptyStore());
  return { ms: performance.now() - start, rows: preview.rows.length, bytes: text.length };
}

/** Parse + preview of a pasted config whose source_profile links form one chain ending in a
 *  circle (every profile gets the circle's error), against an empty list (ms). */
function importChainMs(count: number): { ms: number; rows: number; cycleErrors: number; bytes: number } {
  const text = chainIntoCycleConfig(count);
  const start = performance.now();
  const preview = previewImport(text, emptyStore());
  const ms = performance.now() - start;
  const cycleErrors = preview.rows.filter((row) => row.reasons.some((issue) => issue.code === 'errImportSourceCycle')).length;
  return { ms, rows: preview.rows.length, cycleErrors, bytes: text.length };
}

/** A store load (what the popup, the badge and every switch do) with an organisation policy of
 *  `count` entries that all give one id, the worst case for telling them apart (ms). The policy
 *  is made outside the timer; the browser's storage.managed is read-only, so a stand-in hands it over. */
async function catalogReadMs(count: number, seed: number): Promise<{ ms: number; entries: number; lastId: string }> {
  const policy = oneIdPolicy(count, seed);
  const deps = { local: new MemoryArea(), sync: MemoryArea.sync(), managed: { get: async () => policy } };
  const start = performance.now();
  const snapshot = await loadStore(deps);
  return { ms: performance.now() - start, entries: snapshot.catalog.length, lastId: snapshot.catalog.at(-1)?.id ?? '' };
}

async function fits(kind: ListKind, count: number, seed: number): Promise<boolean> {
  const packed = await encodeStore({ ...emptyStore(), entries: LISTS[kind](count, seed) });
  return planSyncWrite({}, packed, 'w', 0).ok;
}

/** The largest list of that kind whose packed form fits in an empty storage.sync (binary
 *  search to the entry: the figure is compared with the issue's, which is exact). */
async function syncCapacity(seed: number, kind: ListKind = 'own'): Promise<number> {
  let low = 0;
  let high = 30_000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (await fits(kind, mid, seed)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Encode + write to storage.sync, then read + decode it back (ms each), as the store does. */
async function syncRoundTrip(count: number, seed: number): Promise<{ encodeWriteMs: number; readDecodeMs: number; entries: number }> {
  const data = dataOf(count, seed);
  await chrome.storage.sync.clear();
  const start = performance.now();
  const packed = await encodeStore(data);
  const plan = planSyncWrite(await chrome.storage.sync.get(null), packed, makeWriteId(Date.now(), Math.random), Date.now());
  if (!plan.ok) throw new Error(`${count} entries do not fit in sync (${plan.needed} > ${plan.available})`);
  for (const op of plan.ops) {
    if ('set' in op) await chrome.storage.sync.set(op.set);
    else await chrome.storage.sync.remove(op.remove);
  }
  const written = performance.now();
  const read = readSyncItems(await chrome.storage.sync.get(null));
  if (read.kind !== 'ok') throw new Error(`sync read back as ${read.kind}`);
  const decoded = await decodeStore(read.packed);
  if (!decoded.ok) throw new Error(`sync decoded as ${decoded.reason}`);
  const repaired = repairStore(decoded.value);
  const done = performance.now();
  return { encodeWriteMs: written - start, readDecodeMs: done - written, entries: 'data' in repaired ? repaired.data.entries.length : 0 };
}

(globalThis as unknown as { switchyardLab: object }).switchyardLab = { importMs, importChainMs, catalogReadMs, syncCapacity, syncRoundTrip };
