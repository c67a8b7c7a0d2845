import { describe, expect, it } from 'vitest';
import type { Partition } from '../console/partition';
import type { Profile } from '../profile/profile';
import { switchPageUrl } from './switch-page';
import { classicSwitchForm, multiSessionSwitchRequest, switchBackForm } from './switch-request';

const profile = (patch: Partial<Profile> = {}): Profile => ({
  id: 'p1', label: 'Prod admin', account: '012345678901', roleName: 'Admin', rolePath: '/team/', partition: 'aws',
  color: 'f2b0a9', region: 'eu-west-1', ...patch,
});

const PARTITION_CASES: Array<[Partition, string, string, string]> = [
  ['aws', 'eu-west-1', 'signin.aws.amazon.com', 'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1'],
  ['aws-us-gov', 'us-gov-west-1', 'signin.amazonaws-us-gov.com', 'https://us-gov-west-1.console.amazonaws-us-gov.com/console/home?region=us-gov-west-1'],
  ['aws-cn', 'cn-north-1', 'signin.amazonaws.cn', 'https://cn-north-1.console.amazonaws.cn/console/home?region=cn-north-1'],
  ['aws-eusc', 'eusc-de-east-1', 'signin.amazonaws-eusc.eu', 'https://eusc-de-east-1.console.amazonaws-eusc.eu/console/home?region=eusc-de-east-1'],
];

describe('classicSwitchForm', () => {
  it.each(PARTITION_CASES)('in %s posts the fields in order to the sign-in host', (partition, region, host, landing) =>
    expect(classicSwitchForm(profile({ partition, region }), { csrf: 'tok' })).toEqual({
      action: `https://${host}/switchrole`,
      fields: [
        ['action', 'switchFromBasis'], ['src', 'nav'], ['roleName', 'team/Admin'], ['account', '012345678901'],
        ['mfaNeeded', '0'], ['color', 'f2b0a9'], ['csrf', 'tok'], ['redirect_uri', encodeURIComponent(landing)],
        ['displayName', 'Prod admin'],
      ],
    }));
  it('percent-encodes the redirect_uri value itself, as the console forms do', () => {
    const form = classicSwitchForm(profile(), { csrf: 't', currentUrl: 'https://console.aws.amazon.com/ec2/home?region=us-east-1#Instances:' });
    expect(Object.fromEntries(form.fields).redirect_uri).toBe(
      'https%3A%2F%2Feu-west-1.console.aws.amazon.com%2Fec2%2Fhome%3Fregion%3Deu-west-1%23Instances%3A');
  });
  it('sends an empty colour when the profile has none, and the display name cut to 64', () => {
    const fields = Object.fromEntries(classicSwitchForm(profile({ color: undefined, displayName: 'd'.repeat(80) }), { csrf: 't' }).fields);
    expect(fields.color).toBe('');
    expect(fields.displayName).toBe('d'.repeat(64));
  });
  it('uses the page sign-in endpoint when it belongs to the partition (host or URL)', () => {
    expect(classicSwitchForm(profile(), { csrf: 't', signInEndpoint: 'eu-west-1.signin.aws.amazon.com' }).action)
      .toBe('https://eu-west-1.signin.aws.amazon.com/switchrole');
    expect(classicSwitchForm(profile(), { csrf: 't', signInEndpoint: 'https://signin.aws.amazon.com/x' }).action)
      .toBe('https://signin.aws.amazon.com/switchrole');
  });
  it.each(['signin.aws.amazon.com.evil.io', 'signin.amazonaws.cn', 'http://signin.aws.amazon.com', 'garbage'])(
    'falls back to the partition sign-in host for endpoint %j', (signInEndpoint) =>
      expect(classicSwitchForm(profile(), { csrf: 't', signInEndpoint }).action).toBe('https://signin.aws.amazon.com/switchrole'));
});

describe('the forms follow the one sign-in host chain (core/switch/sign-in-host.ts)', () => {
  const esc = profile({ partition: 'aws-eusc', region: 'eusc-de-east-1' });
  const escPage = 'https://eusc-de-east-1.console.amazonaws-eusc.eu/ec2/home?region=eusc-de-east-1';
  it('a regional ESC page that names no endpoint posts to its regional sign-in host, not the bare one', () => {
    expect(classicSwitchForm(esc, { csrf: 't', currentUrl: escPage }).action).toBe('https://eusc-de-east-1.signin.amazonaws-eusc.eu/switchrole');
    expect(switchBackForm({ partition: 'aws-eusc', csrf: 't', currentUrl: escPage }).action).toBe('https://eusc-de-east-1.signin.amazonaws-eusc.eu/switchrole');
  });
  it('takes infrastructureRegion on a page whose host has no region', () => {
    const ctx = { csrf: 't', currentUrl: 'https://console.amazonaws-eusc.eu/console/home', infrastructureRegion: 'eusc-de-east-1' };
    expect(classicSwitchForm(esc, ctx).action).toBe('https://eusc-de-east-1.signin.amazonaws-eusc.eu/switchrole');
    expect(switchBackForm({ partition: 'aws-eusc', ...ctx }).action).toBe('https://eusc-de-east-1.signin.amazonaws-eusc.eu/switchrole');
  });
  it('takes the page\'s own endpoint first, and skips a foreign one', () => {
    expect(classicSwitchForm(esc, { csrf: 't', currentUrl: escPage, signInEndpoint: 'signin.amazonaws-eusc.eu' }).action)
      .toBe('https://signin.amazonaws-eusc.eu/switchrole');
    expect(classicSwitchForm(esc, { csrf: 't', currentUrl: escPage, signInEndpoint: 'signin.aws.amazon.com' }).action)
      .toBe('https://eusc-de-east-1.signin.amazonaws-eusc.eu/switchrole');
  });
  it('the switch page opened from a regional ESC console goes to its regional sign-in host; from elsewhere, the default', () => {
    expect(new URL(switchPageUrl(esc, escPage)).host).toBe('eusc-de-east-1.signin.amazonaws-eusc.eu');
    expect(new URL(switchPageUrl(esc, 'https://example.com/')).host).toBe('signin.amazonaws-eusc.eu');
    expect(new URL(switchPageUrl(esc)).host).toBe('signin.amazonaws-eusc.eu');
  });
});

describe('switchBackForm', () => {
  it.each(PARTITION_CASES)('in %s posts switchToBasis with csrf and redirect_uri', (partition, _r, host) => {
    const form = switchBackForm({ partition, csrf: 'tok' });
    expect(form.action).toBe(`https://${host}/switchrole`);
    expect(form.fields.map(([n]) => n)).toEqual(['action', 'src', 'csrf', 'redirect_uri']);
    expect(form.fields[0]).toEqual(['action', 'switchToBasis']);
  });
  it('lands on the current page without its multi-session subdomain', () => {
    const form = switchBackForm({ partition: 'aws', csrf: 't', currentUrl: 'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1' });
    expect(decodeURIComponent(Object.fromEntries(form.fields).redirect_uri!)).toBe('https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1');
  });
});

describe('multiSessionSwitchRequest', () => {
  const ctx = { signInEndpoint: 'us-east-1.signin.aws.amazon.com', sessionDifferentiator: '123456789012-abcd1234',
    currentUrl: 'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/s3/home?region=us-east-1' };
  it('posts JSON with the CSRF header to the session switch endpoint', () => {
    const req = multiSessionSwitchRequest(profile(), ctx);
    expect(req).toEqual({
      url: 'https://us-east-1.signin.aws.amazon.com/sessions/123456789012-abcd1234/v1/switchrole',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-PROTECTION': '1' },
      body: expect.any(String),
    });
    expect(JSON.parse((req as { body: string }).body)).toEqual({
      account: '012345678901', roleName: 'team/Admin', displayName: 'Prod admin', color: 'f2b0a9',
      redirectUri: 'https://eu-west-1.console.aws.amazon.com/s3/home?region=eu-west-1',
    });
  });
  it.each(PARTITION_CASES)('in %s goes to that partition\'s sign-in host', (partition, region, host, landing) => {
    const req = multiSessionSwitchRequest(profile({ partition, region }), { signInEndpoint: host, sessionDifferentiator: 'abc' });
    expect(req).toMatchObject({ url: `https://${host}/sessions/abc/v1/switchrole` });
    expect(JSON.parse((req as { body: string }).body).redirectUri).toBe(landing);
  });
  it('percent-encodes the differentiator in the path', () =>
    expect(multiSessionSwitchRequest(profile(), { ...ctx, sessionDifferentiator: 'a b?c' })).toMatchObject(
      { url: 'https://us-east-1.signin.aws.amazon.com/sessions/a%20b%3Fc/v1/switchrole' }));
  it.each(['signin.amazonaws.cn', 'signin.aws.amazon.com.evil.io', '', 'http://signin.aws.amazon.com'])(
    'refuses sign-in endpoint %j that is not the partition\'s', (signInEndpoint) =>
      expect(multiSessionSwitchRequest(profile(), { ...ctx, signInEndpoint })).toMatchObject({ error: { code: 'errSignInEndpoint' } }));
  it.each(['', '  ', 'a/b', '..', '.', 'a\\b'])('refuses session differentiator %j', (sessionDifferentiator) =>
    expect(multiSessionSwitchRequest(profile(), { ...ctx, sessionDifferentiator })).toMatchObject({ error: { code: 'errSessionDifferentiator' } }));
});

describe('switchPageUrl', () => {
  it.each(PARTITION_CASES)('in %s opens the pre-filled switch page', (partition, region, host, landing) => {
    const url = new URL(switchPageUrl(profile({ partition, region })));
    expect(url.origin + url.pathname).toBe(`https://${host}/switchrole`);
    expect([...url.searchParams]).toEqual([
      ['account', '012345678901'], ['roleName', 'team/Admin'], ['displayName', 'Prod admin'], ['color', 'f2b0a9'], ['redirect_uri', landing]]);
  });
  it('encodes redirect_uri once, with URLSearchParams', () =>
    expect(switchPageUrl(profile({ rolePath: '/', displayName: 'A&B' }), 'https://console.aws.amazon.com/iam/home#/roles')).toBe(
      'https://signin.aws.amazon.com/switchrole?account=012345678901&roleName=Admin&displayName=A%26B&color=f2b0a9'
      + '&redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2Fiam%2Fhome%23%2Froles'));
});
