import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store's door, replaced: these tests are about how the options page follows the saved data.
const fake = vi.hoisted(() => ({ follows: [] as unknown[][] }));
vi.mock('../platform/store', () => ({
  loadStore: async () => ({ data: {}, issues: [], syncIssues: [], catalog: [], catalogIssues: [] }),
  lastSaveProblem: async () => undefined,
  storageReport: async () => ({}),
  onStoreChanged: (...args: unknown[]) => {
    fake.follows.push(args);
    return () => {};
  },
}));

beforeEach(() => {
  vi.resetModules();
  fake.follows = [];
});

describe('the options page following the saved data', () => {
  it('subscribes once and never asks to reconcile (the background is the store\'s one writer)', async () => {
    const { followSavedData } = await import('./options-store');
    followSavedData();
    followSavedData();
    expect(fake.follows).toHaveLength(1);
    const options = fake.follows[0]![1] as { reconcile?: boolean } | undefined;
    expect(options?.reconcile).toBeFalsy();
  });
});
