import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalog } from './catalog';

const good = { label: 'Payments prod', account: '123456789012', roleName: 'ReadOnly' };

describe('readCatalog (enterprise policy)', () => {
  it('gives no catalog and no message when there is no policy', () => {
    expect(readCatalog({})).toEqual({ entries: [], issues: [] });
    expect(readCatalog(undefined)).toEqual({ entries: [], issues: [] });
  });

  it('marks each entry managed, with an id of its own kind, its group and production flag', () => {
    const catalog = readCatalog({ catalogName: ' Example Corp ', catalog: [{ ...good, id: 'pay-ro', group: 'Payments', production: true, region: 'eu-west-1' }] });
    expect(catalog.issues).toEqual([]);
    expect(catalog.name).toBe('Example Corp');
    expect(catalog.entries).toEqual([{ ...good, id: 'org:pay-ro', rolePath: '/', partition: 'aws', region: 'eu-west-1', group: 'Payments', production: true, managed: true }]);
  });

  it('derives a stable id from the role when the policy gives none, and tells equal roles apart', () => {
    const { entries } = readCatalog({ catalog: [good, { ...good, label: 'Same role, other region', region: 'us-east-1' }, { ...good, roleArn: 'arn:aws-us-gov:iam::123456789012:role/ops/Admin', account: undefined, roleName: undefined }].map((e) => JSON.parse(JSON.stringify(e)) as object) });
    expect(entries.map((e) => e.id)).toEqual(['org:aws:123456789012:/ReadOnly', 'org:aws:123456789012:/ReadOnly#2', 'org:aws-us-gov:123456789012:/ops/Admin']);
  });

  it('numbers equal ids in policy order, keeping the first, skipping ids already given, and not counting left-out entries', () => {
    const ids = ['x', 'x#2', 'x', 'x', 'x#3', 'x#2', 'y', ' x ', 'x'];
    const catalog = readCatalog({ catalog: [...ids.slice(0, 3).map((id) => ({ ...good, id })), { label: 'Typo', account: '12345', roleName: 'Admin', id: 'x' }, ...ids.slice(3).map((id) => ({ ...good, id }))] });
    expect(catalog.entries.map((e) => e.id)).toEqual(['org:x', 'org:x#2', 'org:x#3', 'org:x#4', 'org:x#3#2', 'org:x#2#2', 'org:y', 'org:x#5', 'org:x#6']);
  });

  // The rule as it always was (favourites and recents store these ids), written plainly: the
  // first of base, base#2, base#3, … not given yet. readCatalog must agree with it exactly.
  const plainRule = (bases: string[]) => {
    const given = new Set<string>();
    return bases.map((base) => {
      let id = base;
      for (let n = 2; given.has(id); n++) id = `${base}#${n}`;
      given.add(id);
      return id;
    });
  };

  it('gives the same ids as the plain rule for any mix of equal, numbered and derived ids (generated policies)', () => {
    const id = fc.oneof(fc.constantFrom('a', 'a#2', 'a#3', 'a#2#2', 'a#1', 'a#02', 'b', ' a', '', 'aws:123456789012:/ReadOnly', 'aws:123456789012:/ReadOnly#2'), fc.string({ unit: fc.constantFrom('a', '#', '2', '3'), maxLength: 5 }));
    fc.assert(fc.property(fc.array(fc.option(id, { nil: undefined }), { maxLength: 30 }), (ids) => {
      const catalog = readCatalog({ catalog: ids.map((i) => (i === undefined ? { ...good } : { ...good, id: i })) });
      const bases = ids.map((i) => `org:${i?.trim() || 'aws:123456789012:/ReadOnly'}`);
      expect(catalog.entries.map((e) => e.id)).toEqual(plainRule(bases));
    }), { numRuns: 500 });
  });

  it('tells thousands of equal ids apart with a bounded number of look-ups each (20,000 froze every popup for half a minute)', () => {
    const count = 2_000;
    const policy = { catalog: Array.from({ length: count }, () => ({ ...good, id: 'same' })) };
    // Counting Set look-ups, not time: the rule as it was looked up n²/2 ids (2 million here).
    const has = Set.prototype.has;
    let lookups = 0;
    Set.prototype.has = function (this: Set<unknown>, value: unknown) {
      lookups++;
      return has.call(this, value);
    };
    let ids: string[];
    try {
      ids = readCatalog(policy).entries.map((e) => e.id);
    } finally {
      Set.prototype.has = has;
    }
    expect(ids).toEqual(['org:same', ...Array.from({ length: count - 1 }, (_, k) => `org:same#${k + 2}`)]);
    expect(lookups).toBeLessThan(20 * count);
  });

  it('ignores a policy that does not match the schema as a whole, and says where', () => {
    expect(readCatalog({ catalog: 'x' }).issues[0]).toMatchObject({ code: 'errCatalogInvalid', params: ['catalog must be a list of entries'] });
    expect(readCatalog({ catalog: [good, { ...good, acount: '1' }] })).toMatchObject({ entries: [], issues: [{ params: ['catalog[1] has an unknown property "acount"'] }] });
    expect(readCatalog({ catalog: [{ ...good, account: 123456789012 }] }).issues[0]!.params).toEqual(['catalog[0].account must be a string']);
    expect(readCatalog({ catalogs: [] }).issues[0]!.params![0]).toMatch(/unknown policy "catalogs"/);
    expect(readCatalog('junk').issues[0]!.code).toBe('errCatalogInvalid');
  });

  it('leaves out a well-formed entry that is not a valid role, keeping the others', () => {
    const catalog = readCatalog({ catalog: [good, { label: 'Typo', account: '12345', roleName: 'Admin' }] });
    expect(catalog.entries).toHaveLength(1);
    expect(catalog.issues).toMatchObject([{ code: 'errCatalogEntryInvalid', line: 2 }]);
    expect(catalog.issues[0]!.params![0]).toBe('2');
  });
});
