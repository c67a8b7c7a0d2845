import { describe, expect, it } from 'vitest';
import { readIdentity, type ConsoleSignals } from './identity';

const json = (v: unknown) => JSON.stringify(v);
const userInfo = (v: Record<string, unknown>) => encodeURIComponent(json({ issuer: '', signinType: 'PUBLIC', ...v }));
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

const IAM_USER_SESSION = json({
  accountId: '123456789012', accountAlias: 'acme-prod', sessionARN: 'arn:aws:iam::123456789012:user/alice',
  displayName: 'alice @ acme-prod', infrastructureRegion: 'us-east-1', prismModeEnabled: false, signInEndpoint: 'signin.aws.amazon.com',
});
const PRISM_SESSION = json({
  accountId: '210987654321', sessionARN: 'arn:aws:sts::210987654321:assumed-role/Admin/alice', prismModeEnabled: true,
  sessionDifferentiator: '210987654321-abcd1234', signInEndpoint: 'us-east-1.signin.aws.amazon.com',
});

describe('readIdentity from each signal alone', () => {
  it('reads an IAM user from session data, with alias, display name and sign-in endpoint', () =>
    expect(readIdentity({ sessionData: IAM_USER_SESSION, hostname: 'console.aws.amazon.com' })).toEqual({
      identity: {
        kind: 'iam-user', partition: 'aws', accountId: '123456789012', accountAlias: 'acme-prod',
        arn: 'arn:aws:iam::123456789012:user/alice', userName: 'alice', displayName: 'alice @ acme-prod', signInEndpoint: 'signin.aws.amazon.com',
      },
      source: 'session-data', found: ['session-data'], issues: [],
    }));
  it('sets multiSession from prismModeEnabled + differentiator + sign-in endpoint', () => {
    const r = readIdentity({ sessionData: PRISM_SESSION });
    expect(r.identity).toMatchObject({ kind: 'assumed-role', roleName: 'Admin', userName: 'alice', accountId: '210987654321',
      multiSession: { sessionDifferentiator: '210987654321-abcd1234', signInEndpoint: 'us-east-1.signin.aws.amazon.com' } });
    expect(r.issues).toEqual([]);
  });
  it('recognises an Identity Center role and its permission set', () =>
    expect(readIdentity({ sessionData: json({ sessionARN: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_ReadOnly_0123456789abcdef/jo@example.com' }) }).identity)
      .toMatchObject({ kind: 'identity-center', permissionSet: 'ReadOnly', roleName: 'AWSReservedSSO_ReadOnly_0123456789abcdef', userName: 'jo@example.com' }));
  it('reads an assumed role and its alias from the aws-userInfo cookie', () => {
    const r = readIdentity({ userInfoCookie: userInfo({ arn: 'arn:aws:sts::711171116841:assumed-role/ADFS-READONLY/tony', alias: 'dd-devops', username: 'assumed-role%2FADFS-READONLY%2Ftony' }) });
    expect(r).toMatchObject({ source: 'user-info-cookie', found: ['user-info-cookie'], issues: [] });
    expect(r.identity).toMatchObject({ kind: 'assumed-role', accountId: '711171116841', accountAlias: 'dd-devops', roleName: 'ADFS-READONLY', userName: 'tony' });
  });
  it('does not take a 12-digit "alias" in the cookie for an alias', () =>
    expect(readIdentity({ userInfoCookie: userInfo({ arn: 'arn:aws:iam::995553441267:root', alias: '995553441267' }) }).identity)
      .toEqual({ kind: 'root', partition: 'aws', accountId: '995553441267', arn: 'arn:aws:iam::995553441267:root' }));
  it('reads a federated user', () =>
    expect(readIdentity({ sessionData: json({ sessionARN: 'arn:aws:sts::123456789012:federated-user/carol' }) }).identity)
      .toMatchObject({ kind: 'federated-user', userName: 'carol' }));
  it('reads the login identity from AccountInfo (dashed account ID, Role/session user)', () =>
    expect(readIdentity({ accountInfo: { loginDisplayNameAccount: '1234-5678-9012', loginDisplayNameUser: 'Dev/alice' } })).toMatchObject({
      source: 'account-info', identity: { kind: 'assumed-role', accountId: '123456789012', roleName: 'Dev', userName: 'alice' } }));
  it('reads a switched role from AccountInfo in classic mode, where roleUser is the display name', () =>
    expect(readIdentity({ accountInfo: { loginDisplayNameAccount: 'acme', loginDisplayNameUser: 'alice', roleDisplayNameAccount: '210987654321', roleDisplayNameUser: 'Prod admin' } }).identity)
      .toEqual({ kind: 'assumed-role', partition: 'aws', accountId: '210987654321', displayName: 'Prod admin' }));
  it('reads the DOM navigation, then an account ID or ARN from the menus', () => {
    expect(readIdentity({ dom: { loginAccount: 'acme-dev', loginUser: 'bob' } }).identity).toMatchObject({ kind: 'iam-user', accountAlias: 'acme-dev', userName: 'bob' });
    expect(readIdentity({ dom: { usernameMenu: 'bob', accountDetailMenu: 'Account ID 1234-5678-9012 Sign out' } })).toMatchObject(
      { source: 'dom', identity: { accountId: '123456789012' } });
    expect(readIdentity({ dom: { accountDetailMenu: 'arn:aws:sts::123456789012:assumed-role/Ops/bob copied' } }).identity)
      .toMatchObject({ kind: 'assumed-role', roleName: 'Ops', userName: 'bob' });
  });
});

describe('readIdentity combining signals', () => {
  it('reports every present signal in found and the first that answered in source', () => {
    const r = readIdentity({ sessionData: IAM_USER_SESSION, userInfoCookie: userInfo({ arn: 'arn:aws:iam::123456789012:user/alice' }),
      accountAliasCookie: 'acme-prod', accountInfo: { loginDisplayNameUser: 'alice' }, dom: { loginUser: 'alice' } });
    expect(r.source).toBe('session-data');
    expect(r.found).toEqual(['session-data', 'user-info-cookie', 'account-alias-cookie', 'account-info', 'dom']);
  });
  it('fills the kind and name from the cookie when session data only gives the account', () =>
    expect(readIdentity({ sessionData: json({ accountId: '123456789012' }), userInfoCookie: userInfo({ arn: 'arn:aws:iam::123456789012:user/alice', alias: 'acme' }) }))
      .toMatchObject({ source: 'session-data', identity: { kind: 'iam-user', userName: 'alice', accountAlias: 'acme' } }));
  it('does not borrow from a signal about another account', () =>
    expect(readIdentity({ sessionData: json({ accountId: '123456789012' }), userInfoCookie: userInfo({ arn: 'arn:aws:iam::999999999999:user/eve', alias: 'other' }) }).identity)
      .toEqual({ kind: 'unknown', partition: 'aws', accountId: '123456789012' }));
  it('after a classic switch, takes the active role from AccountInfo, not the base user in the cookie', () => {
    const r = readIdentity({
      userInfoCookie: userInfo({ arn: 'arn:aws:iam::123456789012:user/alice', alias: 'acme' }), accountAliasCookie: 'acme',
      accountInfo: { loginDisplayNameAccount: 'acme', loginDisplayNameUser: 'alice', roleDisplayNameAccount: '210987654321', roleDisplayNameUser: 'Prod' },
    });
    expect(r.source).toBe('account-info');
    expect(r.identity).toEqual({ kind: 'assumed-role', partition: 'aws', accountId: '210987654321', displayName: 'Prod' });
  });
  it('adds the display name the console shows for the active role to the session ARN', () =>
    expect(readIdentity({ sessionData: json({ sessionARN: 'arn:aws:sts::210987654321:assumed-role/Admin/alice' }),
      accountInfo: { loginDisplayNameAccount: 'acme', roleDisplayNameAccount: '210987654321', roleDisplayNameUser: 'Prod admin' } }).identity)
      .toMatchObject({ roleName: 'Admin', displayName: 'Prod admin' }));
  it('uses aws-account-alias only for the login account', () => {
    const cookie = userInfo({ arn: 'arn:aws:iam::123456789012:user/alice' });
    expect(readIdentity({ userInfoCookie: cookie, accountAliasCookie: 'acme' }).identity?.accountAlias).toBe('acme');
    expect(readIdentity({ userInfoCookie: cookie, accountAliasCookie: 'acme', sessionData: json({ sessionARN: 'arn:aws:sts::210987654321:assumed-role/A/alice' }) })
      .identity?.accountAlias).toBeUndefined();
  });
  it('ignores a session alias that belongs to a different account than the session ARN', () =>
    expect(readIdentity({ sessionData: json({ accountId: '111111111111', accountAlias: 'x-y', sessionARN: 'arn:aws:iam::123456789012:root' }) }).identity?.accountAlias)
      .toBeUndefined());
});

describe('readIdentity: partition', () => {
  it.each([
    ['us-gov-west-1.console.amazonaws-us-gov.com', 'aws-us-gov'], ['console.amazonaws.cn', 'aws-cn'],
    ['console.amazonaws-eusc.eu', 'aws-eusc'], ['eusc-de-east-1.console.amazonaws-eusc.eu', 'aws-eusc'], ['signin.aws.amazon.com', 'aws'],
  ])('comes from the hostname %s', (hostname, partition) =>
    expect(readIdentity({ hostname, dom: { loginAccount: '123456789012' } }).identity?.partition).toBe(partition));
  it('comes from the ARN without a hostname', () =>
    expect(readIdentity({ sessionData: json({ sessionARN: 'arn:aws-cn:iam::123456789012:root' }) }).identity?.partition).toBe('aws-cn'));
  it.each(['eusc-de-east-1.signin.amazonaws-eusc.eu', 'https://eusc-de-east-1.signin.amazonaws-eusc.eu/'])(
    'comes from the sign-in endpoint %s (a host or a URL) when nothing else says', (signInEndpoint) => {
      const r = readIdentity({ sessionData: json({ accountId: '123456789012', signInEndpoint }) });
      expect(r.identity).toMatchObject({ partition: 'aws-eusc', signInEndpoint: 'eusc-de-east-1.signin.amazonaws-eusc.eu' });
      expect(codes(r)).toEqual([]);
    });
  it('comes from the infrastructure region when nothing else says', () =>
    expect(readIdentity({ sessionData: json({ accountId: '123456789012', infrastructureRegion: 'eusc-de-east-1' }) }).identity?.partition).toBe('aws-eusc'));
  it('warns when the ARN and the page disagree, keeping the page partition', () => {
    const r = readIdentity({ hostname: 'console.aws.amazon.com', sessionData: json({ sessionARN: 'arn:aws-cn:iam::123456789012:root' }) });
    expect(r.identity?.partition).toBe('aws');
    expect(codes(r)).toEqual(['warnPartitionMismatch']);
  });
});

describe('readIdentity never throws on junk', () => {
  it('reports unreadable session data and falls back to the cookie', () => {
    const r = readIdentity({ sessionData: '{not json', userInfoCookie: userInfo({ arn: 'arn:aws:iam::123456789012:root' }) });
    expect(codes(r)).toEqual(['warnSessionDataJson']);
    expect(r.source).toBe('user-info-cookie');
  });
  it.each(['%E0%A4%A', 'null', '"x"', '%7B%22arn%22%3A5%7D'])('reports a junk aws-userInfo cookie %j', (userInfoCookie) =>
    expect(codes(readIdentity({ userInfoCookie }))).toEqual(['warnUserInfoCookie', 'warnIdentityUnknown']));
  it('reports an ARN it does not recognise', () =>
    expect(codes(readIdentity({ sessionData: json({ sessionARN: 'arn:aws:iam::123456789012:role/X' }) }))).toEqual(['warnPrincipalArn', 'warnIdentityUnknown']));
  it('reports a junk aws-account-alias cookie', () =>
    expect(codes(readIdentity({ accountAliasCookie: 'Not An Alias!' }))).toEqual(['warnAccountAliasCookie', 'warnIdentityUnknown']));
  const hostile = new Proxy({}, { get() { throw new Error('boom'); } });
  const getter = Object.defineProperty({}, 'loginDisplayNameAccount', { get() { throw new Error('boom'); } });
  it.each([
    ['a number', 42], ['a string', 'text'], ['an array', []], ['numbers for names', { loginDisplayNameAccount: 5 }],
    ['objects for names', { roleDisplayNameUser: { toString: () => 'x' } }], ['a throwing proxy', hostile], ['a throwing getter', getter],
  ])('ignores AccountInfo of the wrong shape: %s', (_name, accountInfo) =>
      expect(codes(readIdentity({ accountInfo }))).toEqual(['warnAccountInfoShape', 'warnIdentityUnknown']));
  it('ignores non-string session data fields', () =>
    expect(readIdentity({ sessionData: json({ accountId: 123456789012, sessionARN: ['x'], prismModeEnabled: 'true' }) }).identity).toBeUndefined());
  it('says nothing was found for no signals at all', () =>
    expect(readIdentity({})).toEqual({ found: [], issues: [expect.objectContaining({ code: 'warnIdentityUnknown' })] }));
  it('ignores blank strings and empty DOM', () =>
    expect(readIdentity({ sessionData: ' ', userInfoCookie: '', dom: { usernameMenu: '  ' } } as ConsoleSignals).found).toEqual([]));
  it('warns when multi-session mode lacks its id, or names a foreign sign-in host', () => {
    expect(codes(readIdentity({ sessionData: json({ accountId: '123456789012', prismModeEnabled: true }) }))).toEqual(['warnMultiSessionIncomplete']);
    const r = readIdentity({ sessionData: json({ accountId: '123456789012', prismModeEnabled: true, sessionDifferentiator: 'x', signInEndpoint: 'signin.evil.io' }) });
    expect(codes(r)).toEqual(['warnSignInEndpointIgnored', 'warnMultiSessionIncomplete']);
    expect(r.identity?.multiSession).toBeUndefined();
  });
});
