import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoreData } from '../core/store/schema';

// The store, replaced by one list in memory: these tests are about what the background does with
// what the options page sends.
const fake = vi.hoisted(() => ({ data: undefined as unknown as StoreData, writes: 0, moves: [] as string[] }));
vi.mock('../platform/store', () => {
  const snapshot = (data: StoreData) => ({ data, issues: [], syncIssues: [], catalog: [], catalogIssues: [] });
  return {
    updateStore: async (change: (data: StoreData) => void) => {
      const draft = structuredClone(fake.data);
      change(draft);
      fake.data = draft;
      fake.writes++;
      return { ...snapshot(draft), saved: true };
    },
    setStorageArea: async (area: string) => {
      fake.moves.push(area);
      return { ...snapshot(fake.data), saved: false, problem: { code: 'errSyncTooBig', message: 'too big' } };
    },
  };
});

const { updateFromOptions } = await import('./options-changes');
const { emptyStore } = await import('../core/store/schema');
const { userDataText } = await import('../core/import/store-compare');

const entry = { id: 'a', label: 'A', account: '123456789012', roleName: 'R', rolePath: '/', partition: 'aws' as const };

beforeEach(() => {
  fake.data = emptyStore();
  fake.writes = 0;
  fake.moves = [];
});

describe('changes from the options page', () => {
  it('saves a setting through the store and answers with the settings as saved, not the whole list', async () => {
    const answer = await updateFromOptions({ kind: 'setSetting', key: 'badge', value: false });
    expect(answer).toEqual({ saved: true, settings: { ...emptyStore().settings, badge: false } });
    expect(fake.data.settings.badge).toBe(false);
  });

  it('refuses what is not an op it knows, and writes nothing', async () => {
    for (const op of [undefined, { kind: 'remove', id: 'a' }, { kind: 'setSetting', key: 'storageArea', value: 'sync' }]) {
      expect(await updateFromOptions(op)).toMatchObject({ saved: false, problem: { code: 'saveFailed' } });
    }
    expect(fake.writes).toBe(0);
    expect(fake.data).toEqual(emptyStore());
  });

  it('applies an import and gives back the list from before it, for its undo', async () => {
    const result = { ...emptyStore(), entries: [entry] };
    const answer = await updateFromOptions({ kind: 'applyImport', basis: userDataText(fake.data), result });
    expect(answer).toMatchObject({ before: emptyStore() });
    expect(fake.data.entries).toEqual([expect.objectContaining(entry)]);
  });

  it('refuses an import or an undo whose list the store would not read (a catalog id, an invalid entry), and writes nothing', async () => {
    const catalogId = { ...emptyStore(), entries: [{ ...entry, id: 'org:x' }] };
    const invalid = { ...emptyStore(), entries: [{ ...entry, roleName: '' }] };
    expect(await updateFromOptions({ kind: 'applyImport', basis: userDataText(fake.data), result: catalogId }))
      .toMatchObject({ saved: false, problem: { code: 'errStoredEntryCatalogId' } });
    expect(await updateFromOptions({ kind: 'undoImport', before: invalid, after: emptyStore(), force: true }))
      .toMatchObject({ saved: false, problem: { code: 'errStoredEntryInvalid' } });
    expect(fake.writes).toBe(0);
    expect(fake.data).toEqual(emptyStore());
  });

  it('moves the list between local and sync with the store\'s move, and says why one was refused', async () => {
    const answer = await updateFromOptions({ kind: 'setStorageArea', area: 'sync' });
    expect(fake.moves).toEqual(['sync']);
    expect(answer).toMatchObject({ saved: false, problem: { code: 'errSyncTooBig' } });
    expect(fake.writes).toBe(0);
  });
});
