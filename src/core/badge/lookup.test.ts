import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Identity } from '../console/identity';
import { PARTITIONS } from '../console/partition';
import type { Entry } from '../store/schema';
import type { ConsolePageFacts } from '../console/page-state';
import { matchesIdentity } from '../console/match-identity';
import { formatBadge } from './format';
import { bucketOf, buildLookup, identityKeys, lookupEntries, LOOKUP_BUCKETS, lookupKey } from './lookup';

const facts = (identity: Identity | undefined): ConsolePageFacts => ({
  url: 'https://eu-west-1.console.aws.amazon.com/ec2/home',
  reading: { identity, found: [], issues: [] },
  mode: 'classic',
  csrfFound: true,
  baseUser: { name: 'alice' },
});

// Few distinct values, so that entries and identities often match (and often match several entries).
const accounts = ['123456789012', '210987654321', 'prod-alias', 'dev-alias'];
const roles = ['Admin', 'admin', 'ReadOnly', 'AWSReservedSSO_Power_0123456789abcdef'];
const partitions = PARTITIONS.slice(0, 2);
const entryArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  label: fc.constantFrom('Prod', 'Dev', ' x '),
  account: fc.constantFrom(...accounts),
  roleName: fc.constantFrom(...roles),
  rolePath: fc.constantFrom('/', '/ops/'),
  partition: fc.constantFrom(...partitions),
  displayName: fc.option(fc.constantFrom('Prod Admin', '  ', 'Dev'), { nil: undefined }),
  color: fc.option(fc.constantFrom('f2b0a9', '83D4E8', 'bad'), { nil: undefined }),
  group: fc.option(fc.constantFrom('Production', 'Dev'), { nil: undefined }),
  production: fc.option(fc.boolean(), { nil: undefined }),
}).map((entry) => Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as unknown as Entry);
const identityArb = fc.record({
  kind: fc.constantFrom('assumed-role', 'identity-center', 'iam-user', 'unknown') as fc.Arbitrary<Identity['kind']>,
  partition: fc.constantFrom(...partitions),
  accountId: fc.option(fc.constantFrom('123456789012', '210987654321'), { nil: undefined }),
  accountAlias: fc.option(fc.constantFrom('prod-alias', 'dev-alias'), { nil: undefined }),
  roleName: fc.option(fc.constantFrom(...roles), { nil: undefined }),
  userName: fc.constant('alice'),
}).map((identity) => Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== undefined)) as unknown as Identity);

describe('the badge lookup', () => {
  it('gives formatBadge the same answer as the whole list would, for any list, groups, identity and setting', () =>
    fc.assert(fc.property(fc.array(entryArb, { maxLength: 30 }), identityArb, fc.boolean(), fc.boolean(), (entries, identity, prodGroup, hide) => {
      const groups = { Production: { production: prodGroup } };
      const buckets = buildLookup(entries, groups);
      const keys = identityKeys(identity);
      const found = lookupEntries([...new Set(keys.map(bucketOf))].flatMap((i) => buckets[i]!), keys);
      expect(formatBadge(facts(identity), { entries: found, groups: {}, hideAccountIds: hide }))
        .toEqual(formatBadge(facts(identity), { entries, groups, hideAccountIds: hide }));
    }), { numRuns: 3000 }));
  it('files each entry once, in one of LOOKUP_BUCKETS buckets, by what it matches', () => {
    const entry: Entry = { id: 'a', label: 'A', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' };
    const buckets = buildLookup([entry, { ...entry, id: 'b' }], {});
    expect(buckets).toHaveLength(LOOKUP_BUCKETS);
    expect(buckets.flat().map((record) => record[2])).toEqual(['a', 'b']);
    expect(buckets[bucketOf(lookupKey('aws', 'Admin', '123456789012'))]).toHaveLength(2);
  });
  it('an identity that is no role matches nothing', () => {
    expect(identityKeys({ kind: 'iam-user', partition: 'aws', accountId: '123456789012', userName: 'alice' })).toEqual([]);
    expect(identityKeys(undefined)).toEqual([]);
    const sso: Identity = { kind: 'identity-center', partition: 'aws', accountId: '123456789012', roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef', permissionSet: 'PowerUser' };
    expect(identityKeys(sso)).toEqual([lookupKey('aws', 'AWSReservedSSO_PowerUser_0123456789abcdef', '123456789012'), lookupKey('aws', 'sso:PowerUser', '123456789012')]);
  });
  it('finds an Identity Center session\'s entry, and not an IAM role named like its permission set', () => {
    const iam: Entry = { id: 'iam', label: 'IAM PowerUser', account: '123456789012', roleName: 'PowerUser', rolePath: '/', partition: 'aws' };
    const sso: Entry = { id: 'sso', label: 'SSO PowerUser', account: '123456789012', roleName: 'PowerUser', rolePath: '/', partition: 'aws', sso: { startUrl: 'https://d-1234567890.awsapps.com/start', accountId: '123456789012', permissionSet: 'PowerUser' } };
    const records = buildLookup([iam, sso], {}).flat();
    const session: Identity = { kind: 'identity-center', partition: 'aws', accountId: '123456789012', roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef', permissionSet: 'PowerUser' };
    const found = lookupEntries(records, identityKeys(session));
    expect(found.map((e) => e.id)).toEqual(['sso']);
    expect(matchesIdentity(found[0]!, session)).toBe(true);
    // The IAM role's own session is the IAM entry's only (matchesIdentity tells them apart).
    const roleSession: Identity = { kind: 'assumed-role', partition: 'aws', accountId: '123456789012', roleName: 'PowerUser' };
    expect(lookupEntries(records, identityKeys(roleSession)).filter((e) => matchesIdentity(e, roleSession)).map((e) => e.id)).toEqual(['iam']);
  });
});
