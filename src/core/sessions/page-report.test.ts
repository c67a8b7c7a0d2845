import { describe, expect, it } from 'vitest';
import { consolePageFacts, type ConsolePageFacts } from '../console/page-state';
import { pageReport } from './page-report';
import { recordPage } from './session-list';

const sessionData = (differentiator: string) => JSON.stringify({
  accountId: '210987654321', sessionARN: 'arn:aws:sts::210987654321:assumed-role/Admin/alice', prismModeEnabled: true,
  sessionDifferentiator: differentiator, signInEndpoint: 'us-east-1.signin.aws.amazon.com',
});
const facts = (url: string, data = sessionData('abcd1234')): ConsolePageFacts =>
  consolePageFacts({ url, signals: { sessionData: data, hostname: new URL(url).hostname }, csrfFound: false });

describe('pageReport', () => {
  it('carries what a multi-session page says into a session of the list', () => {
    const report = pageReport(facts('https://210987654321-abcd1234.eu-west-1.console.aws.amazon.com/ec2/home'), 7, 1000);
    expect(report).toMatchObject({ tabId: 7, seenAt: 1000, region: 'eu-west-1' });
    const [session] = recordPage([], report!);
    expect(session).toMatchObject({ key: 'aws/abcd1234', isBase: false, region: 'eu-west-1' });
    expect(session!.identity).toMatchObject({ accountId: '210987654321', roleName: 'Admin', userName: 'alice' });
  });
  it('carries the page’s multi-session host label, and none for a page on no session subdomain', () => {
    expect(pageReport(facts('https://210987654321-abcd1234.eu-west-1.console.aws.amazon.com/ec2/home'), 7, 1000)?.label).toBe('210987654321-abcd1234');
    expect(pageReport(facts('https://eu-west-1.console.aws.amazon.com/ec2/home'), 7, 1000)?.label).toBeUndefined();
  });
  it('takes the region from region= on a host without one, if it is one of the partition', () => {
    expect(pageReport(facts('https://console.aws.amazon.com/ec2/home?region=ap-northeast-1'), 1, 1)?.region).toBe('ap-northeast-1');
    expect(pageReport(facts('https://console.aws.amazon.com/ec2/home?region=cn-north-1'), 1, 1)?.region).toBeUndefined();
    expect(pageReport(facts('https://console.aws.amazon.com/iam/home'), 1, 1)?.region).toBeUndefined();
  });
  it('is dated by when the page loaded, not by when it was read (a late read proves nothing newer)', () => {
    const page = { ...facts('https://210987654321-abcd1234.eu-west-1.console.aws.amazon.com/ec2/home'), loadedAt: 400 };
    expect(pageReport(page, 7, 1000)?.seenAt).toBe(400);
    // A load time from the future (a wrong clock) or none: the read's own time.
    expect(pageReport({ ...page, loadedAt: 5000 }, 7, 1000)?.seenAt).toBe(1000);
    expect(pageReport({ ...page, loadedAt: Number.NaN }, 7, 1000)?.seenAt).toBe(1000);
  });
  it('is nothing for an AWS page that is not the console itself (Health): it is no session’s page', () => {
    expect(pageReport(facts('https://health.aws.amazon.com/health/home#/account/dashboard'), 1, 1)).toBeUndefined();
    expect(pageReport(facts('https://us-east-1.console.aws.amazon.com/ec2/home'), 1, 1)).toBeDefined();
  });
  it('is nothing when the page did not say who is signed in, or the tab or time is not one', () => {
    expect(pageReport(facts('https://console.aws.amazon.com/', '{}'), 1, 1)).toBeUndefined();
    expect(pageReport(facts('https://console.aws.amazon.com/'), Number.NaN, 1)).toBeUndefined();
    expect(pageReport(facts('https://console.aws.amazon.com/'), 1, Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(pageReport(undefined as unknown as ConsolePageFacts, 1, 1)).toBeUndefined();
  });
});
