import { describe, expect, it } from 'vitest';
import { portalEntriesRegion, portalPageRegion } from './portal-page';

const START = 'https://d-1234567890.awsapps.com/start';

describe('the region an awsapps.com portal page says it is in', () => {
  it('is read from the page\'s #env JSON, else its region meta tag', () => {
    expect(portalPageRegion(START, { envText: '{"region":"eu-central-1","partition":"aws","PKCEEnabled":true}' })).toBe('eu-central-1');
    expect(portalPageRegion(START, { envText: null, metaRegion: ' us-west-2 ' })).toBe('us-west-2');
    expect(portalPageRegion(START, { envText: '{"region":"eu-central-1"}', metaRegion: 'us-west-2' })).toBe('eu-central-1');
    expect(portalPageRegion('https://start.us-gov-home.awsapps.com/directory/d-1234567890', { envText: '{"region":"us-gov-west-1"}' })).toBe('us-gov-west-1');
  });

  it('is none when the page says nothing usable: a page cannot steer the read to another host', () => {
    for (const envText of ['not json', '{"region":"us-east-1.evil.io"}', '{"region":"cn-north-1"}', '{"region":7}', '[]',
      '{"__proto__":{"region":"us-east-1"}}', `{"region":"us-east-1","pad":"${'x'.repeat(70_000)}"}`]) {
      expect(portalPageRegion(START, { envText }), envText.slice(0, 40)).toBeUndefined();
    }
    expect(portalPageRegion(START, {})).toBeUndefined();
    expect(portalPageRegion(START, { metaRegion: 'evil.io/us-east-1' })).toBeUndefined();
    expect(portalPageRegion('https://d-9067000000.awsapps.cn/start', { metaRegion: 'us-east-1' })).toBeUndefined();
    expect(portalPageRegion('https://d-9067000000.awsapps.cn/start', { metaRegion: 'cn-northwest-1' })).toBe('cn-northwest-1');
  });
});

describe('the region of the user\'s Identity Center entries of the same portal', () => {
  const sso = (startUrl: string, region?: string) => ({ ...(region !== undefined && { region }), sso: { startUrl } });

  it('is the one most of that portal\'s entries have, however the start URL ends', () => {
    expect(portalEntriesRegion(START, [sso(`${START}/#/`, 'eu-west-1'), sso(START, 'ap-southeast-2'), sso('https://d-1234567890.awsapps.com/start/', 'ap-southeast-2')]))
      .toBe('ap-southeast-2');
  });

  it('is never another portal\'s, an entry that is not Identity Center, or a region of another partition', () => {
    expect(portalEntriesRegion(START, [
      sso('https://d-0000000000.awsapps.com/start', 'eu-west-1'), { region: 'eu-west-1' }, sso(START, 'cn-north-1'), sso(START, 'nowhere'), sso(START),
    ])).toBeUndefined();
    expect(portalEntriesRegion('not a portal', [sso(START, 'eu-west-1')])).toBeUndefined();
  });
});
