import { describe, expect, it } from 'vitest';
import { portalPageRegion, rememberedRegion } from './portal-page';

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

describe('the region a read of an address that does not say it tries first', () => {
  it('is the region the last read of the same portal used, however the start URL ends', () => {
    expect(rememberedRegion(START, [{ startUrl: 'https://d-0000000000.awsapps.com/start', region: 'eu-west-1' }, { startUrl: `${START}/#/`, region: 'ap-southeast-2' }]))
      .toBe('ap-southeast-2');
  });

  it('is none from a memory written before regions were remembered, another portal\'s, or a region of another partition', () => {
    expect(rememberedRegion(START, [{ startUrl: START }])).toBeUndefined();
    expect(rememberedRegion(START, [{ startUrl: 'https://d-0000000000.awsapps.com/start', region: 'eu-west-1' }])).toBeUndefined();
    expect(rememberedRegion(START, [{ startUrl: START, region: 'cn-north-1' }])).toBeUndefined();
    expect(rememberedRegion('not a portal', [{ startUrl: START, region: 'eu-west-1' }])).toBeUndefined();
  });
});
