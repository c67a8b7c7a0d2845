import { describe, expect, it } from 'vitest';
import { portalHostPartition, portalOrigin, portalPartition, portalRegion } from './portal-hosts';

describe('access portal hosts: the AWS CLI list, on a label boundary', () => {
  // One realistic start URL per suffix and exact host of the CLI's list, with its partition by name.
  const accepted: Array<[string, string]> = [
    ['https://d-1234567890.awsapps.com/start', 'aws'],
    ['https://my-org.awsapps.com/start/#', 'aws'],
    ['https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com', 'aws'],
    ['https://ssoins-111111h2222j33pp.portal.eu-west-1.app.aws', 'aws'],
    ['https://d-9067a1b2c3.awsapps.cn/start', 'aws-cn'],
    ['https://ssoins-111111h2222j33pp.cn-north-1.portal.amazonaws.com.cn', 'aws-cn'],
    ['https://ssoins-111111h2222j33pp.portal.cn-northwest-1.app.amazonwebservices.com.cn', 'aws-cn'],
    ['https://ssoins-111111h2222j33pp.eusc-de-east-1.portal.amazonaws.eu', 'aws-eusc'],
    ['https://ssoins-111111h2222j33pp.portal.eusc-de-east-1.api.amazonwebservices.eu', 'aws-eusc'],
    ['https://identitycenter.amazonaws.com/ssoins-111111h2222j33pp', 'aws'],
    ['https://identitycenter.amazonaws.com.cn/ssoins-111111h2222j33pp', 'aws-cn'],
  ];

  it.each(accepted)('accepts %s (%s)', (startUrl, partition) => {
    const url = new URL(startUrl);
    expect(portalOrigin(startUrl)).toBe(url.origin);
    expect(portalHostPartition(url.hostname)).toBe(partition);
  });

  it('reads the host case-insensitively, as a browser does', () => {
    expect(portalOrigin('https://D-1234567890.AWSAPPS.COM/start')).toBe('https://d-1234567890.awsapps.com');
    expect(portalHostPartition('Identitycenter.Amazonaws.com')).toBe('aws');
  });

  it.each([
    // Look-alikes: the suffix not on a label boundary, or followed by more labels.
    'https://evilawsapps.com/start',
    'https://d-1.evilawsapps.com/start',
    'https://awsapps.com.evil.com/start',
    'https://d-1.awsapps.com.evil.com/start',
    'https://x.portal.amazonaws.com.evil/start',
    'https://x.app.aws.example.com',
    'https://xportal.amazonaws.com',
    'https://x.identitycenter.amazonaws.com',
    'https://identitycenter.amazonaws.com.evil.io',
    // A bare suffix names no portal.
    'https://awsapps.com/start',
    'https://app.aws',
    'https://portal.amazonaws.com',
    'https://portal.amazonaws.eu',
    'https://app.amazonwebservices.com.cn',
    // Not https, a port, user info.
    'http://d-1234567890.awsapps.com/start',
    'https://d-1234567890.awsapps.com:8443/start',
    'https://user@d-1234567890.awsapps.com/start',
    'https://user:secret@ssoins-1.eu-west-1.portal.amazonaws.com',
    'ftp://d-1234567890.awsapps.com/start',
    // Not a URL at all, or an empty label.
    'd-1234567890.awsapps.com/start',
    'not a url',
    '',
    'https://d-1..awsapps.com/start',
  ])('refuses %s', (startUrl) => {
    expect(portalOrigin(startUrl)).toBeUndefined();
  });
});

describe('the partition of a portal', () => {
  it('takes a known region first: GovCloud portals use the commercial host names', () => {
    expect(portalPartition('https://d-1234567890.awsapps.com/start', 'us-gov-west-1')).toBe('aws-us-gov');
    expect(portalPartition('https://ssoins-1.us-gov-west-1.portal.amazonaws.com', undefined)).toBe('aws-us-gov');
    expect(portalPartition('https://ssoins-1.portal.us-gov-east-1.app.aws')).toBe('aws-us-gov');
  });

  it('else goes by the host: the cn hosts are aws-cn, the .eu ones aws-eusc, the rest aws', () => {
    expect(portalPartition('https://d-1234567890.awsapps.com/start')).toBe('aws');
    expect(portalPartition('https://ssoins-1.eu-west-1.portal.amazonaws.com')).toBe('aws');
    expect(portalPartition('https://my-org.awsapps.cn/start')).toBe('aws-cn');
    expect(portalPartition('https://ssoins-1.portal.amazonaws.com.cn')).toBe('aws-cn');
    expect(portalPartition('https://ssoins-1.app.amazonwebservices.com.cn')).toBe('aws-cn');
    expect(portalPartition('https://identitycenter.amazonaws.com.cn/ssoins-1')).toBe('aws-cn');
    expect(portalPartition('https://ssoins-1.portal.amazonaws.eu')).toBe('aws-eusc');
    expect(portalPartition('https://ssoins-1.api.amazonwebservices.eu')).toBe('aws-eusc');
    expect(portalPartition('https://identitycenter.amazonaws.com/ssoins-1')).toBe('aws');
  });

  it('lets the region a host names pick GovCloud only among the commercial hosts', () => {
    expect(portalPartition('https://ssoins-1.eu-west-1.portal.amazonaws.com.cn')).toBe('aws-cn');
    expect(portalPartition('https://ssoins-1.cn-north-1.portal.amazonaws.com')).toBe('aws');
  });

  it('ignores a region that names no partition, and a host that is no portal', () => {
    expect(portalPartition('https://my-org.awsapps.cn/start', 'nowhere')).toBe('aws-cn');
    expect(portalPartition('https://evil.awsapps.cn.example.com/start')).toBe('aws');
  });

  it('reads the region that new portal hosts name', () => {
    expect(portalRegion('https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com')).toBe('eu-west-1');
    expect(portalRegion('https://ssoins-111111h2222j33pp.portal.ap-northeast-1.app.aws')).toBe('ap-northeast-1');
    expect(portalRegion('https://ssoins-1.cn-north-1.portal.amazonaws.com.cn')).toBe('cn-north-1');
    expect(portalRegion('https://d-1234567890.awsapps.com/start')).toBeUndefined();
    expect(portalRegion('https://ssoins-1.notaregion.portal.amazonaws.com')).toBeUndefined();
  });
});
