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
