import { describe, expect, it } from 'vitest';
import type { Identity } from './identity';
import { isSwitchedRole, readBaseUser } from './base-user';

const cookie = (arn: string) => encodeURIComponent(JSON.stringify({ arn, alias: '', username: 'x', issuer: '', signinType: 'PUBLIC' }));

describe('readBaseUser', () => {
  it('takes the login names of ConsoleNavService.AccountInfo', () =>
    expect(readBaseUser({ accountInfo: { loginDisplayNameUser: 'alice', loginDisplayNameAccount: '111122223333', roleDisplayNameUser: 'Prod Admin' } }))
      .toEqual({ name: 'alice', accountId: '111122223333' }));
  it('takes an alias as the login account', () =>
    expect(readBaseUser({ accountInfo: { loginDisplayNameUser: 'alice', loginDisplayNameAccount: 'acme-users' } })).toEqual({ name: 'alice', accountAlias: 'acme-users' }));
  it('falls back to the navigation DOM', () =>
    expect(readBaseUser({ dom: { loginUser: 'bob', loginAccount: '1111-2222-3333' } })).toEqual({ name: 'bob', accountId: '111122223333' }));
  it('names an Identity Center login by its session name', () =>
    expect(readBaseUser({ accountInfo: { loginDisplayNameUser: 'AWSReservedSSO_PowerUser_0123456789abcdef/jo@example.com' } }))
      .toEqual({ name: 'jo@example.com', roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef' }));
  it('uses the aws-userInfo cookie when it names a user', () =>
    expect(readBaseUser({ userInfoCookie: cookie('arn:aws:iam::111122223333:user/carol') })).toEqual({ name: 'carol', accountId: '111122223333' }));
  it('does not take a role session in the cookie for the base user', () =>
    expect(readBaseUser({ userInfoCookie: cookie('arn:aws:sts::123456789012:assumed-role/Admin/alice') })).toBeUndefined());
  it('gives nothing when the page names nobody', () => {
    expect(readBaseUser({})).toBeUndefined();
    expect(readBaseUser({ accountInfo: { something: 'else' } })).toBeUndefined();
  });
});

const role: Identity = { kind: 'assumed-role', partition: 'aws', accountId: '123456789012', roleName: 'Admin', userName: 'alice' };
const user: Identity = { kind: 'iam-user', partition: 'aws', accountId: '111122223333', userName: 'alice', displayName: 'alice @ 111122223333' };

describe('isSwitchedRole', () => {
  it('is a role session that is not the login', () => expect(isSwitchedRole(role, { name: 'alice' })).toBe(true));
  it('is not the user itself', () => expect(isSwitchedRole(user, { name: 'alice' })).toBe(false));
  it('is not the role the browser signed in as', () =>
    expect(isSwitchedRole(role, { name: 'alice', roleName: 'Admin', accountId: '123456789012' })).toBe(false));
  it('is another role than the login role', () =>
    expect(isSwitchedRole(role, { name: 'jo', roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef', accountId: '111122223333' })).toBe(true));
  it('counts as switched when the page does not name the login (the console can still switch back)', () =>
    expect(isSwitchedRole(role, undefined)).toBe(true));
  it('is nothing when the identity is unknown', () => expect(isSwitchedRole(undefined, undefined)).toBe(false));
});
