import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBadge } from './format';
import { keptFacts, regionUrl } from './kept-facts';
import { consolePageFacts, type RawConsolePage } from '../console/page-state';
import { pageRegion } from './region';
import type { Entry } from '../store/schema';

const session = (v: Record<string, unknown>) => JSON.stringify({ signInEndpoint: 'signin.aws.amazon.com', ...v });
const pages: RawConsolePage[] = [
  {
    url: 'https://eu-west-1.console.aws.amazon.com/s3/buckets/payroll?region=eu-west-1&prefix=salaries%2F#objects',
    csrfFound: true,
    signals: {
      hostname: 'eu-west-1.console.aws.amazon.com',
      sessionData: session({ accountId: '123456789012', sessionARN: 'arn:aws:sts::123456789012:assumed-role/Admin/alice', prismModeEnabled: false }),
      userInfoCookie: encodeURIComponent(JSON.stringify({ arn: 'arn:aws:sts::123456789012:assumed-role/Admin/alice', alias: 'prod', username: 'assumed-role/Admin/alice' })),
      accountInfo: { loginDisplayNameUser: 'alice', loginDisplayNameAccount: '111122223333', roleDisplayNameUser: 'Prod Admin', roleDisplayNameAccount: '123456789012' },
    },
  },
  {
    url: 'https://210987654321-abcd1234.us-west-2.console.aws.amazon.com/iam/home?secret=1#/roles',
    csrfFound: false,
    signals: { sessionData: session({ accountId: '210987654321', sessionARN: 'arn:aws:sts::210987654321:assumed-role/Developer/alice', prismModeEnabled: true, sessionDifferentiator: 'abcd1234' }) },
  },
  { url: 'https://console.aws.amazon.com/iam/home?region=nowhere&q=x', csrfFound: true, signals: { hostname: 'console.aws.amazon.com', dom: { loginUser: 'bob', loginAccount: '111122223333' } } },
  { url: 'not a url', csrfFound: false, signals: {} },
];
const entries: Entry[] = [{ id: 'e1', label: 'Prod admin', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', color: 'f2b0a9', displayName: 'Prod Admin' }];

describe('what a badge kept ready remembers of its page', () => {
  it('draws the same badge as the whole page did, for every setting', () => {
    for (const raw of pages) {
      const facts = consolePageFacts(raw);
      for (const hideAccountIds of [false, true]) {
        const saved = { entries, groups: {}, hideAccountIds };
        expect(formatBadge(keptFacts(facts), saved)).toEqual(formatBadge(facts, saved));
      }
    }
  });
  it('holds no query string, hash or path beyond a global service, no session data, cookie or ARN', () => {
    const kept = JSON.stringify(pages.map((raw) => keptFacts(consolePageFacts(raw))));
    for (const secret of ['payroll', 'prefix', 'salaries', 'secret=', '#objects', '#/roles', 'nowhere', 'sessionARN', 'arn:aws', 'signin.aws', 'userInfo']) {
      expect(kept).not.toContain(secret);
    }
    expect(keptFacts(consolePageFacts(pages[0]!)).url).toBe('https://eu-west-1.console.aws.amazon.com/?region=eu-west-1');
    expect(keptFacts(consolePageFacts(pages[2]!)).url).toBe('https://console.aws.amazon.com/iam');
  });
  it('the address kept gives the same region as the page\'s', () => {
    const hosts = ['console.aws.amazon.com', 'eu-west-1.console.aws.amazon.com', 'us-gov-west-1.console.amazonaws-us-gov.com',
      'abc-12345678.us-west-2.console.aws.amazon.com', 'console.amazonaws.cn', 'health.aws.amazon.com', 'example.com'];
    const url = fc.tuple(fc.constantFrom(...hosts), fc.constantFrom('', 'ec2', 'IAM', 'billing', 's3'), fc.constantFrom(undefined, '', 'eu-west-1', 'cn-north-1', 'nowhere', 'a&b'), fc.webPath(), fc.string())
      .map(([host, first, region, rest, other]) => `https://${host}/${first}${rest}?x=${encodeURIComponent(other)}${region === undefined ? '' : `&region=${encodeURIComponent(region)}`}`);
    fc.assert(fc.property(url, (u) => {
      expect(pageRegion(regionUrl(u))).toBe(pageRegion(u));
      expect(regionUrl(u)).not.toContain('x=');
    }), { numRuns: 1000 });
  });
});
