import { describe, expect, it } from 'vitest';
import type { Partition } from '../console/partition';
import { signInHostFor } from './sign-in-host';

interface Case {
  partition: Partition;
  region: string;
  /** The bare sign-in host: the partition's default. */
  bare: string;
  /** Where the page's region leads: the regional sign-in host, or the default where the facts have none. */
  regional: string;
  consoleDomain: string;
  /** A sign-in host of another partition. */
  foreign: string;
  /** A region of another partition. */
  foreignRegion: string;
}

const CASES: Case[] = [
  { partition: 'aws', region: 'eu-west-1', bare: 'signin.aws.amazon.com', regional: 'eu-west-1.signin.aws.amazon.com', consoleDomain: 'console.aws.amazon.com', foreign: 'signin.amazonaws.cn', foreignRegion: 'cn-north-1' },
  // GovCloud and China have no regional sign-in hosts in the facts: their region leads to the default.
  { partition: 'aws-us-gov', region: 'us-gov-east-1', bare: 'signin.amazonaws-us-gov.com', regional: 'signin.amazonaws-us-gov.com', consoleDomain: 'console.amazonaws-us-gov.com', foreign: 'signin.aws.amazon.com', foreignRegion: 'us-east-1' },
  { partition: 'aws-cn', region: 'cn-northwest-1', bare: 'signin.amazonaws.cn', regional: 'signin.amazonaws.cn', consoleDomain: 'console.amazonaws.cn', foreign: 'signin.amazonaws-eusc.eu', foreignRegion: 'eusc-de-east-1' },
  { partition: 'aws-eusc', region: 'eusc-de-east-1', bare: 'signin.amazonaws-eusc.eu', regional: 'eusc-de-east-1.signin.amazonaws-eusc.eu', consoleDomain: 'console.amazonaws-eusc.eu', foreign: 'eu-central-1.signin.aws.amazon.com', foreignRegion: 'eu-central-1' },
];

describe.each(CASES)('signInHostFor($partition)', (c) => {
  const regionalPage = `https://${c.region}.${c.consoleDomain}/ec2/home?region=${c.region}`;
  const barePage = `https://${c.consoleDomain}/console/home`;

  describe('1. the page\'s signInEndpoint, when it names a sign-in host of the partition', () => {
    it('wins over the page\'s region', () => {
      expect(signInHostFor(c.partition, { signInEndpoint: c.bare, infrastructureRegion: c.region, pageUrl: regionalPage })).toBe(c.bare);
    });
    it('may be an https URL', () => {
      expect(signInHostFor(c.partition, { signInEndpoint: ` https://${c.bare}/oauth ` })).toBe(c.bare);
    });
    it.each([
      ['a sign-in host of another partition', c.foreign],
      ['a look-alike', `${c.bare}.evil.io`],
      ['a look-alike in front', `evil${c.bare}`],
      ['plain http', `http://${c.bare}`],
      ['another port', `${c.bare}:8443`],
      ['user info', `${c.bare}@evil.io`],
      ['a console host', c.consoleDomain],
      ['garbage', 'not a host at all'],
      ['empty', ''],
    ])('is skipped when it is %s', (_what, signInEndpoint) => {
      expect(signInHostFor(c.partition, { signInEndpoint, pageUrl: regionalPage })).toBe(c.regional);
      expect(signInHostFor(c.partition, { signInEndpoint })).toBe(c.bare);
    });
  });

  describe('2. else the regional sign-in host of the page\'s region', () => {
    it('from infrastructureRegion', () => {
      expect(signInHostFor(c.partition, { infrastructureRegion: c.region, pageUrl: barePage })).toBe(c.regional);
      expect(signInHostFor(c.partition, { infrastructureRegion: c.region })).toBe(c.regional);
    });
    it('else from the region in the page\'s host', () => {
      expect(signInHostFor(c.partition, { pageUrl: regionalPage })).toBe(c.regional);
    });
    it('skipping an infrastructureRegion of another partition, or one that is not a region', () => {
      expect(signInHostFor(c.partition, { infrastructureRegion: c.foreignRegion, pageUrl: regionalPage })).toBe(c.regional);
      expect(signInHostFor(c.partition, { infrastructureRegion: c.foreignRegion })).toBe(c.bare);
      expect(signInHostFor(c.partition, { infrastructureRegion: 'x.evil.io/' })).toBe(c.bare);
    });
    it('never from a page of another partition, or a page that is not a console page', () => {
      expect(signInHostFor(c.partition, { pageUrl: `https://${c.foreignRegion}.console.example.com/` })).toBe(c.bare);
      expect(signInHostFor(c.partition, { pageUrl: `http://${c.region}.${c.consoleDomain}/` })).toBe(c.bare);
      expect(signInHostFor(c.partition, { pageUrl: 'not a url' })).toBe(c.bare);
    });
  });

  describe('3. else the partition\'s default', () => {
    it('with nothing to go on', () => expect(signInHostFor(c.partition)).toBe(c.bare));
    it('on a console page without a region', () => expect(signInHostFor(c.partition, { pageUrl: barePage })).toBe(c.bare));
  });
});

describe('signInHostFor, across partitions', () => {
  it('takes infrastructureRegion before the host\'s region', () =>
    expect(signInHostFor('aws', { infrastructureRegion: 'us-east-2', pageUrl: 'https://eu-west-1.console.aws.amazon.com/' }))
      .toBe('us-east-2.signin.aws.amazon.com'));
  it('takes the region of a multi-session page', () =>
    expect(signInHostFor('aws', { pageUrl: 'https://123456789012-abcd1234.ap-northeast-1.console.aws.amazon.com/ec2/' }))
      .toBe('ap-northeast-1.signin.aws.amazon.com'));
  it('ignores a console page of another partition', () =>
    expect(signInHostFor('aws-eusc', { pageUrl: 'https://eu-central-1.console.aws.amazon.com/' })).toBe('signin.amazonaws-eusc.eu'));
  it('keeps a regional endpoint the page names, even one that differs from the page\'s region', () =>
    expect(signInHostFor('aws-eusc', { signInEndpoint: 'eusc-de-east-1.signin.amazonaws-eusc.eu', pageUrl: 'https://console.amazonaws-eusc.eu/' }))
      .toBe('eusc-de-east-1.signin.amazonaws-eusc.eu'));
});
