import { describe, expect, it } from 'vitest';
import { readAccountAliasCookie, readAccountInfo, readDom, readSessionData, readUserInfoCookie } from './identity-signals';

const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('readSessionData', () => {
  it('reads the multi-session fields', () =>
    expect(readSessionData(JSON.stringify({ prismModeEnabled: true, sessionDifferentiator: 'd', signInEndpoint: 'signin.aws.amazon.com', infrastructureRegion: 'us-east-1' })).reading)
      .toEqual({ prism: true, sessionDifferentiator: 'd', signInEndpoint: 'signin.aws.amazon.com', infrastructureRegion: 'us-east-1' }));
  it.each(['', '{', '[]', '"x"', 'null', '42'])('reports %j as unreadable', (raw) =>
    expect(codes(readSessionData(raw))).toEqual(['warnSessionDataJson']));
  it('accepts the account ID only as a 12-digit string', () => {
    expect(readSessionData('{"accountId":"012345678901"}').reading?.clue?.accountId).toBe('012345678901');
    expect(readSessionData('{"accountId":12345678901}').reading?.clue).toBeUndefined();
  });
});

describe('readUserInfoCookie', () => {
  const value = { arn: 'arn:aws:iam::123456789012:user/alice', alias: 'acme' };
  it.each([
    ['URL-encoded', encodeURIComponent(JSON.stringify(value))],
    ['double-encoded', encodeURIComponent(encodeURIComponent(JSON.stringify(value)))],
    ['quoted', `"${encodeURIComponent(JSON.stringify(value))}"`],
    ['plain JSON', JSON.stringify(value)],
  ])('reads a %s cookie', (_name, raw) =>
    expect(readUserInfoCookie(raw).clue).toMatchObject({ kind: 'iam-user', userName: 'alice', accountAlias: 'acme' }));
  it('reports a cookie without an ARN, or with one it does not know', () => {
    expect(codes(readUserInfoCookie(encodeURIComponent('{"alias":"acme"}')))).toEqual(['warnUserInfoCookie']);
    expect(codes(readUserInfoCookie(encodeURIComponent('{"arn":"arn:aws:s3:::b"}')))).toEqual(['warnPrincipalArn']);
  });
});

describe('readAccountAliasCookie', () => {
  it('reads an alias or an account ID', () => {
    expect(readAccountAliasCookie('acme-prod')).toEqual({ account: { accountAlias: 'acme-prod' }, issues: [] });
    expect(readAccountAliasCookie('995553441267')).toEqual({ account: { accountId: '995553441267' }, issues: [] });
  });
  it('reports anything else', () => expect(codes(readAccountAliasCookie('%ZZ'))).toEqual(['warnAccountAliasCookie']));
});

describe('readAccountInfo and readDom', () => {
  it('reads only the four known string fields of AccountInfo', () =>
    expect(readAccountInfo({ loginDisplayNameAccount: 'acme', loginDisplayNameUser: 'bob', extra: 'x' }, false).view?.active).toEqual(
      { kind: 'iam-user', accountAlias: 'acme', userName: 'bob' }));
  it('takes the account from the menus only when the navigation lacks it', () => {
    expect(readDom({ loginAccount: '111111111111', accountDetailMenu: '2222-2222-2222' }, false).view.active.accountId).toBe('111111111111');
    expect(readDom({ accountDetailMenu: 'Account ID: 2222-2222-2222' }, false).view.active.accountId).toBe('222222222222');
    expect(readDom({ accountDetailMenu: 'Phone 1234-5678-90123' }, false).view.active.accountId).toBeUndefined();
  });
});
