import { describe, expect, it } from 'vitest';
import type { Identity } from './identity';
import { matchesIdentity } from './match-identity';
import type { Profile } from '../profile/profile';

const profile: Profile = { id: 'p', label: 'Prod', account: '123456789012', roleName: 'Admin', rolePath: '/team/', partition: 'aws' };
const role: Identity = { kind: 'assumed-role', partition: 'aws', accountId: '123456789012', accountAlias: 'acme', roleName: 'Admin', userName: 'alice' };

describe('matchesIdentity', () => {
  it('matches the same partition, account ID and role name (the session ARN has no path)', () =>
    expect(matchesIdentity(profile, role)).toBe(true));
  it('matches by account alias', () => expect(matchesIdentity({ ...profile, account: 'acme' }, role)).toBe(true));
  it('matches an Identity Center role by its full role name', () => {
    const sso: Identity = { ...role, kind: 'identity-center', roleName: 'AWSReservedSSO_Admin_0123456789abcdef', permissionSet: 'Admin' };
    expect(matchesIdentity({ ...profile, roleName: 'AWSReservedSSO_Admin_0123456789abcdef' }, sso)).toBe(true);
  });
  it('matches an Identity Center session to the entry of its permission set (as the portal import saves it)', () => {
    const sso: Identity = { ...role, kind: 'identity-center', roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef', permissionSet: 'PowerUser' };
    const entry = { ...profile, roleName: 'PowerUser', sso: { permissionSet: 'PowerUser' } };
    expect(matchesIdentity(entry, sso)).toBe(true);
    expect(matchesIdentity({ ...entry, sso: { permissionSet: 'Admin' } }, sso)).toBe(false);
    // An IAM role that happens to be named like the permission set is another role, both ways.
    expect(matchesIdentity({ ...profile, roleName: 'PowerUser' }, sso)).toBe(false);
    expect(matchesIdentity(entry, { ...role, roleName: 'PowerUser' })).toBe(false);
    // An assumed role that is not Identity Center's is matched by its own name only.
    expect(matchesIdentity(entry, { ...sso, kind: 'assumed-role' })).toBe(false);
  });
  it('does not match a role name that differs only in case', () => expect(matchesIdentity({ ...profile, roleName: 'admin' }, role)).toBe(false));
  it('does not match another account', () => expect(matchesIdentity({ ...profile, account: '210987654321' }, role)).toBe(false));
  it('does not match another partition', () => expect(matchesIdentity({ ...profile, partition: 'aws-cn' }, role)).toBe(false));
  it('does not match an alias the identity does not have', () =>
    expect(matchesIdentity({ ...profile, account: 'acme' }, { ...role, accountAlias: undefined })).toBe(false));
  it('does not match an identity whose role name is unknown', () =>
    expect(matchesIdentity(profile, { kind: 'assumed-role', partition: 'aws', accountId: '123456789012', displayName: 'Admin' })).toBe(false));
  it('does not match an IAM user whose user name equals the role name', () =>
    expect(matchesIdentity(profile, { kind: 'iam-user', partition: 'aws', accountId: '123456789012', userName: 'Admin', roleName: 'Admin' })).toBe(false));
});
