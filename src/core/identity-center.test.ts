import { describe, expect, it } from 'vitest';
import { portalOrigin, portalShortcutUrl } from './identity-center';

describe('Identity Center shortcut', () => {
  const sso = { startUrl: 'https://d-1234567890.awsapps.com/start/#', accountId: '012345678901', permissionSet: 'PowerUser' };

  it('opens the console shortcut for the account and permission set, landing in the region', () => {
    expect(portalShortcutUrl({ sso, partition: 'aws', region: 'eu-west-1' })).toBe(
      'https://d-1234567890.awsapps.com/start/#/console?account_id=012345678901&role_name=PowerUser&destination=' +
        encodeURIComponent('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1'),
    );
  });

  it('accepts only https portal hosts of the three portal domains', () => {
    expect(portalOrigin('https://my-org.awsapps.cn/start')).toBe('https://my-org.awsapps.cn');
    expect(portalOrigin('https://ssoins-123.portal.us-east-1.app.aws/')).toBe('https://ssoins-123.portal.us-east-1.app.aws');
    expect(portalOrigin('http://d-1.awsapps.com/start')).toBeUndefined();
    expect(portalOrigin('https://awsapps.com.evil.io/start')).toBeUndefined();
    expect(portalOrigin('not a url')).toBeUndefined();
    expect(portalShortcutUrl({ sso: { ...sso, startUrl: 'https://evil.io' }, partition: 'aws' })).toBeUndefined();
  });
});
