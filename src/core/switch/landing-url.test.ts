import { describe, expect, it } from 'vitest';
import { GLOBAL_SERVICE_PATHS, consoleHomeUrl, isGlobalServicePath, landingUrl, switchBackUrl, withRegionParam } from './landing-url';

const aws = (region?: string) => ({ partition: 'aws' as const, region });

describe('landingUrl: no usable current page', () => {
  it.each([
    ['aws', 'eu-west-1', 'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1'],
    ['aws', undefined, 'https://console.aws.amazon.com/console/home'],
    ['aws-us-gov', 'us-gov-west-1', 'https://us-gov-west-1.console.amazonaws-us-gov.com/console/home?region=us-gov-west-1'],
    ['aws-cn', 'cn-north-1', 'https://cn-north-1.console.amazonaws.cn/console/home?region=cn-north-1'],
    ['aws-eusc', 'eusc-de-east-1', 'https://eusc-de-east-1.console.amazonaws-eusc.eu/console/home?region=eusc-de-east-1'],
    ['aws-eusc', undefined, 'https://console.amazonaws-eusc.eu/console/home'],
  ] as const)('%s in %s lands on %s', (partition, region, url) => expect(landingUrl({ partition, region })).toBe(url));

  it.each([
    'https://console.amazonaws.cn/ec2/home', 'http://console.aws.amazon.com/ec2/', 'https://example.com/',
    'https://console.aws.amazon.com:444/ec2/', 'not a url', '',
  ])('ignores a current page %j that is not a console page of the partition', (current) =>
    expect(landingUrl(aws('us-east-2'), current)).toBe('https://us-east-2.console.aws.amazon.com/console/home?region=us-east-2'));

  it('ignores a region that is not of the partition', () =>
    expect(landingUrl({ partition: 'aws', region: 'cn-north-1' })).toBe('https://console.aws.amazon.com/console/home'));
});

describe('landingUrl: staying on the same service', () => {
  it('moves a regional page to the profile region in host and query, keeping path and hash', () =>
    expect(landingUrl(aws('eu-west-1'), 'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:state=running'))
      .toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:state=running'));
  it('adds the region to a plain-host page and keeps other parameters byte for byte', () =>
    expect(landingUrl(aws('ap-northeast-1'), 'https://console.aws.amazon.com/s3/buckets?tab=objects&prefix=a%2Fb+c'))
      .toBe('https://ap-northeast-1.console.aws.amazon.com/s3/buckets?tab=objects&prefix=a%2Fb+c&region=ap-northeast-1'));
  it('keeps the current page region when the profile has none', () => {
    expect(landingUrl(aws(), 'https://sa-east-1.console.aws.amazon.com/lambda/home?region=sa-east-1#/functions'))
      .toBe('https://sa-east-1.console.aws.amazon.com/lambda/home?region=sa-east-1#/functions');
    expect(landingUrl(aws(), 'https://console.aws.amazon.com/ec2/home?region=eu-north-1'))
      .toBe('https://eu-north-1.console.aws.amazon.com/ec2/home?region=eu-north-1');
  });
  it('leaves a page with no region anywhere on the plain host', () =>
    expect(landingUrl(aws(), 'https://console.aws.amazon.com/console/home')).toBe('https://console.aws.amazon.com/console/home'));
  it('removes the multi-session subdomain', () => {
    expect(landingUrl(aws(), 'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1'))
      .toBe('https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1');
    expect(landingUrl(aws('eu-west-2'), 'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/ec2/home'))
      .toBe('https://eu-west-2.console.aws.amazon.com/ec2/home?region=eu-west-2');
  });
  it.each([
    ['aws-us-gov', 'us-gov-east-1', 'https://us-gov-west-1.console.amazonaws-us-gov.com/rds/home?region=us-gov-west-1',
      'https://us-gov-east-1.console.amazonaws-us-gov.com/rds/home?region=us-gov-east-1'],
    ['aws-cn', 'cn-northwest-1', 'https://console.amazonaws.cn/rds/home?region=cn-north-1',
      'https://cn-northwest-1.console.amazonaws.cn/rds/home?region=cn-northwest-1'],
    ['aws-eusc', 'eusc-de-east-1', 'https://console.amazonaws-eusc.eu/rds/home',
      'https://eusc-de-east-1.console.amazonaws-eusc.eu/rds/home?region=eusc-de-east-1'],
  ] as const)('works the same in %s', (partition, region, current, expected) =>
    expect(landingUrl({ partition, region }, current)).toBe(expected));
  it('keeps Health and Lightsail pages as they are', () =>
    expect(landingUrl(aws('eu-west-1'), 'https://health.aws.amazon.com/health/home#/account/dashboard'))
      .toBe('https://health.aws.amazon.com/health/home#/account/dashboard'));
});

describe('landingUrl: global services', () => {
  it.each(GLOBAL_SERVICE_PATHS.map((s) => [s]))('/%s goes to the plain console host without region=', (service) =>
    expect(landingUrl(aws('eu-west-1'), `https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/${service}/home?region=us-east-1#/x`))
      .toBe(`https://console.aws.amazon.com/${service}/home#/x`));
  it('matches whole path segments only', () => {
    expect(isGlobalServicePath('/iam/home')).toBe(true);
    expect(isGlobalServicePath('/iamv2/home')).toBe(true);
    expect(isGlobalServicePath('/route53resolver/home')).toBe(false);
    expect(isGlobalServicePath('/ec2/iam')).toBe(false);
  });
  it('keeps other parameters of a global page', () =>
    expect(landingUrl({ partition: 'aws-cn', region: 'cn-north-1' }, 'https://cn-north-1.console.amazonaws.cn/billing/home?region=cn-north-1&x=1'))
      .toBe('https://console.amazonaws.cn/billing/home?x=1'));
});

describe('withRegionParam', () => {
  it('replaces the first region parameter in place and drops repeats', () =>
    expect(withRegionParam('?a=1&region=x&b=2&region=y', 'us-east-1')).toBe('?a=1&region=us-east-1&b=2'));
  it('removes the parameter and the "?" when nothing is left', () => expect(withRegionParam('?region=x', undefined)).toBe(''));
  it('survives malformed percent escapes', () => expect(withRegionParam('?%E0%A4%A=1', 'us-east-1')).toBe('?%E0%A4%A=1&region=us-east-1'));
});

describe('switchBackUrl and consoleHomeUrl', () => {
  it('removes only the multi-session subdomain', () =>
    expect(switchBackUrl('aws', 'https://123456789012-abcd1234.eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1'))
      .toBe('https://eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1'));
  it('keeps an ordinary console page', () =>
    expect(switchBackUrl('aws', 'https://console.aws.amazon.com/iam/home#/roles')).toBe('https://console.aws.amazon.com/iam/home#/roles'));
  it('falls back to the console home', () => {
    expect(switchBackUrl('aws-cn')).toBe('https://console.amazonaws.cn/console/home');
    expect(switchBackUrl('aws', 'https://evil.io/')).toBe('https://console.aws.amazon.com/console/home');
    expect(consoleHomeUrl('aws-us-gov', 'us-gov-west-1')).toBe('https://us-gov-west-1.console.amazonaws-us-gov.com/console/home?region=us-gov-west-1');
  });
});
