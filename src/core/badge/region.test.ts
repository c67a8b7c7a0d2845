import { describe, expect, it } from 'vitest';
import { pageRegion } from './region';

describe('pageRegion', () => {
  it('reads the region from the host prefix', () =>
    expect(pageRegion('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances')).toBe('eu-west-1'));
  it('reads it from a multi-session host', () =>
    expect(pageRegion('https://210987654321-abcd1234.us-west-2.console.aws.amazon.com/s3/home')).toBe('us-west-2'));
  it('reads it from region= on the plain console host', () =>
    expect(pageRegion('https://console.aws.amazon.com/lambda/home?region=ap-northeast-1')).toBe('ap-northeast-1'));
  it('reads GovCloud regions', () => expect(pageRegion('https://us-gov-west-1.console.amazonaws-us-gov.com/console/home')).toBe('us-gov-west-1'));
  it('ignores a region of another partition in the query', () =>
    expect(pageRegion('https://console.amazonaws-us-gov.com/console/home?region=eu-west-1')).toBeUndefined());
  it('says global on services without a region', () => expect(pageRegion('https://console.aws.amazon.com/iam/home#/roles')).toBe('global'));
  it('knows nothing about pages that are not console pages', () => {
    expect(pageRegion('https://example.com/?region=us-east-1')).toBeUndefined();
    expect(pageRegion('not a url')).toBeUndefined();
  });
});
