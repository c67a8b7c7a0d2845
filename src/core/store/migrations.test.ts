import { describe, expect, it } from 'vitest';
import { ENTRY_ID_LENGTH } from './entry-id';
import { migrate, MIGRATION_COUNT } from './migrations';
import { STORE_VERSION } from './schema';

const uuidA = '0b6f7a0e-5b7c-4a8e-9f43-2d1c0c0a1b2c';
const uuidB = '7d2a1f00-1111-4222-8333-444455556666';
const entry = (id: string) => ({ id, label: id, account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' });
const value = (result: ReturnType<typeof migrate>) => {
  if (!result.ok) throw new Error('expected a migration');
  return result.value as { version: number; entries: Array<{ id: string }>; favourites?: string[]; usage?: Record<string, unknown> };
};

describe('migrations', () => {
  it('has one step per version, in order', () => expect(MIGRATION_COUNT).toBe(STORE_VERSION));

  it('takes the first release (version 0, a bare profiles array) all the way to the current version', () => {
    const result = value(migrate({ profiles: [entry('p1')] }));
    expect(result.version).toBe(STORE_VERSION);
    expect(result.entries.map((e) => e.id)).toEqual(['p1']);
  });

  it('1 → 2 shortens UUID ids and moves favourites and usage with them; other ids stay', () => {
    const result = value(migrate({ version: 1, entries: [entry(uuidA), entry('p-kept')], favourites: [uuidA, 'p-kept'], usage: { [uuidA]: { count: 2, lastUsed: 1 } } }));
    const short = result.entries[0]!.id;
    expect(short).toMatch(new RegExp(`^[0-9a-z]{${ENTRY_ID_LENGTH}}$`));
    expect(result.entries[1]!.id).toBe('p-kept');
    expect(result.favourites).toEqual([short, 'p-kept']);
    expect(result.usage).toEqual({ [short]: { count: 2, lastUsed: 1 } });
  });

  it('1 → 2 gives the same short id in every browser (derived from the old id), distinct per entry', () => {
    const a = value(migrate({ version: 1, entries: [entry(uuidA), entry(uuidB)] }));
    const b = value(migrate({ version: 1, entries: [entry(uuidB), entry(uuidA)] }));
    expect(a.entries[0]!.id).toBe(b.entries[1]!.id);
    expect(a.entries[0]!.id).not.toBe(a.entries[1]!.id);
  });

  it('1 → 2 never gives a short id another entry already has', () => {
    const taken = value(migrate({ version: 1, entries: [entry(uuidA)] })).entries[0]!.id;
    const result = value(migrate({ version: 1, entries: [entry(taken), entry(uuidA)] }));
    expect(new Set(result.entries.map((e) => e.id)).size).toBe(2);
    expect(result.entries[0]!.id).toBe(taken);
  });

  it('refuses data from a newer version', () => expect(migrate({ version: STORE_VERSION + 1 })).toEqual({ ok: false, reason: 'newer', version: STORE_VERSION + 1 }));
});
