import { describe, expect, it } from 'vitest';
import { formatRoleArn, identityCenterPermissionSet, parsePrincipalArn, parseRoleArn } from './arn';

const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

describe('parseRoleArn', () => {
  it.each([
    ['arn:aws:iam::123456789012:role/Admin', { partition: 'aws', accountId: '123456789012', path: '/', name: 'Admin' }],
    ['arn:aws-us-gov:iam::012345678901:role/ops/ReadOnly', { partition: 'aws-us-gov', accountId: '012345678901', path: '/ops/', name: 'ReadOnly' }],
    ['arn:aws-cn:iam::123456789012:role/a/b/c', { partition: 'aws-cn', accountId: '123456789012', path: '/a/b/', name: 'c' }],
    ['  arn:aws-eusc:iam::123456789012:role/Dev  ', { partition: 'aws-eusc', accountId: '123456789012', path: '/', name: 'Dev' }],
  ])('reads %s', (arn, value) => expect(parseRoleArn(arn)).toEqual({ value, errors: [] }));

  it('keeps the exact case of the role name', () =>
    expect(parseRoleArn('arn:aws:iam::123456789012:role/aDmIn').value?.name).toBe('aDmIn'));

  it('round-trips through formatRoleArn', () => {
    for (const arn of ['arn:aws:iam::123456789012:role/Admin', 'arn:aws-cn:iam::123456789012:role/a/b/c']) {
      expect(formatRoleArn(parseRoleArn(arn).value!)).toBe(arn);
    }
  });

  it.each(['', 'Admin', 'arn:aws:iam::123456789012', 'arn:aws:s3:::bucket', 'arn:aws:iam::123456789012:user/bob',
    'arn:aws:iam:us-east-1:123456789012:role/Admin', 'arn:aws:iam::123456789012:role/x:y', 'aws:iam::123456789012:role/A:'])(
    'rejects %j as not a role ARN', (arn) => expect(codes(parseRoleArn(arn))).toEqual(['errRoleArnFormat']));

  it('explains that a session ARN is not a role ARN and suggests the role ARN', () => {
    const r = parseRoleArn('arn:aws:sts::123456789012:assumed-role/Admin/alice');
    expect(codes(r)).toEqual(['errRoleArnIsSession']);
    expect(r.errors[0]!.params?.[1]).toBe('arn:aws:iam::123456789012:role/Admin');
  });

  it('rejects an unknown partition', () =>
    expect(codes(parseRoleArn('arn:aws-iso:iam::123456789012:role/A'))).toEqual(['errRoleArnPartition']));
  it('rejects an account of 11 or 13 digits with the 12-digit message', () => {
    expect(codes(parseRoleArn('arn:aws:iam::12345678901:role/A'))).toEqual(['errAccountFormat']);
    expect(codes(parseRoleArn('arn:aws:iam::1234567890123:role/A'))).toEqual(['errAccountFormat']);
  });
  it('rejects an alias in place of the account ID', () =>
    expect(codes(parseRoleArn('arn:aws:iam::my-alias:role/A'))).toEqual(['errRoleArnAccount']));
  it('rejects bad role names and paths', () => {
    expect(codes(parseRoleArn('arn:aws:iam::123456789012:role/'))).toEqual(['errRoleNameRequired']);
    expect(codes(parseRoleArn('arn:aws:iam::123456789012:role/a b'))).toEqual(['errRoleNameChars']);
    expect(codes(parseRoleArn('arn:aws:iam::123456789012:role//A'))).toEqual(['errRolePathFormat']);
  });
  it('collects all errors at once', () =>
    expect(codes(parseRoleArn('arn:nope:iam::1:role/a b'))).toEqual(['errRoleArnPartition', 'errAccountFormat', 'errRoleNameChars']));
});

describe('parsePrincipalArn', () => {
  it('reads an IAM user with and without a path', () => {
    expect(parsePrincipalArn('arn:aws:iam::123456789012:user/alice')).toEqual(
      { kind: 'iam-user', partition: 'aws', accountId: '123456789012', userName: 'alice', path: '/' });
    expect(parsePrincipalArn('arn:aws-cn:iam::123456789012:user/dev/bob@example.com')).toEqual(
      { kind: 'iam-user', partition: 'aws-cn', accountId: '123456789012', userName: 'bob@example.com', path: '/dev/' });
  });
  it('reads the root user', () =>
    expect(parsePrincipalArn('arn:aws:iam::123456789012:root')).toEqual({ kind: 'root', partition: 'aws', accountId: '123456789012' }));
  it('reads an assumed role (no path in the session ARN)', () =>
    expect(parsePrincipalArn('arn:aws-us-gov:sts::123456789012:assumed-role/Admin/alice')).toEqual(
      { kind: 'assumed-role', partition: 'aws-us-gov', accountId: '123456789012', roleName: 'Admin', sessionName: 'alice' }));
  it('reads an Identity Center role and its permission set', () =>
    expect(parsePrincipalArn('arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Power_User_0123456789abcdef/jo@example.com')).toEqual({
      kind: 'identity-center', partition: 'aws', accountId: '123456789012',
      roleName: 'AWSReservedSSO_Power_User_0123456789abcdef', permissionSet: 'Power_User', sessionName: 'jo@example.com',
    }));
  it('treats AWSReservedSSO without 16 hex digits as a plain role', () =>
    expect(parsePrincipalArn('arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_xyz/jo')?.kind).toBe('assumed-role'));
  it('reads a federated user', () =>
    expect(parsePrincipalArn('arn:aws-eusc:sts::123456789012:federated-user/carol')).toEqual(
      { kind: 'federated-user', partition: 'aws-eusc', accountId: '123456789012', userName: 'carol' }));
  it.each(['', 'junk', 'arn:aws:iam::123456789012:role/Admin', 'arn:aws:sts::123456789012:assumed-role/Admin',
    'arn:aws:sts::12345678901:assumed-role/A/b', 'arn:aws-iso:iam::123456789012:root', 'arn:aws:iam::123456789012:user/',
    'arn:aws:sts::123456789012:assumed-role/A/b/c', 'arn:aws:sts:us-east-1:123456789012:federated-user/x'])(
    'returns undefined for %j', (arn) => expect(parsePrincipalArn(arn)).toBeUndefined());
  it('extracts only the part between prefix and hex suffix as permission set', () => {
    expect(identityCenterPermissionSet('AWSReservedSSO_ReadOnly_abcdef0123456789')).toBe('ReadOnly');
    expect(identityCenterPermissionSet('ReadOnly')).toBeUndefined();
  });
});
