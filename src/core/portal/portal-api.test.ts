import { describe, expect, it } from 'vitest';
import { isOnApi, portalEndpoints, requestPath, requestUrl } from './portal-api';

const value = (startUrl: string, region?: string) => {
  const result = portalEndpoints(startUrl, region);
  if ('error' in result) throw new Error(result.error.message);
  return result.value;
};
const errorCode = (startUrl: string, region?: string) => {
  const result = portalEndpoints(startUrl, region);
  return 'error' in result ? result.error.code : undefined;
};

describe('the API of a portal, and the only origins to ask permission for', () => {
  it('an awsapps.com portal needs its region, then reads from portal.sso.<region>.amazonaws.com', () => {
    expect(errorCode('https://d-1234567890.awsapps.com/start')).toBe('errPortalRegionUnknown');
    expect(value('https://d-1234567890.awsapps.com/start', 'us-east-1')).toEqual({
      startUrl: 'https://d-1234567890.awsapps.com/start',
      portalOrigin: 'https://d-1234567890.awsapps.com',
      region: 'us-east-1',
      partition: 'aws',
      apiBase: 'https://portal.sso.us-east-1.amazonaws.com',
      permissionOrigins: ['https://d-1234567890.awsapps.com/*'],
    });
  });

  it('the 2026 hosts name their region: none needs to be given, and another one is refused', () => {
    expect(value('https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com').permissionOrigins).toEqual([
      'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com/*',
    ]);
    expect(value('https://ssoins-7223a7b4c5d6e7f8.portal.ap-northeast-1.app.aws/').apiBase).toBe('https://portal.sso.ap-northeast-1.amazonaws.com');
    expect(value('https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com', 'eu-west-1').region).toBe('eu-west-1');
    const mismatch = portalEndpoints('https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com', 'us-east-1');
    expect('error' in mismatch && mismatch.error.message).toContain('is in region eu-west-1, not us-east-1');
  });

  it('each partition has its own DNS suffix; GovCloud portals are on the commercial hosts', () => {
    expect(value('https://d-9067000000.awsapps.cn/start', 'cn-north-1').apiBase).toBe('https://portal.sso.cn-north-1.amazonaws.com.cn');
    expect(value('https://ssoins-3333cccc4444dddd.eusc-de-east-1.portal.amazonaws.eu').apiBase).toBe('https://portal.sso.eusc-de-east-1.amazonaws.eu');
    const gov = value('https://start.us-gov-home.awsapps.com/directory/d-1234567890', 'us-gov-west-1');
    expect([gov.partition, gov.apiBase]).toEqual(['aws-us-gov', 'https://portal.sso.us-gov-west-1.amazonaws.com']);
  });

  it('refuses look-alike hosts, other schemes and ports, and regions that are not the portal partition\'s', () => {
    for (const url of ['https://d-1234567890.awsapps.com.evil.io/start', 'https://evilawsapps.com/start', 'http://d-1234567890.awsapps.com/start',
      'https://d-1234567890.awsapps.com:8443/start', 'https://user@d-1234567890.awsapps.com/start', 'not a url']) {
      expect(errorCode(url, 'us-east-1')).toBe('errPortalStartUrl');
    }
    expect(errorCode('https://d-1234567890.awsapps.com/start', 'cn-north-1')).toBe('errPortalRegionFormat');
    expect(errorCode('https://d-1234567890.awsapps.com/start', 'us-east-1.evil.io')).toBe('errPortalRegionFormat');
    expect(errorCode('https://d-1234567890.awsapps.com/start', 'us-east-1/../x')).toBe('errPortalRegionFormat');
    expect(errorCode('https://d-1234567890.awsapps.com/start', '  ')).toBe('errPortalRegionUnknown');
  });
});

describe('the requests of a read', () => {
  it('asks the documented API for 100 items a page, sending the page token back encoded', () => {
    expect(requestPath('assignment', { kind: 'accounts' })).toBe('/assignment/accounts?max_result=100');
    expect(requestPath('assignment', { kind: 'accounts', token: 'a/b+c=&x' })).toBe('/assignment/accounts?max_result=100&next_token=a%2Fb%2Bc%3D%26x');
    expect(requestPath('assignment', { kind: 'roles', accountId: '012345678901', token: 't2' }))
      .toBe('/assignment/roles?account_id=012345678901&max_result=100&next_token=t2');
  });

  it('asks as the portal page does in the appinstances dialect, keeping any instance id inside its path', () => {
    expect(requestPath('appinstances', { kind: 'accounts' })).toBe('/instance/appinstances');
    expect(requestPath('appinstances', { kind: 'roles', accountId: '012345678901', instanceId: 'ins-1a2b', token: 'p2' }))
      .toBe('/instance/appinstance/ins-1a2b/profiles?next_token=p2');
    const url = requestUrl({ apiBase: 'https://portal.sso.us-east-1.amazonaws.com' }, 'appinstances',
      { kind: 'roles', accountId: '012345678901', instanceId: '../../evil?x=' });
    expect(new URL(url).pathname).toBe('/instance/appinstance/..%2F..%2Fevil%3Fx%3D/profiles');
  });

  it('trusts only URLs on the API base', () => {
    const api = { apiBase: 'https://portal.sso.us-east-1.amazonaws.com' };
    expect(isOnApi(api, 'https://portal.sso.us-east-1.amazonaws.com/assignment/accounts')).toBe(true);
    expect(isOnApi(api, 'https://portal.sso.us-east-1.amazonaws.com.evil.io/assignment/accounts')).toBe(false);
    expect(isOnApi(api, 'https://x@portal.sso.us-east-1.amazonaws.com/')).toBe(false);
    expect(isOnApi(api, 'http://portal.sso.us-east-1.amazonaws.com/')).toBe(false);
    expect(isOnApi(api, 'nonsense')).toBe(false);
  });
});
