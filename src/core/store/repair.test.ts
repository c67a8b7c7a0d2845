import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateEntries } from '../testing/generate-entries';
import { validateProfile } from '../profile/validate-profile';
import { quickProfile, repairStore } from './repair';
import { DEFAULT_SETTINGS, STORE_VERSION } from './schema';
import { decodeStore, encodeStore } from './packing/store-codec';
import { readBackup } from '../export/backup';

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
  // Each field mostly well-formed (as the store writes it), else one of its near misses: drafts
  // of both kinds come up often (uniform picks made a fast-path draft about one in 10,000).
  const mostly = <T,>(good: T, ...others: T[]) => fc.oneof({ arbitrary: fc.constant(good), weight: 3 }, { arbitrary: pick(...others), weight: 1 });
  const draft = fc.record({
    label: mostly('Prod', ' Prod', 'Prod ', '', 'x'.repeat(100), 'x'.repeat(101), '本番 😀', undefined),
    account: mostly('123456789012', '12345678901', 'my-alias', ' 123456789012', '1234-5678-9012', undefined),
    roleName: mostly('Admin', 'Admin!', 'a'.repeat(64), 'a'.repeat(65), 'admin role', '', undefined),
    rolePath: mostly('/', '/team/', '/team//', 'team/', `/${'p'.repeat(30)}/`, '/a b/', undefined),
    partition: mostly('aws', 'aws-cn', 'aws-us-gov', 'mars', ' aws', undefined),
    displayName: mostly(undefined, 'Shown', ' Shown', '', 'd'.repeat(64), 'd'.repeat(65)),
    color: mostly(undefined, 'd13212', 'D13212', '#d13212', 'blue'),
    region: mostly(undefined, 'us-east-1', 'cn-north-1', 'us-gov-west-1', 'moon'),
    roleArn: mostly(undefined, 'arn:aws:iam::123456789012:role/Admin'),
  });

  it('accepts only what validateProfile accepts, and gives exactly its value', () => {
    // Checked both ways, and over drafts of both kinds: a fast path that took nothing (or took
    // everything) would otherwise pass unseen.
    let taken = 0;
    let passedOn = 0;
    fc.assert(fc.property(draft, (item) => {
      const fields = Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
      const quick = quickProfile(fields);
      const { value } = validateProfile(fields as Record<string, string>);
      if (quick === undefined) passedOn++;
      else {
        taken++;
        expect(value).toBeDefined();
        expect(quick).toEqual(value);
      }
    }), { numRuns: 3000 });
    expect(taken).toBeGreaterThan(50);
    expect(passedOn).toBeGreaterThan(50);
    // What the store writes (already in validateProfile's form) always takes the fast path.
    for (const item of generateEntries(200, 4)) {
      const { id: _id, ...fields } = item as unknown as Record<string, unknown>;
      const valid = validateProfile(Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<string, string>).value;
      expect(quickProfile(fields)).toEqual(valid);
    }
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

describe('repairStore: hidden characters saved by an older version', () => {
  it('strips direction overrides and zero-width characters from a stored label and display name, keeps the entry and says so', () => {
    const stored = { ...entry, label: 'Prod\u202e nimda', displayName: 'Ad\u200bmin' };
    const result = repairStore({ version: STORE_VERSION, entries: [stored] });
    expect(data(result).entries).toEqual([{ ...entry, label: 'Prod nimda', displayName: 'Admin' }]);
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([['warnStoredHiddenChars', ['1', 'Prod nimda', 'U+202E, U+200B']]]);
  });

  it('leaves a label with an emoji joined by a zero-width joiner as it is', () => {
    const stored = { ...entry, label: 'Dev \u{1F469}\u200d\u{1F4BB}' };
    const result = repairStore({ version: STORE_VERSION, entries: [stored] });
    expect(data(result).entries).toEqual([stored]);
    expect(result.issues).toEqual([]);
  });
});

describe('repairStore: nothing the user saved is lost (issue 13)', () => {
  it('keeps a stored value that is not a list at all aside, with a message, instead of an empty list', () => {
    for (const stored of ['junk', 42, [entry]]) {
      const result = repairStore(stored);
      expect(data(result).unreadable).toEqual([stored]);
      expect(result.issues.map((i) => i.code)).toEqual(['errStoreUnreadable']);
      // Saved back and read again: still there, still said.
      const again = repairStore(JSON.parse(JSON.stringify(data(result))));
      expect(data(again).unreadable).toEqual([stored]);
      expect(again.issues.map((i) => [i.code, i.params])).toEqual([['warnKeptAside', ['1']]]);
    }
  });

  it('keeps the fields of an entry, a base and the list that this version does not know, also through the sync packing', async () => {
    const stored = {
      version: 2,
      entries: [{ ...entry, note: 'ask Dana', tags: ['pay'] }, { ...entry, id: 'e2' }],
      bases: [{ name: 'corp', account: '111122223333', partition: 'aws', mfa: { required: true } }],
      settings: { ...DEFAULT_SETTINGS, density: 'compact' },
      layouts: { popup: 'wide' },
    };
    const read = data(repairStore(stored));
    expect(read.entries[0]).toMatchObject({ note: 'ask Dana', tags: ['pay'] });
    expect(read.entries[1]).toEqual({ ...entry, id: 'e2' });
    expect(read.bases[0]).toMatchObject({ mfa: { required: true } });
    expect(read.settings).toMatchObject({ density: 'compact' });
    expect((read as unknown as Record<string, unknown>).layouts).toEqual({ popup: 'wide' });
    const decoded = await decodeStore(await encodeStore(read));
    if (!decoded.ok) throw new Error(decoded.detail);
    const back = data(repairStore(decoded.value));
    expect(back.entries[0]).toMatchObject({ note: 'ask Dana', tags: ['pay'] });
    expect(back.bases[0]).toMatchObject({ mfa: { required: true } });
    expect((back as unknown as Record<string, unknown>).layouts).toEqual({ popup: 'wide' });
  });

  it('keeps a base account of a partition it does not know aside, says so, and takes it back once it reads', () => {
    const mars = { name: 'mars-login', account: '444455556666', partition: 'aws-mars' };
    const result = repairStore({ version: 2, entries: [], bases: [mars] });
    expect(data(result).bases).toEqual([]);
    expect(data(result).unreadableBases).toEqual([mars]);
    expect(result.issues.map((i) => [i.code, i.params])).toEqual([['warnStoredBaseSetAside', ['mars-login']]]);
    // A version that knows the partition (here: one this version knows) finds it in place.
    const known = { ...mars, partition: 'aws' };
    const later = data(repairStore({ version: 2, entries: [], unreadableBases: [known] }));
    expect(later.bases).toEqual([known]);
    expect(later.unreadableBases).toBeUndefined();
  });

  it('keeps a second base account of the same name aside, saying it is a duplicate, and takes it back once the name is free', () => {
    const first = { name: 'corp', account: '111122223333', partition: 'aws' };
    const second = { name: 'corp', account: '444455556666', partition: 'aws' };
    const result = repairStore({ version: 2, entries: [], bases: [first, second] });
    expect(data(result).bases).toEqual([first]);
    expect(data(result).unreadableBases).toEqual([second]);
    expect(result.issues.map((i) => [i.code, i.params])).toEqual([['warnStoredBaseDuplicate', ['corp']]]);
    expect(result.issues[0]!.message).toContain('also named "corp"');
    expect(data(repairStore({ version: 2, entries: [], bases: [], unreadableBases: [second] })).bases).toEqual([second]);
  });

  it('keeps the favourite places of entries kept aside, and takes such an entry back once it reads', () => {
    const mars = { ...entry, id: 'm1', partition: 'aws-mars' };
    const result = data(repairStore({ version: 2, entries: [entry, mars], favourites: ['m1', 'e1', 'gone'] }));
    expect(result.favourites).toEqual(['m1', 'e1']);
    expect(result.unreadable).toEqual([mars]);
    const later = data(repairStore({ version: 2, entries: [entry], unreadable: [{ ...mars, partition: 'aws' }], favourites: ['m1', 'e1'] }));
    expect(later.entries.map((e) => e.id)).toEqual(['e1', 'm1']);
    expect(later.favourites).toEqual(['m1', 'e1']);
  });

  it('does not bring back, under a deleted entry’s id, a second entry that shared that id', () => {
    const dup = { ...entry, label: 'Dup' };
    const first = data(repairStore({ version: 2, entries: [entry, dup] }));
    expect(first.unreadable).toEqual([dup]);
    const afterDelete = data(repairStore({ ...first, entries: [], deleted: { e1: 5000 } }));
    expect(afterDelete.entries).toEqual([]);
    expect(afterDelete.unreadable).toEqual([dup]);
  });

  it('refuses an entry of the user under a catalog id, on repair and on restore, with a message', () => {
    const taken = { ...entry, id: 'org:prod-admin' };
    const result = repairStore({ version: 2, entries: [taken, entry] });
    expect(data(result).entries.map((e) => e.id)).toEqual(['e1']);
    expect(data(result).unreadable).toEqual([taken]);
    expect(result.issues.map((i) => [i.code, i.params])).toEqual([['errStoredEntryCatalogId', ['1', 'org:prod-admin']]]);
    const restored = readBackup(JSON.stringify({ version: 2, entries: [taken, entry] }));
    expect(restored.errors.map((i) => i.code)).toEqual(['errStoredEntryCatalogId']);
    expect(restored.data?.entries.map((e) => e.id)).toEqual(['e1']);
  });
});
