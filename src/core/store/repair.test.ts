import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateEntries } from '../testing/generate-entries';
import { validateProfile } from '../validate-profile';
import { quickProfile, repairStore } from './repair';
import { DEFAULT_SETTINGS, STORE_VERSION } from './schema';

const entry = { id: 'e1', label: 'Prod', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' };
const data = (result: ReturnType<typeof repairStore>) => {
  if (!('data' in result)) throw new Error('expected data');
  return result.data;
};

describe('repairStore', () => {
  it('gives an empty store for nothing saved, with no issue', () => {
    const result = repairStore(undefined);
    expect(data(result).entries).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('migrates the first release (a bare profiles array) to the current version', () => {
    const result = data(repairStore({ version: 0, profiles: [entry] }));
    expect(result.version).toBe(STORE_VERSION);
    expect(result.entries).toEqual([entry]);
  });

  it('refuses data from a newer version instead of guessing, and says so', () => {
    const result = repairStore({ version: STORE_VERSION + 1, entries: [] });
    expect(result).toMatchObject({ newer: STORE_VERSION + 1 });
    expect(result.issues[0]!.code).toBe('errStoreNewer');
  });

  it('keeps an entry it cannot read out of the list but carries it along untouched', () => {
    const broken = { id: 'e2', label: 'Bad', account: '12', roleName: 'Admin' };
    const result = repairStore({ version: 1, entries: [entry, broken, 'junk'] });
    expect(data(result).entries.map((e) => e.id)).toEqual(['e1']);
    expect(data(result).unreadable).toEqual([broken, 'junk']);
    expect(result.issues.map((i) => i.code)).toEqual(['errStoredEntryInvalid', 'errStoredEntryUnreadable']);
  });

  it('reads a list with holes as the list without them', () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = repairStore({ version: 2, entries: [entry, , { ...entry, id: 'e2' }] });
    expect(data(result).entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(result.issues).toEqual([]);
  });

  it('drops a second entry with the same id', () => {
    expect(data(repairStore({ version: 1, entries: [entry, { ...entry, label: 'Dup' }] })).entries).toHaveLength(1);
  });

  it('keeps entry extras that are well-formed and drops those that are not', () => {
    const result = data(repairStore({ version: 1, entries: [{ ...entry, group: ' Ops ', production: true, image: 'http://x', consoleSwitchable: false, sso: { startUrl: 1 } }] }));
    expect(result.entries[0]).toMatchObject({ group: 'Ops', production: true, consoleSwitchable: false });
    expect(result.entries[0]).not.toHaveProperty('image');
    expect(result.entries[0]).not.toHaveProperty('sso');
  });

  it('resets a bad setting to its default and reports it, keeping the good ones', () => {
    const result = repairStore({ version: 1, settings: { theme: 'pink', hideAccountIds: true, unreachable: 3 } });
    expect(data(result).settings).toEqual({ ...DEFAULT_SETTINGS, hideAccountIds: true });
    expect(result.issues.map((i) => i.params)).toEqual([['theme'], ['unreachable']]);
  });

  it('forgets favourites and keeps usage only for well-formed records', () => {
    const result = data(repairStore({ version: 1, entries: [entry], favourites: ['e1', 'gone', 'e1', 3], usage: { e1: { count: 2, lastUsed: 9 }, x: 'no' } }));
    expect(result.favourites).toEqual(['e1']);
    expect(result.usage).toEqual({ e1: { count: 2, lastUsed: 9 } });
  });
});

describe('repairStore: sync bookkeeping (version 2)', () => {
  it('keeps well-formed tombstones and part stamps, drops the rest', () => {
    const result = data(repairStore({ version: 2, entries: [entry], deleted: { gone: 5000, bad: 'x', neg: -1 }, stamps: { favourites: 7, settings: 'x', other: 3 } }));
    expect(result.deleted).toEqual({ gone: 5000 });
    expect(result.stamps).toEqual({ favourites: 7 });
  });

  it('keeps favourites of catalog entries even while the catalog is not loaded', () => {
    expect(data(repairStore({ version: 2, entries: [entry], favourites: ['org:prod-admin', 'e1', 'gone'] })).favourites).toEqual(['org:prod-admin', 'e1']);
  });
});

describe('quickProfile (the fast path of loading)', () => {
  const pick = <T,>(...values: T[]) => fc.constantFrom(...values);
  const draft = fc.record({
    label: pick('Prod', ' Prod', 'Prod ', '', 'x'.repeat(100), 'x'.repeat(101), '本番 😀', undefined),
    account: pick('123456789012', '12345678901', 'my-alias', ' 123456789012', '1234-5678-9012', undefined),
    roleName: pick('Admin', 'Admin!', 'a'.repeat(64), 'a'.repeat(65), 'admin role', '', undefined),
    rolePath: pick('/', '/team/', '/team//', 'team/', `/${'p'.repeat(30)}/`, '/a b/', undefined),
    partition: pick('aws', 'aws-cn', 'aws-us-gov', 'mars', ' aws', undefined),
    displayName: pick('Shown', ' Shown', '', 'd'.repeat(64), 'd'.repeat(65), undefined),
    color: pick('d13212', 'D13212', '#d13212', 'blue', undefined),
    region: pick('us-east-1', 'cn-north-1', 'us-gov-west-1', 'moon', undefined),
    roleArn: pick(undefined, undefined, 'arn:aws:iam::123456789012:role/Admin'),
  }, { requiredKeys: [] });

  it('accepts only what validateProfile accepts, and gives exactly its value', () => {
    fc.assert(fc.property(draft, (item) => {
      const fields = Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
      const quick = quickProfile(fields);
      if (quick) expect(quick).toEqual(validateProfile(fields as Record<string, string>).value);
    }), { numRuns: 3000 });
  });

  it('checks a value shared with the entry before it as strictly as a new one, in a whole list', () => {
    // Recurring values (role names, paths, colours, regions) pass once per run of neighbours:
    // the list as a whole must keep exactly the entries that each keeps on its own, the same.
    fc.assert(fc.property(fc.array(draft, { maxLength: 12 }), (items) => {
      const entries = items.map((item, i) => ({ ...Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)), id: `e${i}` }));
      const alone = entries.flatMap((item) => data(repairStore({ version: 2, entries: [item] })).entries);
      expect(data(repairStore({ version: 2, entries })).entries).toEqual(alone);
    }), { numRuns: 1000 });
    const region = { ...entry, region: 'us-east-1' };
    const list = data(repairStore({ version: 2, entries: [region, { ...region, id: 'e2', partition: 'aws-cn' }, { ...region, id: 'e3', roleName: 'Admin!' }] }));
    expect(list.entries.map((e) => e.id)).toEqual(['e1']);
  });

  it('takes the fast path for what the store itself writes', () => {
    for (const entry of generateEntries(500, 3)) expect(quickProfile(entry as unknown as Record<string, unknown>)).toBeDefined();
  });
});

describe('repairStore: base accounts and role paths', () => {
  it('keeps a base account\'s alias, and reads a base written before aliases as it is', () => {
    const bases = [{ name: 'corp', account: '111122223333', partition: 'aws', alias: 'corp-login' }, { name: 'old', account: '444455556666', partition: 'aws' }];
    expect(data(repairStore({ version: STORE_VERSION, entries: [], bases })).bases).toEqual(bases);
  });

  it('restores a role path written without its slashes as IAM\'s path', () => {
    const restored = data(repairStore({ version: STORE_VERSION, entries: [{ ...entry, rolePath: 'teams/platform' }] }));
    expect(restored.entries[0]?.rolePath).toBe('/teams/platform/');
  });
});
