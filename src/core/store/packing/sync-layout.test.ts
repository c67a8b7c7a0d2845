import { describe, expect, it } from 'vitest';
import { SYNC_MANIFEST_KEY as MANIFEST_KEY } from '../storage-keys';
import { itemBytes, planSyncWrite, readSyncItems, SYNC_QUOTA, syncUsage, type SyncItems, type SyncOp } from './sync-layout';
import type { PackedStore } from './store-codec';

const NOW = Date.UTC(2025, 5, 1);
const packed = (chars: number, fill = 'x'): PackedStore => ({ text: fill.repeat(chars), byteLength: Math.floor((chars * 13) / 16), crc: 1, entryCount: 10 });

/** Applies a plan's storage calls to a copy of `items`, as the browser would. */
function apply(items: SyncItems, ops: SyncOp[]): SyncItems {
  const out = { ...items };
  for (const op of ops) {
    if ('set' in op) Object.assign(out, op.set);
    else for (const key of op.remove) delete out[key];
  }
  return out;
}

function written(chars: number, write: string, before: SyncItems = {}): SyncItems {
  const plan = planSyncWrite(before, packed(chars), write, NOW);
  if (!plan.ok) throw new Error('does not fit');
  return apply(before, plan.ops);
}

describe('sync layout', () => {
  it('counts an item as the browser does: key and JSON, large numbers as Chrome writes them, never less than Firefox', () => {
    // Bytes Chrome's getBytesInUse counts beyond key + JSON.stringify, measured in Chromium.
    const measured: Array<[number, number]> = [
      [0, 0], [2147483647, 0], [2147483648, 2], [4294967295, 2], [99999999999, 2], [-3000000000, 2], [1.5, 0],
      [1796448681005, 5], [1234567890123, 5], [123456789012345, 5], [2 ** 53, 5], [1e21, 0],
      // Chrome writes these shorter than JSON ("1e+12"); Firefox does not, so the count keeps JSON's.
      [1733380000000, 0], [1e12, 0], [1e15, 0],
    ];
    for (const [n, extra] of measured) expect(itemBytes('t', n), String(n)).toBe(1 + JSON.stringify(n).length + extra);
    const manifest = { at: 1796448681005, bytes: 1955, crc: 4_000_000_000, prefix: 'labc.' };
    expect(itemBytes('list', manifest)).toBe(4 + JSON.stringify(manifest).length + 5 + 2);
    expect(itemBytes('k', 'é')).toBe(1 + 4);
  });

  it('splits the list into items within the per-item quota and reads it back', () => {
    const items = written(30_000, 'aaaa01');
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    const read = readSyncItems(items);
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(read.packed.text).toBe('x'.repeat(30_000));
  });

  it('writes new chunks beside the old ones, then flips the manifest, then removes the old chunks', () => {
    const first = written(20_000, 'aaaa01');
    const plan = planSyncWrite(first, packed(20_000, 'y'), 'bbbb02', NOW);
    expect(plan).toMatchObject({ ok: true, mode: 'flip' });
    if (!plan.ok) return;
    const [chunks, manifest, cleanup] = plan.ops as [{ set: SyncItems }, { set: SyncItems }, { remove: string[] }];
    expect(Object.keys(chunks.set).every((key) => key.startsWith('lbbbb02.'))).toBe(true);
    expect(Object.keys(manifest.set)).toEqual([MANIFEST_KEY]);
    // Between the calls, a reader still gets the old list whole.
    expect(readSyncItems(apply(first, [chunks])).kind === 'ok' && (readSyncItems(apply(first, [chunks])) as { packed: { text: string } }).packed.text).toBe('x'.repeat(20_000));
    expect(cleanup.remove.every((key) => key.startsWith('laaaa01.'))).toBe(true);
    expect(Object.keys(apply(first, plan.ops)).filter((key) => key.startsWith('laaaa01.'))).toEqual([]);
  });

  it('near the quota, replaces the chunks and the manifest in one call instead', () => {
    const first = written(70_000, 'aaaa01');
    const plan = planSyncWrite(first, packed(75_000, 'y'), 'bbbb02', NOW);
    expect(plan).toMatchObject({ ok: true, mode: 'replace' });
    if (plan.ok) expect(plan.ops.filter((op) => 'set' in op)).toHaveLength(1);
    if (plan.ok) expect(Object.values(apply(first, plan.ops)).reduce<number>((n, v) => n + JSON.stringify(v).length, 0)).toBeLessThan(SYNC_QUOTA.bytes);
  });

  it('says how much a list too big for sync needs and how much there is', () => {
    const plan = planSyncWrite({ other: 'z'.repeat(1000) }, packed(120_000), 'aaaa01', NOW);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.needed).toBeGreaterThan(120_000);
      expect(plan.available).toBe(SYNC_QUOTA.bytes - itemBytes('other', 'z'.repeat(1000)));
    }
  });

  it('cleans up chunks a failed write left behind long ago, but not a write still arriving', () => {
    const old = Math.floor((NOW - 3_600_000) / 1000).toString(36);
    const recent = Math.floor(NOW / 1000).toString(36);
    const items = { ...written(1000, 'aaaa01'), [`l${old}zz.0`]: `${old}zzjunk`, [`l${recent}yy.0`]: `${recent}yyjunk` };
    const plan = planSyncWrite(items, packed(1000), 'bbbb02', NOW);
    expect(plan.ok && plan.ops[0]).toEqual({ remove: [`l${old}zz.0`] });
  });

  it('tells a list still arriving (chunk missing, chunk of another write) from a damaged manifest and a newer one', () => {
    const items = written(20_000, 'aaaa01');
    const { [`laaaa01.1`]: _gone, ...missing } = items;
    expect(readSyncItems(missing)).toMatchObject({ kind: 'incomplete', detail: 'chunk 2 of 3 is missing' });
    expect(readSyncItems({ ...items, 'laaaa01.0': 'bbbb02xxx' })).toMatchObject({ kind: 'incomplete', detail: 'chunk 1 of 3 belongs to another write' });
    expect(readSyncItems({ ...items, [MANIFEST_KEY]: { layout: 1 } })).toMatchObject({ kind: 'damaged' });
    expect(readSyncItems({ ...items, [MANIFEST_KEY]: { ...(items[MANIFEST_KEY] as object), version: 7 } })).toEqual({ kind: 'newer', version: 7 });
    expect(readSyncItems({})).toEqual({ kind: 'empty' });
  });

  it('reports the space used, and the part that is the list', () => {
    const items = { ...written(10_000, 'aaaa01'), other: 1 };
    const usage = syncUsage(items);
    expect(usage.bytes).toBe(usage.listBytes + itemBytes('other', 1));
    expect(usage).toMatchObject({ items: 4, quota: 102_400 });
  });
});
