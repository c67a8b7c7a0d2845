import { describe, expect, it } from 'vitest';
import { onSessionUrl, pickSessionTab, sessionConsoleUrl, sessionLabelOf, showsSamePage } from './base-session-url';

const role = 'https://210987654321-k3j4h5g6.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2#top';

describe('sessionLabelOf', () => {
  it('reads the session label of a multi-session host', () => expect(sessionLabelOf(role)).toBe('210987654321-k3j4h5g6'));
  it('has none on other console hosts', () => {
    expect(sessionLabelOf('https://us-west-2.console.aws.amazon.com/s3/home')).toBeUndefined();
    expect(sessionLabelOf('https://console.amazonaws-us-gov.com/console/home')).toBeUndefined();
    expect(sessionLabelOf('garbage')).toBeUndefined();
  });
});

describe('onSessionUrl', () => {
  it('keeps service, path, query, hash and region, and changes only the session', () =>
    expect(onSessionUrl(role, '111122223333-abcd1234')).toBe('https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2#top'));
  it('refuses a label that is not a session label (it becomes part of a host name)', () => {
    expect(onSessionUrl(role, 'evil.example.com#')).toBeUndefined();
    expect(onSessionUrl(role, '111122223333-ABCD1234')).toBeUndefined();
  });
  it('needs a multi-session page to start from', () => expect(onSessionUrl('https://us-west-2.console.aws.amazon.com/s3/home', '111122223333-abcd1234')).toBeUndefined());
});

describe('showsSamePage', () => {
  const target = 'https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2';
  it('is the same page on the same host and path, whatever the hash', () =>
    expect(showsSamePage('https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets#x', target)).toBe(true));
  it('is another page in another region or service', () => {
    expect(showsSamePage('https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/s3/buckets', target)).toBe(false);
    expect(showsSamePage('https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/ec2/home', target)).toBe(false);
    expect(showsSamePage(undefined, target)).toBe(false);
  });
});

describe('sessionConsoleUrl', () => {
  const admin = { partition: 'aws' as const, label: '111122223333-abcd1234', region: 'eu-west-1' };
  it('shows the starting page (service, path, region) on the session’s own subdomain', () =>
    expect(sessionConsoleUrl(admin, role)).toBe('https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2#top'));
  it('takes a page on no session subdomain there too, in the region its host or region= names', () => {
    expect(sessionConsoleUrl(admin, 'https://console.aws.amazon.com/ec2/home?region=ap-northeast-1')).toBe('https://111122223333-abcd1234.ap-northeast-1.console.aws.amazon.com/ec2/home?region=ap-northeast-1');
  });
  it('opens its console home in its own region from anywhere else (another partition, not a console)', () => {
    expect(sessionConsoleUrl(admin, 'https://example.com/')).toBe('https://111122223333-abcd1234.eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1');
    expect(sessionConsoleUrl({ ...admin, region: undefined }, 'https://console.amazonaws.cn/')).toBe('https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/console/home?region=us-east-1');
  });
  it('keeps a classic session on the plain console hosts', () => {
    const classic = { partition: 'aws' as const, region: 'eu-west-1' };
    expect(sessionConsoleUrl(classic, 'https://us-west-2.console.aws.amazon.com/s3/home')).toBe('https://us-west-2.console.aws.amazon.com/s3/home');
    expect(sessionConsoleUrl(classic, role)).toBe('https://us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2#top');
    expect(sessionConsoleUrl(classic)).toBe('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1');
  });
  it('refuses a label that is not one', () => expect(sessionConsoleUrl({ ...admin, label: 'evil.example.com#' })).toBeUndefined());
});

describe('pickSessionTab', () => {
  const on = (path: string, lastAccessed = 0) => ({ url: `https://111122223333-abcd1234.us-west-2.console.aws.amazon.com${path}`, lastAccessed });
  const target = 'https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2';
  it('prefers the same page, then the same service and region, then the same region, then the latest looked at', () => {
    const same = on('/s3/buckets');
    const service = on('/s3/home', 1);
    const region = on('/ec2/home', 2);
    const other = { url: 'https://111122223333-abcd1234.eu-west-1.console.aws.amazon.com/s3/buckets', lastAccessed: 3 };
    expect(pickSessionTab([other, region, service, same], target)).toBe(same);
    expect(pickSessionTab([other, region, service], target)).toBe(service);
    expect(pickSessionTab([other, region], target)).toBe(region);
    expect(pickSessionTab([other, on('/ec2/home', 9)], undefined)?.lastAccessed).toBe(9);
    expect(pickSessionTab([], target)).toBeUndefined();
  });
});
