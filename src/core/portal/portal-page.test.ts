import { describe, expect, it } from 'vitest';
import { portalPageRegion } from './portal-page';

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
