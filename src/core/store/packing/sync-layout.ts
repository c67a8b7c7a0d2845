// How the packed list lies in storage.sync: chunks of at most 8 KB under keys that name the
// write they belong to, and one manifest that says which write is current. A write puts its
// chunks under fresh keys first and flips the manifest second, so a reader sees the old list or
// the new one, never half of each; old chunks are cleaned up after. Every chunk starts with its
// write id and the manifest carries a checksum, so a reader on another computer, whose sync
// may deliver the items of one write in any order, can tell a list still arriving from a
// complete one. When the old and new lists do not fit side by side (near the quota), the write
// replaces the chunks and the manifest in one storage call instead, which the browser applies
// all at once.
import { STORE_VERSION } from '../schema';
import { SYNC_CHUNK_KEY as CHUNK_KEY, SYNC_CHUNK_PREFIX, SYNC_MANIFEST_KEY as MANIFEST_KEY, syncChunkPrefix } from '../storage-keys';
import type { PackedStore } from './store-codec';

/** storage.sync's limits (Chrome; Firefox has the same numbers). */
export const SYNC_QUOTA = { bytes: 102_400, bytesPerItem: 8_192, items: 512, writesPerMinute: 120, writesPerHour: 1_800 } as const;

/** Layout of the items; a reader refuses a newer one instead of guessing. */
export const LAYOUT_VERSION = 1;
/** A chunk whose write started longer ago than this and that no manifest names is left over
 *  from a write that failed half-way: it is removed. */
const ORPHAN_AGE_MS = 10 * 60_000;

export interface Manifest {
  layout: number;
  /** STORE_VERSION of the data in the chunks. */
  version: number;
  /** The write these chunks belong to: base-36 seconds + 2 random characters. */
  write: string;
  /** Chunk keys are `${prefix}${index}`. */
  prefix: string;
  chunks: number;
  bytes: number;
  crc: number;
  entries: number;
  /** When the list was written (ms). */
  at: number;
}

export type SyncItems = Record<string, unknown>;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** How much longer Chrome writes a number than JSON.stringify. Chrome keeps a whole number outside
 *  32 bits as a double and writes it as base::NumberToString does: "2147483648.0" below 10^12,
 *  shortest digits with an exponent from there ("1.796448681005e+12"; "1e+12" is shorter than
 *  JSON). Measured with getBytesInUse in Chromium; the manifest's time and checksum are such numbers. */
function chromeNumberExtra(n: number): number {
  if (!Number.isInteger(n) || (n <= 0x7fffffff && n >= -0x80000000) || Math.abs(n) >= 1e21) return 0;
  const json = String(n);
  if (Math.abs(n) < 1e12) return 2;
  const digits = json.replace('-', '').replace(/0+$/, '');
  const chrome = (n < 0 ? 1 : 0) + digits.length + (digits.length > 1 ? 1 : 0) + 2 + String(json.replace('-', '').length - 1).length;
  return chrome - json.length;
}

function chromeExtra(value: unknown): number {
  if (typeof value === 'number') return chromeNumberExtra(value);
  if (typeof value !== 'object' || value === null) return 0;
  let extra = 0;
  for (const inner of Object.values(value)) extra += chromeExtra(inner);
  return extra;
}

/** What the browser counts for one item: its key plus the JSON text of its value. Firefox counts
 *  JSON.stringify's text, Chrome its own (a few bytes apart for large numbers): the larger. */
export const itemBytes = (key: string, value: unknown) => utf8Length(key) + utf8Length(JSON.stringify(value) ?? '') + Math.max(0, chromeExtra(value));

export function makeWriteId(now: number, random: () => number): string {
  const tail = Math.floor(random() * 36 * 36).toString(36).padStart(2, '0');
  return `${Math.floor(now / 1000).toString(36)}${tail}`;
}

const writeTime = (write: string) => parseInt(write.slice(0, -2), 36) * 1000;

export function parseManifest(value: unknown): Manifest | 'newer' | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (typeof m.layout === 'number' && m.layout > LAYOUT_VERSION) return 'newer';
  if (typeof m.version === 'number' && m.version > STORE_VERSION) return 'newer';
  const int = (key: string) => typeof m[key] === 'number' && Number.isSafeInteger(m[key]) && (m[key] as number) >= 0;
  const ok = m.layout === LAYOUT_VERSION && int('version') && typeof m.write === 'string' && /^[0-9a-z]{3,16}$/.test(m.write)
    && typeof m.prefix === 'string' && SYNC_CHUNK_PREFIX.test(m.prefix) && int('chunks') && (m.chunks as number) <= SYNC_QUOTA.items
    && int('bytes') && int('crc') && int('entries') && int('at');
  return ok ? (m as unknown as Manifest) : undefined;
}

export type SyncRead =
  | { kind: 'empty' }
  | { kind: 'ok'; manifest: Manifest; packed: Pick<PackedStore, 'text' | 'byteLength' | 'crc'> }
  | { kind: 'newer'; version: number }
  /** Chunks missing or from another write: another browser's write may still be arriving. */
  | { kind: 'incomplete'; detail: string }
  | { kind: 'damaged'; detail: string };

/** The packed list the manifest names, checked chunk by chunk (decoding is store-codec's job). */
export function readSyncItems(items: SyncItems): SyncRead {
  const raw = items[MANIFEST_KEY];
  if (raw === undefined) return { kind: 'empty' };
  const manifest = parseManifest(raw);
  if (manifest === 'newer') return { kind: 'newer', version: Math.max(Number((raw as { version?: unknown }).version) || 0, STORE_VERSION + 1) };
  if (!manifest) return { kind: 'damaged', detail: 'the manifest is not readable' };
  const parts: string[] = [];
  for (let i = 0; i < manifest.chunks; i++) {
    const chunk = items[`${manifest.prefix}${i}`];
    if (typeof chunk !== 'string') return { kind: 'incomplete', detail: `chunk ${i + 1} of ${manifest.chunks} is missing` };
    if (!chunk.startsWith(manifest.write)) return { kind: 'incomplete', detail: `chunk ${i + 1} of ${manifest.chunks} belongs to another write` };
    parts.push(chunk.slice(manifest.write.length));
  }
  return { kind: 'ok', manifest, packed: { text: parts.join(''), byteLength: manifest.bytes, crc: manifest.crc } };
}

function chunksOf(text: string, prefix: string, write: string): Record<string, string> {
  const keyRoom = prefix.length + 4;
  // Each item: key + the JSON string (its quotes) + the write id, within the per-item quota.
  const size = SYNC_QUOTA.bytesPerItem - keyRoom - 2 - write.length;
  const chunks: Record<string, string> = {};
  for (let i = 0, at = 0; at < text.length || i === 0; i++, at += size) chunks[`${prefix}${i}`] = write + text.slice(at, at + size);
  return chunks;
}

export interface SyncUsage {
  /** Bytes used in storage.sync, everything counted. */
  bytes: number;
  items: number;
  /** Bytes of the current list (chunks + manifest). */
  listBytes: number;
  quota: number;
}

export function syncUsage(items: SyncItems): SyncUsage {
  const manifest = parseManifest(items[MANIFEST_KEY]);
  let bytes = 0;
  let listBytes = 0;
  for (const [key, value] of Object.entries(items)) {
    const size = itemBytes(key, value);
    bytes += size;
    if (key === MANIFEST_KEY || (typeof manifest === 'object' && key.startsWith(manifest.prefix))) listBytes += size;
  }
  return { bytes, items: Object.keys(items).length, listBytes, quota: SYNC_QUOTA.bytes };
}

/** One storage call; `set` and `remove` calls run in this order. */
export type SyncOp = { set: SyncItems } | { remove: string[] };

export type WritePlan =
  | { ok: true; mode: 'flip' | 'replace'; ops: SyncOp[]; manifest: Manifest; bytesAfter: number }
  | { ok: false; needed: number; available: number };

/** How to put `packed` in sync next to what `current` holds, or how far it is from fitting. */
export function planSyncWrite(current: SyncItems, packed: PackedStore, write: string, now: number): WritePlan {
  const old = parseManifest(current[MANIFEST_KEY]);
  const oldManifest = typeof old === 'object' ? old : undefined;
  const live = new Set(oldManifest ? Array.from({ length: oldManifest.chunks }, (_, i) => `${oldManifest.prefix}${i}`) : []);
  const orphans = Object.keys(current).filter((key) => CHUNK_KEY.test(key) && !live.has(key));
  const staleOrphans = orphans.filter((key) => !(now - writeTime(CHUNK_KEY.exec(key)![1]!) < ORPHAN_AGE_MS));
  const sizeOf = (keys: Iterable<string>) => [...keys].reduce((sum, key) => sum + (key in current ? itemBytes(key, current[key]) : 0), 0);
  const total = sizeOf(Object.keys(current));
  const others = total - sizeOf([MANIFEST_KEY, ...live, ...orphans]);

  const manifestFor = (prefix: string, chunks: number): Manifest => ({
    layout: LAYOUT_VERSION, version: STORE_VERSION, write, prefix, chunks, bytes: packed.byteLength, crc: packed.crc, entries: packed.entryCount, at: now,
  });
  const fits = (bytes: number, items: number) => bytes <= SYNC_QUOTA.bytes && items <= SYNC_QUOTA.items;
  const itemCount = Object.keys(current).length;

  for (const dropOrphans of [staleOrphans, orphans]) {
    const cleanup: SyncOp[] = dropOrphans.length > 0 ? [{ remove: dropOrphans }] : [];
    const base = total - sizeOf(dropOrphans);
    const baseItems = itemCount - dropOrphans.length;

    // Flip: new chunks beside the old ones, then the manifest, then the old chunks go.
    const prefix = syncChunkPrefix(write);
    const chunks = chunksOf(packed.text, prefix, write);
    const manifest = manifestFor(prefix, Object.keys(chunks).length);
    const chunkBytes = Object.entries(chunks).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    const manifestDelta = itemBytes(MANIFEST_KEY, manifest) - sizeOf([MANIFEST_KEY]);
    const during = base + chunkBytes + Math.max(0, manifestDelta);
    if (fits(during, baseItems + Object.keys(chunks).length + 1)) {
      return {
        ok: true, mode: 'flip', manifest, bytesAfter: others + chunkBytes + itemBytes(MANIFEST_KEY, manifest),
        ops: [...cleanup, { set: chunks }, { set: { [MANIFEST_KEY]: manifest } }, ...(live.size > 0 ? [{ remove: [...live] }] : [])],
      };
    }
    // Replace: the old chunks' keys get the new chunks, together with the manifest, in one call.
    if (oldManifest) {
      const inPlace = chunksOf(packed.text, oldManifest.prefix, write);
      const keys = Object.keys(inPlace);
      const replaced = sizeOf(keys.filter((key) => live.has(key)));
      const newBytes = Object.entries(inPlace).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
      const placed = manifestFor(oldManifest.prefix, keys.length);
      const after = base - replaced + newBytes + itemBytes(MANIFEST_KEY, placed) - sizeOf([MANIFEST_KEY]);
      if (fits(after, baseItems + keys.filter((key) => !live.has(key)).length)) {
        const leftover = [...live].filter((key) => !(key in inPlace));
        return {
          ok: true, mode: 'replace', manifest: placed, bytesAfter: after - sizeOf(leftover),
          ops: [...cleanup, { set: { ...inPlace, [MANIFEST_KEY]: placed } }, ...(leftover.length > 0 ? [{ remove: leftover }] : [])],
        };
      }
    }
  }
  const prefix = `l${write}.`;
  const chunks = chunksOf(packed.text, prefix, write);
  const needed = Object.entries(chunks).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0) + itemBytes(MANIFEST_KEY, manifestFor(prefix, Object.keys(chunks).length));
  return { ok: false, needed, available: SYNC_QUOTA.bytes - others };
}
