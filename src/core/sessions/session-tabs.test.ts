import { describe, expect, it } from 'vitest';
import { checkTabs, isOnSession, unaccountedTabs } from './session-tabs';
import { recordPage, type PageReport, type Session } from './session-list';
import { OTHER, report, role, user } from './fixtures';

const labelled = (r: PageReport, label: string): PageReport => ({ ...r, label });
const record = (...reports: PageReport[]): Session[] => reports.reduce<Session[]>((list, r) => recordPage(list, r), []);
const host = (differentiator: string, account = OTHER) => `https://${account}-${differentiator}.us-east-1.console.aws.amazon.com/ec2/home`;
const list = record(
  labelled(report(1, 100, user('aaaaaaaa')), `123456789012-aaaaaaaa`),
  labelled(report(2, 100, role('Admin', 'bbbbbbbb')), `${OTHER}-bbbbbbbb`),
  labelled(report(3, 100, role('Admin', 'bbbbbbbb')), `${OTHER}-bbbbbbbb`),
);

describe('isOnSession', () => {
  it('is a page on the session’s own subdomain (multi-session), or on no session subdomain (classic)', () => {
    expect(isOnSession(list[1]!, host('bbbbbbbb'))).toBe(true);
    expect(isOnSession(list[1]!, host('cccccccc'))).toBe(false);
    expect(isOnSession(list[1]!, 'https://us-east-1.console.aws.amazon.com/ec2/home')).toBe(false);
    const classic = record(report(9, 1, role('Admin')))[0]!;
    expect(isOnSession(classic, 'https://us-east-1.console.aws.amazon.com/ec2/home')).toBe(true);
    expect(isOnSession(classic, host('bbbbbbbb'))).toBe(false);
    expect(isOnSession(classic, 'https://console.amazonaws.cn/ec2/home')).toBe(false);
    expect(isOnSession(classic, undefined)).toBe(false);
  });
});

describe('checkTabs', () => {
  it('keeps the tabs still open on their session’s host, and every session', () => {
    const checked = checkTabs(list, [{ id: 1, url: 'https://example.com/' }, { id: 2, url: host('bbbbbbbb') }]);
    expect(checked.map((s) => s.tabs.map((t) => t.tabId))).toEqual([[], [2]]);
  });
});

describe('unaccountedTabs', () => {
  it('is the open tabs no session knows', () =>
    expect(unaccountedTabs(list, [{ id: 2 }, { id: 7 }, {}]).map((t) => t.id)).toEqual([7]));
});

describe('recordPage keeps the host label', () => {
  it('of the newest page of a multi-session session, and none for a classic one', () => {
    expect(list[1]!.label).toBe(`${OTHER}-bbbbbbbb`);
    expect(recordPage([], labelled(report(1, 1, role('Admin')), 'x'))[0]!.label).toBeUndefined();
    expect(recordPage(list, report(4, 200, role('Admin', 'bbbbbbbb')))[1]!.label).toBe(`${OTHER}-bbbbbbbb`);
  });
});
