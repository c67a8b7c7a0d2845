import { describe, expect, it } from 'vitest';
import { generateEntries, seededRandom } from '../testing/generate-entries';
import { DelayedView, MemoryArea } from '../testing/memory-area';
import { exportBackup } from '../export/backup';
import { createMutex, type StoreDeps } from './area';
import { encodeCompact } from './packing/compact-codec';
import { decodeStore, packColumns } from './packing/store-codec';
import { planSyncWrite } from './packing/sync-layout';
import { STORE_KEY, SYNC_COPY_KEY, SYNC_MANIFEST_KEY as MANIFEST_KEY } from './storage-keys';
import { loadStore, reconcileSync, setStorageArea, storageReport, updateStore } from './store-engine';
import { DEFAULT_SETTINGS, type Entry } from './schema';

let time = Date.UTC(2025, 5, 1);
const clock = () => (time += 1000);
const entry = (id: string, label = id): Entry => ({ id, label, account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' });

/** One browser: its own local area, and a sync area (shared with another browser when given). */
function browser<S extends StoreDeps['sync'] = MemoryArea>(sync: S = MemoryArea.sync(clock) as unknown as S, managed?: Record<string, unknown> | Error) {
  const local = new MemoryArea();
  const deps: StoreDeps = {
    local, sync, now: clock, random: seededRandom(Math.floor(Math.random() * 1e9)), exclusive: createMutex(),
    ...(managed && { managed: { get: async () => { if (managed instanceof Error) throw managed; return managed; } } }),
  };
  return { local, sync, deps };
}

async function syncedBrowser(entries: Entry[], sync?: MemoryArea) {
  const b = browser(sync);
  await updateStore(b.deps, (d) => { d.entries.push(...entries); });
  expect((await setStorageArea(b.deps, 'sync')).saved).toBe(true);
  return b;
}

const labels = async (deps: StoreDeps) => (await loadStore(deps)).data.entries.map((e) => e.label);

describe('store in local mode', () => {
  it('reads what the first releases and the e2e fixtures write, and saves where they read', async () => {
    const b = browser();
    await b.local.set({ [STORE_KEY]: { version: 1, entries: [entry('p1', 'Seeded')] } });
    expect(await labels(b.deps)).toEqual(['Seeded']);
    await updateStore(b.deps, (d) => { d.entries.push(entry('p2', 'Added')); });
    expect((b.local.items[STORE_KEY] as { entries: Entry[] }).entries.map((e) => e.label)).toEqual(['Seeded', 'Added']);
    expect(b.sync.items).toEqual({});
  });

  it('refuses to overwrite data from a newer version', async () => {
    const b = browser();
    await b.local.set({ [STORE_KEY]: { version: 99, entries: [] } });
    const result = await updateStore(b.deps, (d) => { d.entries.push(entry('x')); });
    expect(result).toMatchObject({ saved: false, newerVersion: 99, problem: { code: 'errStoreNewer' } });
    expect(b.local.items[STORE_KEY]).toEqual({ version: 99, entries: [] });
  });

  it('two windows saving at once both keep their change (one writer at a time)', async () => {
    const b = browser();
    await updateStore(b.deps, (d) => { d.entries.push(entry('a'), entry('b')); });
    const other = { ...b.deps }; // a second window: same areas, same lock
    await Promise.all([
      updateStore(b.deps, (d) => { d.entries[0]!.label = 'A from window 1'; }),
      updateStore(other, (d) => { d.entries[1]!.label = 'B from window 2'; }),
      updateStore(b.deps, (d) => { d.favourites.push('a'); }),
    ]);
    const { data } = await loadStore(b.deps);
    expect(data.entries.map((e) => e.label)).toEqual(['A from window 1', 'B from window 2']);
    expect(data.favourites).toEqual(['a']);
  });
});

describe('switching between local and sync', () => {
  it('moves the list to sync, where another browser finds it', async () => {
    const a = await syncedBrowser([entry('a', 'Alpha'), entry('b', 'Beta')]);
    expect(a.sync.items[MANIFEST_KEY]).toBeDefined();
    const b = browser(a.sync);
    expect((await setStorageArea(b.deps, 'sync')).saved).toBe(true);
    expect(await labels(b.deps)).toEqual(['Alpha', 'Beta']);
  });

  it('joins a list already in sync instead of replacing it', async () => {
    const a = await syncedBrowser([entry('a', 'From A')]);
    const b = browser(a.sync);
    await updateStore(b.deps, (d) => { d.entries.push(entry('b', 'From B')); });
    await setStorageArea(b.deps, 'sync');
    expect((await labels(a.deps)).sort()).toEqual(['From A', 'From B']);
  });

  it('back to local keeps the list on this browser and leaves sync to the others', async () => {
    const a = await syncedBrowser([entry('a', 'Alpha')]);
    const before = structuredClone(a.sync.items);
    const result = await setStorageArea(a.deps, 'local');
    expect(result.data.settings.storageArea).toBe('local');
    expect(await labels(a.deps)).toEqual(['Alpha']);
    expect(a.sync.items).toEqual(before);
  });

  it('moves 5,000 realistic entries to sync and back unchanged', async () => {
    const entries = generateEntries(5000, 11);
    const a = await syncedBrowser(entries);
    expect(a.sync.bytesInUse()).toBeLessThanOrEqual(102_400);
    const b = browser(a.sync);
    await setStorageArea(b.deps, 'sync');
    const { data } = await loadStore(b.deps);
    expect(data.entries).toHaveLength(5000);
    expect(data.entries[4321]).toMatchObject({ ...entries[4321], updatedAt: expect.any(Number) });
  });

  it('says so before saving when the list does not fit, and keeps the previous data in both areas', async () => {
    const a = await syncedBrowser([entry('a', 'Small synced list')]);
    await setStorageArea(a.deps, 'local');
    await updateStore(a.deps, (d) => { d.entries = generateEntries(9000, 3); });
    const localBefore = structuredClone(a.local.items);
    const syncBefore = structuredClone(a.sync.items);
    const writesBefore = a.sync.calls.length;
    const result = await setStorageArea(a.deps, 'sync');
    expect(result).toMatchObject({ saved: false, problem: { code: 'errSyncTooBig' }, tooBig: { needed: expect.any(Number), available: expect.any(Number) } });
    expect(result.tooBig!.needed).toBeGreaterThan(result.tooBig!.available);
    expect(a.sync.calls.length).toBe(writesBefore); // nothing was even tried
    expect(a.local.items).toEqual(localBefore);
    expect(a.sync.items).toEqual(syncBefore);
  });
});

describe('sync mode', () => {
  it('a change in one browser appears in the other', async () => {
    const a = await syncedBrowser([entry('a', 'Alpha')]);
    const b = browser(a.sync);
    await setStorageArea(b.deps, 'sync');
    await updateStore(a.deps, (d) => { d.entries[0]!.label = 'Alpha renamed'; });
    expect(await labels(b.deps)).toEqual(['Alpha renamed']);
  });

  it('keeps its copy of the synced list packed, and reads only the manifest from sync while that is current', async () => {
    const a = await syncedBrowser(generateEntries(500, 12));
    expect((a.local.items[STORE_KEY] as { entries: unknown[] }).entries).toEqual([]);
    expect(JSON.stringify(a.local.items[SYNC_COPY_KEY]).length).toBeLessThan(JSON.stringify(generateEntries(500, 12)).length / 5);
    const asked: unknown[] = [];
    const get = a.sync.get.bind(a.sync);
    a.sync.get = (keys) => (asked.push(keys), get(keys));
    expect((await loadStore(a.deps)).data.entries).toHaveLength(500);
    expect(asked).toEqual([MANIFEST_KEY]);
  });

  it('a damaged local copy costs nothing while sync is readable', async () => {
    const a = await syncedBrowser([entry('a', 'Alpha')]);
    (a.local.items[SYNC_COPY_KEY] as { text: string }).text = 'junk';
    expect(await labels(a.deps)).toEqual(['Alpha']);
    expect((await updateStore(a.deps, (d) => { d.entries[0]!.label = 'Alpha 2'; })).saved).toBe(true);
    expect(await labels(a.deps)).toEqual(['Alpha 2']);
  });

  it('keeps usage counts on the device: recording a switch writes nothing to sync', async () => {
    const a = await syncedBrowser([entry('a')]);
    const writes = a.sync.calls.length;
    await updateStore(a.deps, (d) => { d.usage.a = { count: 1, lastUsed: 5 }; });
    expect(a.sync.calls.length).toBe(writes);
    expect((await loadStore(a.deps)).data.usage).toEqual({ a: { count: 1, lastUsed: 5 } });
  });

  it('refuses a change that would not fit, writing nothing anywhere', async () => {
    const a = await syncedBrowser(generateEntries(4000, 5));
    const local = structuredClone(a.local.items);
    const sync = structuredClone(a.sync.items);
    const result = await updateStore(a.deps, (d) => { d.entries.push(...generateEntries(4000, 6)); });
    expect(result).toMatchObject({ saved: false, problem: { code: 'errSyncTooBig' } });
    expect(result.data.entries).toHaveLength(4000);
    expect(a.local.items).toEqual(local);
    expect(a.sync.items).toEqual(sync);
  });

  it('two browsers saving at the same moment: both changes survive once each has seen the other', async () => {
    const a = await syncedBrowser([entry('a', 'A'), entry('b', 'B')]);
    const b = browser(a.sync);
    await setStorageArea(b.deps, 'sync');
    // No lock between two computers: both read the same list, both write.
    await Promise.all([
      updateStore(a.deps, (d) => { d.entries[0]!.label = 'A edited on laptop'; }),
      updateStore(b.deps, (d) => { d.entries[1]!.label = 'B edited on desktop'; d.entries.push(entry('c', 'C added on desktop')); }),
    ]);
    // Each browser reacts to the other's writes (storage.onChanged → reconcileSync) until quiet.
    const outcomes: string[] = [];
    for (let round = 0; round < 3; round++) outcomes.push(await reconcileSync(a.deps), await reconcileSync(b.deps));
    expect(outcomes.filter((o) => o === 'merged')).toHaveLength(1);
    expect(outcomes.slice(-2)).toEqual(['nothing', 'nothing']);
    const expected = ['A edited on laptop', 'B edited on desktop', 'C added on desktop'];
    expect(await labels(a.deps)).toEqual(expected);
    expect(await labels(b.deps)).toEqual(expected);
  });

  it('the browser whose write was overtaken still shows its change, before any reconcile', async () => {
    const a = await syncedBrowser([entry('a', 'A')]);
    const b = browser(a.sync);
    await setStorageArea(b.deps, 'sync');
    await Promise.all([
      updateStore(a.deps, (d) => { d.entries.push(entry('x', 'X from laptop')); }),
      updateStore(b.deps, (d) => { d.entries.push(entry('y', 'Y from desktop')); }),
    ]);
    const winner = (a.sync.items[MANIFEST_KEY] as { write: string }).write;
    const overtaken = (a.local.items[SYNC_COPY_KEY] as { write: string }).write === winner ? b : a;
    expect((await labels(overtaken.deps)).sort()).toEqual(['A', 'X from laptop', 'Y from desktop']);
  });
});

describe('faults: the last good list stays readable', () => {
  it('a quota error on the manifest flip leaves the old list in sync, whole, and no stray chunks', async () => {
    const a = await syncedBrowser([entry('a', 'Old')]);
    const before = structuredClone(a.sync.items);
    a.sync.fault = (call) => (call.kind === 'set' && MANIFEST_KEY in call.items ? new Error('QUOTA_BYTES quota exceeded') : undefined);
    const result = await updateStore(a.deps, (d) => { d.entries[0]!.label = 'New'; });
    expect(result).toMatchObject({ saved: false, problem: { code: 'errSyncQuota' } });
    expect(result.data.entries[0]!.label).toBe('Old');
    expect(a.sync.items).toEqual(before);
    a.sync.fault = undefined;
    expect(await labels(browser(a.sync).deps)).toEqual([]); // (a fresh browser in local mode)
    const other = browser(a.sync);
    await setStorageArea(other.deps, 'sync');
    expect(await labels(other.deps)).toEqual(['Old']);
  });

  it('a write cut off half-way through the chunks leaves the old list whole', async () => {
    const a = await syncedBrowser(generateEntries(1500, 2));
    const before = structuredClone(a.sync.items);
    a.sync.fault = (call) => (call.kind === 'set' && !(MANIFEST_KEY in call.items) ? 'partial' : undefined);
    const result = await updateStore(a.deps, (d) => { d.entries.pop(); });
    expect(result.saved).toBe(false);
    expect(a.sync.items).toEqual(before);
  });

  it('near the quota, a reader on another computer that got only part of a write keeps its last good copy', async () => {
    const entries = generateEntries(5200, 4);
    const a = await syncedBrowser(entries);
    const b = browser(MemoryArea.sync(clock));
    b.sync.items = structuredClone(a.sync.items);
    await setStorageArea(b.deps, 'sync');
    await updateStore(a.deps, (d) => { d.entries[0]!.label = 'Renamed'; d.entries.push(...generateEntries(300, 9)); });
    // Sync delivers the manifest and one chunk of the new write, not the rest yet.
    const manifest = a.sync.items[MANIFEST_KEY] as { prefix: string };
    b.sync.items[MANIFEST_KEY] = a.sync.items[MANIFEST_KEY];
    b.sync.items[`${manifest.prefix}0`] = a.sync.items[`${manifest.prefix}0`];
    const seen = await loadStore(b.deps);
    expect(seen.syncIssues.map((i) => i.code)).toEqual(['warnSyncIncomplete']);
    expect(seen.data.entries).toHaveLength(5200);
    b.sync.items = structuredClone(a.sync.items);
    expect((await loadStore(b.deps)).data.entries).toHaveLength(5500);
  });

  it('a corrupt chunk: the last good copy is shown with a message, and the next save of the browser that wrote it repairs sync', async () => {
    const a = await syncedBrowser([entry('a', 'Good'), entry('b', 'Also good')]);
    const manifest = a.sync.items[MANIFEST_KEY] as { prefix: string; write: string };
    const key = `${manifest.prefix}0`;
    const chunk = a.sync.items[key] as string;
    a.sync.items[key] = chunk.slice(0, 20) + (chunk[20] === 'A' ? 'B' : 'A') + chunk.slice(21);
    (a.local.items[SYNC_COPY_KEY] as { write: string }).write = 'older'; // this browser must decode
    const seen = await loadStore(a.deps);
    expect(seen.syncIssues.map((i) => i.code)).toEqual(['errSyncDamaged']);
    expect(seen.issues).toEqual([]);
    expect(seen.data.entries.map((e) => e.label)).toEqual(['Good', 'Also good']);
    // A browser whose copy is of another write cannot tell what the damaged list held: refused.
    expect((await updateStore(a.deps, (d) => { d.entries[1]!.label = 'Not saved'; })).problem?.code).toBe('errSyncNotRead');
    (a.local.items[SYNC_COPY_KEY] as { write: string }).write = manifest.write; // the browser that wrote it
    expect((await updateStore(a.deps, (d) => { d.entries[1]!.label = 'Saved again'; })).saved).toBe(true);
    const other = browser(a.sync);
    await setStorageArea(other.deps, 'sync');
    expect(await labels(other.deps)).toEqual(['Good', 'Saved again']);
  });

  it('with sync unreadable and this browser’s copy damaged too, a save is refused rather than replace what sync holds', async () => {
    const a = await syncedBrowser([entry('a', 'Only copy')]);
    const manifest = a.sync.items[MANIFEST_KEY] as { prefix: string };
    a.sync.items[`${manifest.prefix}0`] = 'junk';
    (a.local.items[SYNC_COPY_KEY] as { text: string }).text = 'junk';
    const before = structuredClone(a.sync.items);
    const result = await updateStore(a.deps, (d) => { d.entries.push(entry('b', 'New')); });
    expect(result).toMatchObject({ saved: false, problem: { code: 'errSyncNotRead' } });
    expect(a.sync.items).toEqual(before);
  });

  it('a truncated chunk reads as damaged, never as a shorter list', async () => {
    const a = await syncedBrowser(generateEntries(300, 8));
    const manifest = a.sync.items[MANIFEST_KEY] as { prefix: string };
    a.sync.items[`${manifest.prefix}0`] = (a.sync.items[`${manifest.prefix}0`] as string).slice(0, -100);
    const b = browser(a.sync);
    await b.local.set({ [STORE_KEY]: { version: 2, entries: [entry('z', 'Last good')], settings: { storageArea: 'sync' } } });
    const seen = await loadStore(b.deps);
    expect(seen.syncIssues.map((i) => i.code)).toEqual(['errSyncDamaged']);
    expect(seen.data.entries.map((e) => e.label)).toEqual(['Last good']);
  });

  it('a list from a newer version in sync: shown from the last copy, never overwritten', async () => {
    const a = await syncedBrowser([entry('a', 'Mine')]);
    (a.sync.items[MANIFEST_KEY] as { version: number; write: string }).version = 3;
    (a.sync.items[MANIFEST_KEY] as { write: string }).write = 'newer1';
    const before = structuredClone(a.sync.items);
    const seen = await loadStore(a.deps);
    expect(seen.syncIssues).toMatchObject([{ code: 'errSyncNewer', params: ['3'] }]);
    expect(seen.data.entries.map((e) => e.label)).toEqual(['Mine']);
    const result = await updateStore(a.deps, (d) => { d.entries[0]!.label = 'Changed'; });
    expect(result).toMatchObject({ saved: false, problem: { code: 'errSyncNewer' } });
    expect(a.sync.items).toEqual(before);
  });

  it('a list packed in a layout only a newer version knows counts as newer, not damaged', async () => {
    const a = await syncedBrowser([entry('a', 'Mine')]);
    const columns = encodeCompact({ version: 2, entries: [entry('b', 'From the future')] });
    columns[0]![0] = 99;
    const plan = planSyncWrite(a.sync.items, await packColumns(columns, 1), 'future1', clock());
    if (!plan.ok) throw new Error('plan');
    for (const op of plan.ops) await ('set' in op ? a.sync.set(op.set) : a.sync.remove(op.remove));
    const before = structuredClone(a.sync.items);
    const seen = await loadStore(a.deps);
    expect(seen.syncIssues.map((i) => i.code)).toEqual(['errSyncNewer']);
    expect(seen.data.entries.map((e) => e.label)).toEqual(['Mine']);
    expect((await updateStore(a.deps, (d) => { d.entries.pop(); })).saved).toBe(false);
    expect(a.sync.items).toEqual(before);
  });

  it('the sync write limit: the change is refused with its own message and nothing changes', async () => {
    const a = await syncedBrowser([entry('a', 'Old')]);
    a.sync.fault = () => new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    const result = await updateStore(a.deps, (d) => { d.entries[0]!.label = 'New'; });
    expect(result).toMatchObject({ saved: false, problem: { code: 'errSyncRate' } });
    a.sync.fault = undefined;
    expect(await labels(a.deps)).toEqual(['Old']);
  });
});

describe('the organisation’s catalog', () => {
  const policy = { catalogName: 'Example Corp', catalog: [{ id: 'audit', label: 'Audit (read-only)', account: '111122223333', roleName: 'Auditor' }] };

  it('comes with every snapshot, marked managed, apart from the user’s entries, and can be a favourite', async () => {
    const b = browser(undefined, policy);
    await updateStore(b.deps, (d) => { d.entries.push(entry('mine', 'Mine')); d.favourites.push('org:audit'); });
    const snapshot = await loadStore(b.deps);
    expect(snapshot.catalog).toMatchObject([{ id: 'org:audit', label: 'Audit (read-only)', managed: true }]);
    expect(snapshot.catalogName).toBe('Example Corp');
    expect(snapshot.data.entries.map((e) => e.id)).toEqual(['mine']);
    expect(snapshot.data.favourites).toEqual(['org:audit']);
    expect(JSON.stringify(b.local.items)).not.toContain('Audit (read-only)');
  });

  it('cannot be edited or deleted through the store: its entries are not in the user’s list', async () => {
    const b = browser(undefined, policy);
    await updateStore(b.deps, (d) => { d.entries = d.entries.filter((e) => e.id !== 'org:audit'); });
    expect((await loadStore(b.deps)).catalog).toHaveLength(1);
  });

  it('a bad policy gives a clear message and is ignored; a browser without policies gives nothing', async () => {
    const bad = await loadStore(browser(undefined, { catalog: { label: 'not a list' } }).deps);
    expect(bad).toMatchObject({ catalog: [], catalogIssues: [{ code: 'errCatalogInvalid' }], issues: [] });
    const none = await loadStore(browser(undefined, new Error('Managed storage manifest not found')).deps);
    expect(none).toMatchObject({ catalog: [], catalogIssues: [], issues: [] });
  });
});

describe('storageReport', () => {
  it('shows the sync space used and what the list would need', async () => {
    const a = await syncedBrowser(generateEntries(1000, 1));
    const report = await storageReport(a.deps);
    expect(report.area).toBe('sync');
    expect(report.usage.bytes).toBe(a.sync.bytesInUse());
    expect(report.usage.listBytes).toBe(report.usage.bytes);
    expect(Math.abs(report.listNeeds - report.usage.listBytes)).toBeLessThan(200);
    expect(report.entries).toBe(1000);
  });
});

describe('nothing the user saved is lost (issue 13)', () => {
  it('three browsers: a switch in a browser that has seen only part of another’s write never replaces it', async () => {
    const shared = MemoryArea.sync(clock);
    const a = await syncedBrowser([entry('a', 'Old label'), entry('b', 'Beta')], shared);
    const bView = new DelayedView(shared);
    const b = browser(bView);
    expect((await setStorageArea(b.deps, 'sync')).saved).toBe(true);
    const c = browser(shared);
    expect((await setStorageArea(c.deps, 'sync')).saved).toBe(true);
    // A renames an entry; B receives the new manifest but not the new chunks yet.
    const before = new Set(Object.keys(shared.items));
    bView.hold((key) => key !== MANIFEST_KEY && !before.has(key));
    expect((await updateStore(a.deps, (d) => { d.entries[0]!.label = 'New label'; })).saved).toBe(true);
    const aWrite = (shared.items[MANIFEST_KEY] as { write: string }).write;
    expect((await loadStore(b.deps)).syncIssues.map((i) => i.code)).toEqual(['warnSyncIncomplete']);

    // B switches roles: the switch records its use, on B only.
    const used = await updateStore(b.deps, (d) => { d.usage.b = { count: 1, lastUsed: time }; });
    expect(used.saved).toBe(true);
    expect((shared.items[MANIFEST_KEY] as { write: string }).write).toBe(aWrite);
    // B edits the list: refused with a message, until A's write has arrived.
    const edit = await updateStore(b.deps, (d) => { d.entries[1]!.label = 'Beta from B'; });
    expect(edit).toMatchObject({ saved: false, problem: { code: 'errSyncNotRead' } });
    expect((shared.items[MANIFEST_KEY] as { write: string }).write).toBe(aWrite);

    // C reads A's new label.
    expect(await labels(c.deps)).toEqual(['New label', 'Beta']);
    // Once the rest arrives, B shows A's label and keeps its own usage count, and can edit again.
    bView.deliver();
    await reconcileSync(b.deps);
    const seen = await loadStore(b.deps);
    expect(seen.data.entries.map((e) => e.label)).toEqual(['New label', 'Beta']);
    expect(seen.data.usage.b?.count).toBe(1);
    expect((await updateStore(b.deps, (d) => { d.entries[1]!.label = 'Beta from B'; })).saved).toBe(true);
    expect(await labels(c.deps)).toEqual(['New label', 'Beta from B']);
  });

  it('a usage count recorded in sync mode with no copy of the list here keeps the list (and writes nothing to sync)', async () => {
    const b = browser();
    await b.local.set({ [STORE_KEY]: { version: 2, entries: [entry('a', 'Alpha')], settings: { ...DEFAULT_SETTINGS, storageArea: 'sync' } } });
    expect((await updateStore(b.deps, (d) => { d.usage.a = { count: 1, lastUsed: 5 }; })).saved).toBe(true);
    expect(b.sync.calls).toEqual([]);
    expect(await labels(b.deps)).toEqual(['Alpha']);
  });

  it('joining sync is refused while the synced list cannot be read whole', async () => {
    const a = await syncedBrowser([entry('a', 'From A')]);
    const manifest = a.sync.items[MANIFEST_KEY] as { prefix: string };
    delete a.sync.items[`${manifest.prefix}0`];
    const before = structuredClone(a.sync.items);
    const b = browser(a.sync);
    await updateStore(b.deps, (d) => { d.entries.push(entry('x', 'Only on B')); });
    expect(await setStorageArea(b.deps, 'sync')).toMatchObject({ saved: false, problem: { code: 'errSyncNotRead' } });
    expect(a.sync.items).toEqual(before);
  });

  it('saving never throws: a failing local storage in sync mode is a result, and a saved list is reported saved', async () => {
    const a = await syncedBrowser([entry('a', 'Alpha')]);
    a.local.fault = (call) => (call.kind === 'set' ? new Error('IO error: disk full') : undefined);
    const usage = await updateStore(a.deps, (d) => { d.usage.a = { count: 1, lastUsed: 5 }; });
    expect(usage).toMatchObject({ saved: false, problem: { code: 'errSaveFailed' } });
    expect(usage.data.entries.map((e) => e.label)).toEqual(['Alpha']);
    // The list itself reached sync: saved, with the device part's failure said.
    const renamed = await updateStore(a.deps, (d) => { d.entries[0]!.label = 'Alpha 2'; });
    expect(renamed).toMatchObject({ saved: true, problem: { code: 'errSaveFailed' } });
    const other = browser(a.sync);
    await setStorageArea(other.deps, 'sync');
    expect(await labels(other.deps)).toEqual(['Alpha 2']);
    a.local.fault = undefined;
    expect(await labels(a.deps)).toEqual(['Alpha 2']);
    a.local.fault = () => new Error('IO error');
    await expect(setStorageArea(a.deps, 'local')).resolves.toMatchObject({ saved: false, problem: { code: 'errSaveFailed' } });
  });

  it('a failing read is not handed out as the list: the result says nothing was read', async () => {
    const a = await syncedBrowser([entry('a', 'Alpha')]);
    const read = a.local.get.bind(a.local);
    a.local.get = async () => { throw new Error('IO error'); };
    const result = await updateStore(a.deps, (d) => { d.settings.hideAccountIds = true; });
    expect(result).toMatchObject({ saved: false, unread: true });
    a.local.get = read;
    a.local.fault = (call) => (call.kind === 'set' ? new Error('IO error: disk full') : undefined);
    expect((await updateStore(a.deps, (d) => { d.usage.a = { count: 1, lastUsed: 5 }; })).unread).toBeUndefined();
  });

  it('an unreadable store is kept aside, said on every load, and offered in the backup: the next switch does not replace it', async () => {
    const b = browser();
    await b.local.set({ [STORE_KEY]: 'not a list {' });
    expect((await loadStore(b.deps)).issues.map((i) => i.code)).toEqual(['errStoreUnreadable']);
    expect((await updateStore(b.deps, (d) => { d.usage.x = { count: 1, lastUsed: 5 }; })).saved).toBe(true);
    expect((b.local.items[STORE_KEY] as { unreadable?: unknown[] }).unreadable).toEqual(['not a list {']);
    const later = await loadStore(b.deps);
    expect(later.issues.map((i) => i.code)).toEqual(['warnKeptAside']);
    expect(JSON.parse(exportBackup(later.data)).unreadable).toEqual(['not a list {']);
  });

  it('newer fields survive this reader, through sync: unknown entry fields, an unknown partition’s base, favourites of entries kept aside', async () => {
    // What a newer Switchyard wrote: a field this version does not know, a base of a partition it
    // does not know, and a favourite entry of that partition (invalid here, so kept aside).
    const newer = {
      version: 2,
      entries: [{ ...entry('a', 'Alpha'), note: 'ask Dana first', updatedAt: 1_000 }, { ...entry('m', 'Mars'), partition: 'aws-mars', base: 'mars-login' }, entry('b', 'Beta')],
      bases: [{ name: 'corp', account: '111122223333', partition: 'aws', mfa: 'required' }, { name: 'mars-login', account: '444455556666', partition: 'aws-mars' }],
      favourites: ['m', 'a'],
      settings: { ...DEFAULT_SETTINGS, density: 'compact' },
      layouts: { popup: 'wide' },
    };
    const c = browser();
    await c.local.set({ [STORE_KEY]: newer });
    const shown = await loadStore(c.deps);
    expect(shown.issues.map((i) => i.code)).toEqual(['errStoredEntryInvalid', 'warnStoredBaseSetAside']);
    expect((await setStorageArea(c.deps, 'sync')).saved).toBe(true);
    const b = browser(c.sync);
    expect((await setStorageArea(b.deps, 'sync')).saved).toBe(true);
    expect((await updateStore(b.deps, (d) => { d.entries[1]!.label = 'Beta renamed'; })).saved).toBe(true);

    const manifest = c.sync.items[MANIFEST_KEY] as { prefix: string; chunks: number; bytes: number; crc: number; write: string };
    const text = Array.from({ length: manifest.chunks }, (_, i) => (c.sync.items[`${manifest.prefix}${i}`] as string).slice(manifest.write.length)).join('');
    const decoded = await decodeStore({ text, byteLength: manifest.bytes, crc: manifest.crc });
    if (!decoded.ok) throw new Error(decoded.detail);
    const stored = decoded.value as unknown as typeof newer & { unreadable: unknown[]; unreadableBases: unknown[] };
    const alpha = stored.entries.find((e) => e.id === 'a') as Record<string, unknown>;
    expect(alpha.note).toBe('ask Dana first');
    expect(stored.bases.find((x) => x.name === 'corp')).toMatchObject({ mfa: 'required' });
    expect(stored.unreadableBases).toEqual([newer.bases[1]]);
    expect(stored.unreadable).toEqual([newer.entries[1]]);
    expect(stored.favourites).toEqual(['m', 'a']);
    expect(stored.settings).toMatchObject({ density: 'compact' });
    expect(stored.layouts).toEqual({ popup: 'wide' });
  });

  it('an entry under the catalog’s id is kept aside with a message, never shown as one of the user’s', async () => {
    const b = browser(MemoryArea.sync(clock), { catalog: { name: 'Org', entries: [] } });
    await b.local.set({ [STORE_KEY]: { version: 2, entries: [{ ...entry('org:prod'), label: 'Mine' }, entry('a', 'Alpha')] } });
    const seen = await loadStore(b.deps);
    expect(seen.data.entries.map((e) => e.id)).toEqual(['a']);
    expect(seen.issues.map((i) => i.code)).toEqual(['errStoredEntryCatalogId']);
    await updateStore(b.deps, (d) => { d.entries[0]!.label = 'Alpha 2'; });
    expect((b.local.items[STORE_KEY] as { unreadable?: Array<{ id: string }> }).unreadable?.map((e) => e.id)).toEqual(['org:prod']);
  });
});
