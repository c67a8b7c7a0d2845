import { describe, expect, it } from 'vitest';
import {
  PARTITIONS, REGION_PATTERN, consoleHost, consoleHostOfUrl, isConsoleUrlOf, isPartition, parseConsoleHost, parseConsoleUrl,
  parseSignInHost, regionPartition, signInHost, signInHostFrom,
} from './partition';

describe('partitions', () => {
  it('knows exactly the four partitions', () => {
    expect(PARTITIONS).toEqual(['aws', 'aws-us-gov', 'aws-cn', 'aws-eusc']);
    expect(PARTITIONS.every(isPartition)).toBe(true);
    expect(['AWS', 'aws-iso', '', 'aws '].some(isPartition)).toBe(false);
  });

  it.each([
    ['aws', 'signin.aws.amazon.com', 'console.aws.amazon.com', 'us-east-1.console.aws.amazon.com', 'us-east-1'],
    ['aws-us-gov', 'signin.amazonaws-us-gov.com', 'console.amazonaws-us-gov.com', 'us-gov-west-1.console.amazonaws-us-gov.com', 'us-gov-west-1'],
    ['aws-cn', 'signin.amazonaws.cn', 'console.amazonaws.cn', 'cn-north-1.console.amazonaws.cn', 'cn-north-1'],
    ['aws-eusc', 'signin.amazonaws-eusc.eu', 'console.amazonaws-eusc.eu', 'eusc-de-east-1.console.amazonaws-eusc.eu', 'eusc-de-east-1'],
  ] as const)('%s has sign-in host %s and console hosts %s / %s', (p, signIn, plain, regional, region) => {
    expect(signInHost(p)).toBe(signIn);
    expect(consoleHost(p)).toBe(plain);
    expect(consoleHost(p, region)).toBe(regional);
  });

  it('never puts a malformed or foreign region into a console host', () => {
    expect(consoleHost('aws', 'evil.com/x')).toBe('console.aws.amazon.com');
    expect(consoleHost('aws', 'cn-north-1')).toBe('console.aws.amazon.com');
  });
});

describe('REGION_PATTERN and regionPartition', () => {
  it.each(['us-east-1', 'ap-northeast-1', 'us-gov-west-1', 'cn-north-1', 'eusc-de-east-1', 'ap-southeast-7', 'il-central-1'])(
    'accepts %s', (r) => expect(REGION_PATTERN.test(r)).toBe(true));
  it.each(['US-EAST-1', 'us-east', 'useast1', 'us-east-1a', ' us-east-1', 'us-east-1.evil', ''])(
    'rejects %j', (r) => expect(REGION_PATTERN.test(r)).toBe(false));
  it.each([
    ['us-east-1', 'aws'], ['eu-west-3', 'aws'], ['cn-northwest-1', 'aws-cn'], ['us-gov-east-1', 'aws-us-gov'],
    ['eusc-de-east-1', 'aws-eusc'], ['us-iso-east-1', undefined], ['nope', undefined],
  ])('puts %s in partition %s', (r, p) => expect(regionPartition(r)).toBe(p));
});

describe('parseConsoleHost', () => {
  it.each([
    ['console.aws.amazon.com', { partition: 'aws' }],
    ['eu-west-1.console.aws.amazon.com', { partition: 'aws', region: 'eu-west-1' }],
    ['123456789012-abcd1234.us-east-1.console.aws.amazon.com',
      { partition: 'aws', region: 'us-east-1', multiSession: { accountId: '123456789012', sessionLabel: 'abcd1234' } }],
    ['health.aws.amazon.com', { partition: 'aws', page: 'health' }],
    ['lightsail.aws.amazon.com', { partition: 'aws', page: 'lightsail' }],
    ['console.amazonaws-us-gov.com', { partition: 'aws-us-gov' }],
    ['us-gov-west-1.console.amazonaws-us-gov.com', { partition: 'aws-us-gov', region: 'us-gov-west-1' }],
    ['phd.amazonaws-us-gov.com', { partition: 'aws-us-gov', page: 'phd' }],
    ['console.amazonaws.cn', { partition: 'aws-cn' }],
    ['cn-north-1.console.amazonaws.cn', { partition: 'aws-cn', region: 'cn-north-1' }],
    ['health.amazonaws.cn', { partition: 'aws-cn', page: 'health' }],
    ['console.amazonaws-eusc.eu', { partition: 'aws-eusc' }],
    ['eusc-de-east-1.console.amazonaws-eusc.eu', { partition: 'aws-eusc', region: 'eusc-de-east-1' }],
    ['US-EAST-1.Console.AWS.Amazon.com', { partition: 'aws', region: 'us-east-1' }],
  ])('recognises console host %s', (host, info) => expect(parseConsoleHost(host)).toEqual(info));

  it.each([
    'evil-console.aws.amazon.com.attacker.com', 'console.aws.amazon.com.evil.io', 'evil-console.aws.amazon.com',
    'aws.amazon.com', 'signin.aws.amazon.com', 'console.aws.amazon.com.', 'x.console.aws.amazon.com',
    'cn-north-1.console.aws.amazon.com', 'us-east-1.console.amazonaws.cn', 'eu-central-1.console.amazonaws-eusc.eu',
    'eusc-de-east-1.console.aws.amazon.com', '123456789012-abcd1234.eusc-de-east-1.console.amazonaws-eusc.eu', 'health.amazonaws-eusc.eu',
    '12345678901-abcd1234.us-east-1.console.aws.amazon.com', '123456789012-abcd123.us-east-1.console.aws.amazon.com',
    'a.123456789012-abcd1234.us-east-1.console.aws.amazon.com', 'phd.aws.amazon.com', 'console.aws.amazon.com:443', '',
  ])('rejects %j', (host) => expect(parseConsoleHost(host)).toBeUndefined());
});

describe('parseSignInHost', () => {
  it.each([
    ['signin.aws.amazon.com', { partition: 'aws' }],
    ['eu-west-1.signin.aws.amazon.com', { partition: 'aws', region: 'eu-west-1' }],
    ['signin.amazonaws-us-gov.com', { partition: 'aws-us-gov' }],
    ['signin.amazonaws.cn', { partition: 'aws-cn' }],
    ['signin.amazonaws-eusc.eu', { partition: 'aws-eusc' }],
    ['eusc-de-east-1.signin.amazonaws-eusc.eu', { partition: 'aws-eusc', region: 'eusc-de-east-1' }],
  ])('recognises %s', (host, info) => expect(parseSignInHost(host)).toEqual(info));

  it.each([
    'signin.aws.amazon.com.evil.io', 'evilsignin.aws.amazon.com', 'console.aws.amazon.com', 'cn-north-1.signin.aws.amazon.com', 'a.b.signin.aws.amazon.com',
    'eu-central-1.signin.amazonaws-eusc.eu', 'eusc-de-east-1.signin.aws.amazon.com', 'x.eusc-de-east-1.signin.amazonaws-eusc.eu',
    // The facts give GovCloud and China no regional sign-in hosts.
    'us-gov-west-1.signin.amazonaws-us-gov.com', 'cn-north-1.signin.amazonaws.cn',
  ])(
    'rejects %s', (host) => expect(parseSignInHost(host)).toBeUndefined());
});

describe('consoleHostOfUrl', () => {
  it('reads the console host of a tab\'s address, and nothing of another or an unparsable one', () => {
    expect(consoleHostOfUrl('https://eu-west-1.console.aws.amazon.com/ec2/home')).toMatchObject({ partition: 'aws', region: 'eu-west-1' });
    expect(consoleHostOfUrl('https://example.com/')).toBeUndefined();
    expect(consoleHostOfUrl('not a url')).toBeUndefined();
    expect(consoleHostOfUrl(undefined)).toBeUndefined();
  });
});

describe('isConsoleUrlOf', () => {
  it('accepts an https console URL of the same partition', () => {
    expect(isConsoleUrlOf('https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:', 'aws')).toBe(true);
    expect(isConsoleUrlOf('https://console.amazonaws.cn/console/home', 'aws-cn')).toBe(true);
  });
  it.each([
    ['http://console.aws.amazon.com/', 'aws'],
    ['https://console.aws.amazon.com:8443/', 'aws'],
    ['https://user:pw@console.aws.amazon.com/', 'aws'],
    ['https://console.aws.amazon.com.evil.io/', 'aws'],
    ['https://console.amazonaws.cn/', 'aws'],
    ['javascript:alert(1)', 'aws'],
    ['/console/home', 'aws'],
    ['not a url', 'aws'],
  ] as const)('rejects %s for %s', (url, p) => expect(isConsoleUrlOf(url, p)).toBe(false));

  it('parseConsoleUrl gives the URL and host info together', () => {
    const r = parseConsoleUrl('https://eu-west-1.console.aws.amazon.com/s3/', 'aws');
    expect(r?.info.region).toBe('eu-west-1');
    expect(r?.url.pathname).toBe('/s3/');
  });
});

describe('signInHostFrom', () => {
  it('accepts a bare host or an https URL of the partition', () => {
    expect(signInHostFrom('signin.aws.amazon.com', 'aws')).toBe('signin.aws.amazon.com');
    expect(signInHostFrom(' https://eu-west-1.signin.aws.amazon.com/oauth ', 'aws')).toBe('eu-west-1.signin.aws.amazon.com');
  });
  it.each([
    [undefined, 'aws'], ['', 'aws'], ['signin.amazonaws.cn', 'aws'], ['http://signin.aws.amazon.com', 'aws'],
    ['signin.aws.amazon.com:444', 'aws'], ['signin.aws.amazon.com@evil.io', 'aws'], ['evil.io/signin.aws.amazon.com', 'aws'],
  ] as const)('rejects %j for %s', (e, p) => expect(signInHostFrom(e, p)).toBeUndefined());
});
