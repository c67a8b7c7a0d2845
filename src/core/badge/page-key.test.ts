import { describe, expect, it } from 'vitest';
import { badgeViewKey, earlyCheck, earlyKey, fullCheck, fullKey, isStoredBadge, keysAtLoad, shortHash, urlKey, urlKeyOf } from './page-key';
import type { RawConsolePage } from '../console/page-state';
import { pageRegion } from './region';

const SESSION = JSON.stringify({ accountId: '123456789012', sessionARN: 'arn:aws:sts::123456789012:assumed-role/Admin/alice' });
const page = (more: Partial<RawConsolePage> = {}, signals: Partial<RawConsolePage['signals']> = {}): RawConsolePage => ({
  url: 'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances',
  csrfFound: true,
  ...more,
  signals: { hostname: 'eu-west-1.console.aws.amazon.com', sessionData: SESSION, accountInfo: { b: '2', a: '1' }, dom: { loginUser: 'alice' }, ...signals },
});

describe('the keys a badge is kept under', () => {
  it('shortHash is short and tells close texts apart', () => {
    expect(shortHash('a')).toMatch(/^[0-9a-z]{1,11}$/);
    expect(shortHash('page-1')).not.toBe(shortHash('page-2'));
  });
  it('the full key ignores what the badge does not show: the path (but for global services), other parameters, the hash', () => {
    expect(fullKey(page({ url: 'https://eu-west-1.console.aws.amazon.com/EC2/v2/home?x=1&region=eu-west-1' }))).toBe(fullKey(page()));
    expect(fullKey(page({ url: 'https://eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1' }))).toBe(fullKey(page()));
    expect(fullKey(page({ url: 'https://eu-west-1.console.aws.amazon.com/iam/home?region=eu-west-1' }))).not.toBe(fullKey(page()));
  });
  it('with session data, the full key follows the session data and the region', () => {
    const keys = [
      page(), page({}, { sessionData: '{}' }), page({ url: 'https://eu-west-1.console.aws.amazon.com/iam/home' }),
      page({ url: 'https://console.aws.amazon.com/ec2/home?region=eu-west-1' }),
    ].map(fullKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('with session data, the full key is what the page shows at load without its probe: no token, account info, cookies or names', () => {
    const atLoad = page({ csrfFound: false }, { accountInfo: undefined, dom: {} });
    expect(fullKey(atLoad)).toBe(fullKey(page()));
    expect(fullKey(page({}, { userInfoCookie: 'x', accountAliasCookie: 'y' }))).toBe(fullKey(page()));
  });
  it('without session data, the full key follows every signal and the token\'s presence', () => {
    const bare = (more: Partial<RawConsolePage> = {}, signals: Partial<RawConsolePage['signals']> = {}) => page(more, { sessionData: undefined, ...signals });
    const keys = [
      bare(), bare({ csrfFound: false }), bare({}, { accountInfo: { a: '1' } }), bare({}, { dom: {} }), bare({}, { userInfoCookie: 'x' }),
      bare({}, { accountAliasCookie: 'x' }), bare({ url: 'https://eu-west-1.console.aws.amazon.com/iam/home' }),
    ].map(fullKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('the full key is the same after the page went through storage (keys sorted, undefined dropped)', () => {
    const stored = JSON.parse(JSON.stringify(page({}, { userInfoCookie: undefined }))) as RawConsolePage;
    stored.signals.accountInfo = { a: '1', b: '2' };
    expect(fullKey(stored)).toBe(fullKey(page()));
  });
  it('the early key needs only the session data and the address; without session data it is the full key', () => {
    expect(earlyKey(page({ csrfFound: false }, { accountInfo: undefined, dom: {} }))).toBe(earlyKey(page()));
    expect(earlyKey(page({}, { sessionData: '{"accountId":"210987654321"}' }))).not.toBe(earlyKey(page()));
    const bare = page({}, { sessionData: undefined });
    expect(earlyKey(bare)).toBe(fullKey(bare));
  });
  it('pages with the same url key are in the same region', () => {
    // Every address these parts make (1,512 of them), grouped by url key: each group is in one
    // region, and the groups do put different addresses together (else this would check nothing).
    const hosts = ['console.aws.amazon.com', 'eu-west-1.console.aws.amazon.com', 'us-gov-west-1.console.amazonaws-us-gov.com',
      'abc-12345678.us-west-2.console.aws.amazon.com', 'console.amazonaws.cn', 'health.aws.amazon.com'];
    const segments = ['', 'ec2', 'IAM', 'iam', 'billing', 's3', 'console'];
    const regions = [undefined, '', 'eu-west-1', 'us-gov-east-1', 'cn-north-1', 'nowhere'];
    const groups = new Map<string, Set<string | undefined>>();
    let urls = 0;
    for (const host of hosts) for (const first of segments) for (const region of regions) for (const rest of ['', '/home', '/v2/x']) {
      for (const paramFirst of [true, false]) {
        const params = [region === undefined ? '' : `region=${region}`, 'tab=1'].filter(Boolean);
        const url = `https://${host}/${first}${rest}?${(paramFirst ? params : params.reverse()).join('&')}`;
        const group = groups.get(urlKey(url)) ?? new Set();
        group.add(pageRegion(url));
        groups.set(urlKey(url), group);
        urls += 1;
      }
    }
    expect(urls).toBe(1512);
    expect(groups.size).toBeLessThan(urls / 10);
    for (const [key, inRegions] of groups) expect([key, inRegions.size]).toEqual([key, 1]);
  });
});

describe('the keys worked out at load, cheaply', () => {
  it('the url key of a parsed address is the url key of its text, with or without a region parameter', () => {
    for (const url of [
      'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:',
      'https://console.aws.amazon.com/iam/home',
      'https://console.aws.amazon.com/s3/buckets?bucketType=general&region=us-east-2',
      'https://console.aws.amazon.com/s3/buckets?%72egion=ap-south-1',
      'https://console.aws.amazon.com/s3/buckets?regions=1&xregion=2',
      'https://console.aws.amazon.com/s3/buckets?region=a%20b&region=c',
      'https://console.aws.amazon.com/s3/buckets?region',
    ]) expect([url, urlKeyOf(new URL(url))]).toEqual([url, urlKey(url)]);
    expect(urlKey('https://console.aws.amazon.com/s3/buckets?%72egion=ap-south-1')).toContain('ap-south-1');
  });
});

describe('the checks kept with a badge', () => {
  it('the console content script finds and checks a kept badge at load from the address and session data alone', () => {
    const kept = page();
    const atLoad = keysAtLoad(new URL(kept.url), SESSION);
    expect(atLoad).toEqual({ key: badgeViewKey(kept), early: earlyCheck(earlyKey(kept)), full: fullCheck(kept) });
    const other = keysAtLoad(new URL(kept.url), '{"accountId":"210987654321"}');
    expect([other.key, other.early, other.full]).not.toContain(atLoad.key);
    expect(other.early).not.toBe(atLoad.early);
    expect(other.full).not.toBe(atLoad.full);
  });
  it('the early check is another hash than the storage key, and follows the early key', () => {
    const early = earlyKey(page());
    expect(earlyCheck(early)).not.toBe(shortHash(early));
    expect(earlyCheck(earlyKey(page({}, { sessionData: '{"accountId":"210987654321"}' })))).not.toBe(earlyCheck(early));
    expect(earlyCheck(earlyKey(page({ csrfFound: false })))).toBe(earlyCheck(early));
  });
  it('the full check follows what the full key follows, and only that', () => {
    expect(fullCheck(page({ url: 'https://eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1&x=1' }))).toBe(fullCheck(page()));
    expect(fullCheck(page({}, { sessionData: '{}' }))).not.toBe(fullCheck(page()));
    expect(fullCheck(page({ csrfFound: false }, { sessionData: undefined }))).not.toBe(fullCheck(page({}, { sessionData: undefined })));
  });
  it('a stored badge needs its checks, facts and view: one kept by the version before is not one', () => {
    const facts = { url: 'https://console.aws.amazon.com/', reading: { found: [], issues: [] }, mode: 'classic', csrfFound: true };
    expect(isStoredBadge({ early: 'a', full: 'b', facts, view: {} })).toBe(true);
    expect(isStoredBadge({ page: page(), view: {} })).toBe(false);
    expect(isStoredBadge({ early: 'a', full: 'b', view: {} })).toBe(false);
    expect(isStoredBadge(null)).toBe(false);
  });
});
