import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateResult } from '../core/store/store-engine';

// The engine's answer and storage.session, replaced: this checks only what the options page is told.
const fake = vi.hoisted(() => ({
  session: new Map<string, unknown>(),
  next: undefined as unknown,
  listeners: [] as ((changes: Record<string, unknown>, area: string) => void)[],
  reconciles: 0,
}));
vi.mock('./browser', () => ({
  browser: {
    storage: {
      session: {
        get: async (key: string) => (fake.session.has(key) ? { [key]: fake.session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => fake.session.set(k, v)),
        remove: async (key: string) => fake.session.delete(key),
      },
      onChanged: {
        addListener: (listener: (typeof fake.listeners)[number]) => fake.listeners.push(listener),
        removeListener: (listener: (typeof fake.listeners)[number]) => fake.listeners.splice(fake.listeners.indexOf(listener), 1),
      },
    },
  },
}));
vi.mock('./storage-areas', () => ({ storeDeps: () => ({}) }));
vi.mock('../core/store/store-engine', async (actual) => ({
  ...(await actual<typeof import('../core/store/store-engine')>()),
  updateStore: async () => fake.next,
  loadStore: async () => ({ data: (await import('../core/store/schema')).emptyStore(), issues: [], syncIssues: [], catalog: [], catalogIssues: [] }),
  reconcileSync: async () => {
    fake.reconciles++;
  },
}));

const { updateStore, lastSaveProblem, onStoreChanged } = await import('./store');
const { emptyStore } = await import('../core/store/schema');

const answer = (extra: Partial<UpdateResult>): UpdateResult =>
  ({ data: emptyStore(), issues: [], syncIssues: [], catalog: [], catalogIssues: [], saved: true, ...extra }) as UpdateResult;
const deviceCopyFailed = { code: 'errSaveFailed', message: 'disk full' };

beforeEach(() => {
  fake.session.clear();
  fake.reconciles = 0;
});

describe('the note the options page reads after a change', () => {
  it('says a change saved to sync whose device copy was not saved', async () => {
    fake.next = answer({ saved: true, problem: deviceCopyFailed });
    await updateStore(() => {});
    expect(await lastSaveProblem()).toMatchObject({ problem: deviceCopyFailed, listSaved: true });
  });

  it('is cleared by a change saved whole, and kept for one not saved', async () => {
    fake.next = answer({ saved: false, problem: deviceCopyFailed });
    await updateStore(() => {});
    expect(await lastSaveProblem()).toMatchObject({ problem: deviceCopyFailed });
    expect((await lastSaveProblem())?.listSaved).toBeUndefined();
    fake.next = answer({ saved: true });
    await updateStore(() => {});
    expect(await lastSaveProblem()).toBeUndefined();
  });
});

describe('following the store', () => {
  const syncChange = async (reconcile?: boolean) => {
    const seen = vi.fn();
    const stop = onStoreChanged(seen, reconcile ? { reconcile } : undefined);
    for (const listener of [...fake.listeners]) listener({ 'switchyard.s0': {} }, 'sync');
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    stop();
  };

  it('only reads when a page follows it: another browser\'s sync change writes nothing', async () => {
    await syncChange();
    expect(fake.reconciles).toBe(0);
  });

  it('merges another browser\'s sync change back only for the one writer that asks (the background)', async () => {
    await syncChange(true);
    expect(fake.reconciles).toBe(1);
  });
});
