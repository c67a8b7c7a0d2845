import { describe, expect, it } from 'vitest';
import type { PortalMemory } from '../core/portal/portal-diff';
import type { StoreData } from '../core/store/schema';
import { recordImport, undoPortalMemory, type RecordDoors } from './import-record';
import type { UndoRecord } from './import-undo';

const START = 'https://d-1234567890.awsapps.com/start';
const memory: PortalMemory = { startUrl: START, readAt: 1, accounts: [{ accountId: '111122223333' }], pairs: ['111122223333/Admin'], gone: [] };
const record: UndoRecord = { before: {} as StoreData, after: {} as StoreData, at: 2, portal: { startUrl: START } };

function fake(fails: { memory?: boolean; restore?: boolean } = {}) {
  const calls: string[] = [];
  const doors: RecordDoors = {
    saveUndo: async () => void calls.push('undo'),
    savePortalMemory: async (m) => {
      calls.push('memory');
      if (fails.memory) throw new Error('QUOTA_BYTES quota exceeded');
      return [m];
    },
    restorePortalMemory: async () => {
      calls.push('restore');
      if (fails.restore) throw new Error('storage is closed');
    },
  };
  return { calls, doors };
}

describe('after an import is saved: its undo, then the portal\'s memory', () => {
  it('writes the undo first, then the memory', async () => {
    const f = fake();
    expect(await recordImport(record, memory, f.doors)).toEqual({ memories: [memory] });
    expect(f.calls).toEqual(['undo', 'memory']);
  });

  it('a memory that cannot be written still leaves the import undoable, and says why', async () => {
    const f = fake({ memory: true });
    expect(await recordImport(record, memory, f.doors)).toEqual({ memoryProblem: 'QUOTA_BYTES quota exceeded' });
    expect(f.calls).toEqual(['undo', 'memory']);
  });

  it('a file import has no memory to write', async () => {
    const f = fake();
    expect(await recordImport({ ...record, portal: undefined! }, undefined, f.doors)).toEqual({});
    expect(f.calls).toEqual(['undo']);
  });
});

describe('on undo: the portal\'s memory put back', () => {
  it('says why when it cannot be put back, rather than nothing', async () => {
    const f = fake({ restore: true });
    expect(await undoPortalMemory(record, memory, f.doors)).toBe('storage is closed');
    expect(await undoPortalMemory(record, memory, fake().doors)).toBeUndefined();
    const file = fake();
    expect(await undoPortalMemory({ before: record.before, after: record.after, at: 2 }, undefined, file.doors)).toBeUndefined();
    expect(file.calls).toEqual([]);
  });
});
