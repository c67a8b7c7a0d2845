import { describe, expect, it } from 'vitest';
import { sameSynced } from '../merge-copies';
import { repairStore } from '../repair';
import type { StoreData } from '../schema';
import v1 from './fixtures/codec-v1.json';
import { decodeStore, encodeStore } from './store-codec';

// A user who upgrades must lose nothing: the list an older Switchyard packed into storage.sync is
// read as it was, and the next save writes it in the current layout.
describe('a list packed by an older Switchyard (codec layout 1)', () => {
  const before = v1.data as unknown as StoreData;

  it('is read back exactly, odd entries and tombstones included', async () => {
    const decoded = await decodeStore(v1.packed);
    expect(decoded.ok).toBe(true);
    const repaired = repairStore(decoded.ok && decoded.value);
    if (!('data' in repaired)) throw new Error('expected data');
    expect(repaired.data.entries).toStrictEqual(before.entries);
    expect(repaired.data.deleted).toStrictEqual(before.deleted);
    expect(sameSynced(repaired.data, before)).toBe(true);
  });

  it('is written again in the current layout, which reads back the same', async () => {
    const decoded = await decodeStore(v1.packed);
    const repaired = repairStore(decoded.ok && decoded.value);
    if (!('data' in repaired)) throw new Error('expected data');
    const again = await decodeStore(await encodeStore(repaired.data));
    const reread = repairStore(again.ok && again.value);
    expect('data' in reread && sameSynced(reread.data, before)).toBe(true);
  });
});
