import { describe, expect, it } from 'vitest';
import { portalShortcut, portalShortcutUrl } from './identity-center';

describe('Identity Center shortcut', () => {
  const sso = { startUrl: 'https://d-1234567890.awsapps.com/start/#', accountId: '012345678901', permissionSet: 'PowerUser' };

  it('opens the console shortcut for the account and permission set, landing in the region', () => {
    expect(portalShortcutUrl({ sso, partition: 'aws', region: 'eu-west-1' })).toBe(
      'https://d-1234567890.awsapps.com/start/#/console?account_id=012345678901&role_name=PowerUser&destination=' +
        encodeURIComponent('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1'),
    );
  });

  it.each([
    'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com',
    'https://ssoins-111111h2222j33pp.portal.eu-west-1.app.aws/',
  ])('opens the same shortcut on a portal created since February 2026: %s', (startUrl) => {
    const shortcut = portalShortcutUrl({ sso: { ...sso, startUrl }, partition: 'aws', region: 'eu-west-1' });
    expect(shortcut).toBe(`${new URL(startUrl).origin}/start/#/console?account_id=012345678901&role_name=PowerUser&destination=` +
      encodeURIComponent('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1'));
  });

  it.each([
    ['https://identitycenter.amazonaws.com/ssoins-111111h2222j33pp', 'https://identitycenter.amazonaws.com/ssoins-111111h2222j33pp/start/#/console?'],
    ['https://identitycenter.amazonaws.com/ssoins-111111h2222j33pp/start/', 'https://identitycenter.amazonaws.com/ssoins-111111h2222j33pp/start/#/console?'],
    ['https://identitycenter.amazonaws.com.cn/ssoins-111111h2222j33pp/', 'https://identitycenter.amazonaws.com.cn/ssoins-111111h2222j33pp/start/#/console?'],
    ['https://d-1234567890.awsapps.com/start', 'https://d-1234567890.awsapps.com/start/#/console?'],
    ['https://d-1234567890.awsapps.com/start//', 'https://d-1234567890.awsapps.com/start/#/console?'],
    ['https://d-1234567890.awsapps.com', 'https://d-1234567890.awsapps.com/start/#/console?'],
  ])('keeps the instance a start URL carries in its path: %s', (startUrl, opens) => {
    expect(portalShortcutUrl({ sso: { ...sso, startUrl }, partition: 'aws' })?.startsWith(opens)).toBe(true);
  });

  it('offers no shortcut for an address that is not an AWS access portal', () => {
    for (const startUrl of ['https://evil.io', 'https://awsapps.com.evil.io/start', 'http://d-1.awsapps.com/start', 'https://x.portal.amazonaws.com.evil']) {
      expect(portalShortcutUrl({ sso: { ...sso, startUrl }, partition: 'aws' })).toBeUndefined();
      expect(portalShortcut({ sso: { ...sso, startUrl }, partition: 'aws' })).toMatchObject({ error: { code: 'errPortalUrl' } });
    }
  });
});
