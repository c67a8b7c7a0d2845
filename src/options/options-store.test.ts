import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoreSnapshot } from '../platform/store';

// The store's door, replaced: these tests are about how the options page follows the saved data.
const fake = vi.hoisted(() => ({
  follows: [] as unknown[][],
  loads: [] as (() => Promise<unknown>)[],
  lastSaveProblem: async (): Promise<unknown> => undefined,
}));
vi.mock('../platform/store', () => ({
  loadStore: () => (fake.loads.shift() ?? (async () => snap('loaded')))(),
  lastSaveProblem: () => fake.lastSaveProblem(),
  storageReport: async () => ({}),
  onStoreChanged: (...args: unknown[]) => {
    fake.follows.push(args);
    return () => {};
  },
}));

const snap = (label: string) => ({ data: { label }, issues: [], syncIssues: [], catalog: [], catalogIssues: [] }) as unknown as StoreSnapshot;
const page = () => import('./options-store');
const changed = (snapshot: StoreSnapshot) => (fake.follows[0]![0] as (s: StoreSnapshot) => void)(snapshot);

beforeEach(() => {
  vi.resetModules();
  fake.follows = [];
  fake.loads = [];
  fake.lastSaveProblem = async () => undefined;
});

describe('the options page following the saved data', () => {
  it('subscribes once and never asks to reconcile (the background is the store\'s one writer)', async () => {
    const { followSavedData } = await page();
    followSavedData();
    followSavedData();
    expect(fake.follows).toHaveLength(1);
    const options = fake.follows[0]![1] as { reconcile?: boolean } | undefined;
    expect(options?.reconcile).toBeFalsy();
  });

  it('keeps why the first load failed, and savedSnapshot still settles with a load of its own', async () => {
    fake.loads.push(async () => { throw new Error('storage gone'); });
    const { optionsStore, savedSnapshot } = await page();
    await expect(savedSnapshot()).resolves.toEqual(snap('loaded'));
    expect(optionsStore.getState()).toMatchObject({ loadProblem: 'storage gone' });
    expect(optionsStore.getState().snapshot).toBeUndefined();
  });

  it('shows the list when the note of a failed save cannot be read', async () => {
    fake.lastSaveProblem = async () => { throw new Error('no session storage'); };
    const { optionsStore, savedSnapshot } = await page();
    await expect(savedSnapshot()).resolves.toEqual(snap('loaded'));
    expect(optionsStore.getState()).toMatchObject({ snapshot: snap('loaded'), problem: undefined, loadProblem: undefined });
  });

  it('ignores an older read finishing after a newer one', async () => {
    let finishFirst!: (snapshot: StoreSnapshot) => void;
    fake.loads.push(() => new Promise((resolve) => { finishFirst = resolve; }));
    const { optionsStore, followSavedData } = await page();
    followSavedData();
    changed(snap('newer'));
    await vi.waitFor(() => expect(optionsStore.getState().snapshot).toEqual(snap('newer')));
    finishFirst(snap('older'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(optionsStore.getState().snapshot).toEqual(snap('newer'));
  });
});
