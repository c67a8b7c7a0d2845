import { describe, expect, it } from 'vitest';
import { accountFromText, clueFromArn, clueFromUserText, textField, viewDisplayNames } from './identity-clues';

describe('textField', () => {
  it('reads trimmed, non-blank strings only', () => {
    expect(textField({ a: '  x ' }, 'a')).toBe('x');
    expect(textField({ a: ' ' }, 'a')).toBeUndefined();
    expect(textField({ a: 1 }, 'a')).toBeUndefined();
    expect(textField(null, 'a')).toBeUndefined();
    expect(textField({ a: 'x'.repeat(5000) }, 'a')).toBeUndefined();
  });
  it('survives a throwing getter', () =>
    expect(textField(Object.defineProperty({}, 'a', { get: () => { throw new Error('no'); } }), 'a')).toBeUndefined());
});

describe('accountFromText', () => {
  it.each([
    ['123456789012', { accountId: '123456789012' }], ['1234-5678-9012', { accountId: '123456789012' }],
    ['acme-prod', { accountAlias: 'acme-prod' }], ['My Company', {}], ['12345', {}], [undefined, {}],
  ])('reads %j', (text, out) => expect(accountFromText(text)).toEqual(out));
});

describe('clueFromUserText', () => {
  it('reads "Role/session" as an assumed role', () =>
    expect(clueFromUserText('Dev/alice@example.com', false)).toEqual({ kind: 'assumed-role', roleName: 'Dev', userName: 'alice@example.com' }));
  it('reads an Identity Center role with its permission set', () =>
    expect(clueFromUserText('AWSReservedSSO_Ops_0123456789abcdef/jo', false)).toMatchObject({ kind: 'identity-center', permissionSet: 'Ops' }));
  it('reads a bare name as an IAM user, or as a role where the console shows the role', () => {
    expect(clueFromUserText('alice', false)).toEqual({ kind: 'iam-user', userName: 'alice' });
    expect(clueFromUserText('Admin', true)).toEqual({ kind: 'assumed-role', roleName: 'Admin' });
  });
  it('says nothing about text that is no name', () => expect(clueFromUserText('Jane Doe', false)).toEqual({}));
});

describe('viewDisplayNames', () => {
  const names = { loginAccount: 'acme', loginUser: 'alice', roleAccount: '210987654321', roleUser: 'Prod admin' };
  it('in classic mode treats the role names as the switched-to role and its display name', () =>
    expect(viewDisplayNames(names, false)).toEqual({
      active: { kind: 'assumed-role', accountId: '210987654321', displayName: 'Prod admin' },
      login: { kind: 'iam-user', accountAlias: 'acme', userName: 'alice' }, switched: true,
    }));
  it('in multi-session mode treats the role names as this session\'s own role', () =>
    expect(viewDisplayNames({ ...names, roleUser: 'Admin' }, true)).toMatchObject(
      { active: { kind: 'assumed-role', accountId: '210987654321', roleName: 'Admin' }, switched: false }));
  it('without role names, the login identity is the active one', () =>
    expect(viewDisplayNames({ loginAccount: '1234-5678-9012', loginUser: 'alice' }, false).active).toEqual(
      { kind: 'iam-user', accountId: '123456789012', userName: 'alice' }));
  it('clueFromArn keeps the ARN and its partition', () =>
    expect(clueFromArn('arn:aws-us-gov:iam::123456789012:root')).toEqual(
      { kind: 'root', arnPartition: 'aws-us-gov', accountId: '123456789012', arn: 'arn:aws-us-gov:iam::123456789012:root' }));
});
