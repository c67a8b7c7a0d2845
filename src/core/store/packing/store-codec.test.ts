import { describe, expect, it } from 'vitest';
import { generateEntries } from '../../testing/generate-entries';
import { generateIndependentEntries } from '../../testing/generate-independent';
import { sameSynced } from '../merge-copies';
import { repairStore } from '../repair';
import { emptyStore, type StoreData } from '../schema';
import { decodeStore, encodeStore, packColumns } from './store-codec';
import { planSyncWrite } from './sync-layout';
import { encodeCompact } from './compact-codec';

const store = (count: number, seed = 42): StoreData => ({ ...emptyStore(), entries: generateEntries(count, seed), favourites: [], usage: { x: { count: 3, lastUsed: 1 } } });

/** Whether a list of `count` generated entries fits in an empty sync area. */
async function fits(count: number): Promise<boolean> {
  return planSyncWrite({}, await encodeStore(store(count)), 'write01', 0).ok;
}

describe('encodeStore / decodeStore', () => {
  it('give back the shared part of a store exactly (usage counts stay on the device)', async () => {
    const base = store(500);
    const data = { ...base, favourites: [base.entries[9]!.id, 'org:catalog-entry'], settings: { ...emptyStore().settings, storageArea: 'sync' as const, theme: 'dark' as const } };
    const decoded = await decodeStore(await encodeStore(data));
    expect(decoded.ok).toBe(true);
    const repaired = repairStore(decoded.ok && decoded.value);
    expect('data' in repaired && sameSynced(repaired.data, data)).toBe(true);
    expect('data' in repaired && repaired.data.usage).toEqual({});
  });

  it('give back base accounts with their alias, and those written without one as they were', async () => {
    const bases = [{ name: 'corp', account: '111122223333', alias: 'corp-main', partition: 'aws' as const, roleName: 'Engineer' }, { name: 'old', account: '444455556666', partition: 'aws' as const }];
    const decoded = await decodeStore(await encodeStore({ ...store(3), bases }));
    const repaired = repairStore(decoded.ok && decoded.value);
    expect('data' in repaired && repaired.data.bases).toEqual(bases);
  });

  it('give back an entry that does not validate exactly as it was, kept aside and reported', async () => {
    const entries = generateEntries(3, 4);
    const bad = { ...entries[1]!, roleName: 'Not a role name', color: 'D13212' };
    const decoded = await decodeStore(await encodeStore({ ...emptyStore(), entries: [entries[0]!, bad, entries[2]!] }));
    const repaired = repairStore(decoded.ok && decoded.value);
    if (!('data' in repaired)) throw new Error('expected data');
    expect(repaired.data.entries).toStrictEqual([entries[0], entries[2]]);
    expect(repaired.data.unreadable).toStrictEqual([bad]);
    expect(repaired.issues.map((i) => i.code)).toEqual(['errStoredEntryInvalid']);
  });

  it('fit 5,000 realistic entries in sync storage with room to spare (the target)', async () => {
    const packed = await encodeStore(store(5000));
    const plan = planSyncWrite({}, packed, 'write01', 0);
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(plan.bytesAfter).toBeLessThan(0.9 * 102_400);
  });

  it('fit 5,000 entries of a list the codec was not tuned on (random account and colour per entry), with room to spare', async () => {
    const packed = await encodeStore({ ...emptyStore(), entries: generateIndependentEntries(5000, 42) });
    const plan = planSyncWrite({}, packed, 'write01', 0);
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(plan.bytesAfter).toBeLessThan(0.9 * 102_400);
  });

  it('find the largest generated list that fits, above 5,000', async () => {
    let low = 5000;
    let high = 8000;
    expect(await fits(low)).toBe(true);
    expect(await fits(high)).toBe(false);
    while (high - low > 50) {
      const mid = Math.round((low + high) / 2);
      if (await fits(mid)) low = mid;
      else high = mid;
    }
    console.info(`largest generated list that fits in sync: ${low}–${high} entries`);
    expect(low).toBeGreaterThan(5000);
  });

  it('tell a list packed by a newer Switchyard from a damaged one', async () => {
    const columns = encodeCompact({ version: 2, entries: generateEntries(20, 1) });
    columns[0]![0] = 99; // the layout version
    expect(await decodeStore(await packColumns(columns, 20))).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('refuse a truncated or altered text as damaged, never decode it into a wrong list', async () => {
    const packed = await encodeStore(store(300));
    const truncated = await decodeStore({ ...packed, text: packed.text.slice(0, -40) });
    expect(truncated).toMatchObject({ ok: false, reason: 'damaged' });
    const i = 500;
    const swapped = packed.text[i] === 'A' ? 'B' : 'A';
    const altered = await decodeStore({ ...packed, text: packed.text.slice(0, i) + swapped + packed.text.slice(i + 1) });
    expect(altered).toMatchObject({ ok: false, reason: 'damaged' });
    const wrongCrc = await decodeStore({ ...packed, crc: packed.crc ^ 1 });
    expect(wrongCrc).toMatchObject({ ok: false, detail: 'checksum does not match' });
  });
});
