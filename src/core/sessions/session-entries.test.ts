import { describe, expect, it } from 'vitest';
import { baseSession, entriesSignedIn, MULTI_SESSION_LIMIT, sessionForEntry, sessionUsage } from './session-entries';
import { forgetTab, recordPage, type PageReport, type Session } from './session-list';
import { entry, OTHER, report, role, user } from './fixtures';

const record = (...reports: PageReport[]): Session[] => reports.reduce<Session[]>((list, r) => recordPage(list, r), []);
const list = record(
  report(1, 100, user('aaaaaaaa')),
  report(2, 110, role('Admin', 'bbbbbbbb')),
  report(3, 120, { ...role('ReadOnly', 'cccccccc'), accountAlias: 'acme' }),
);

describe('sessionForEntry / entriesSignedIn', () => {
  it('finds the session signed in as an entry’s role', () =>
    expect(sessionForEntry(list, entry('a', 'Admin'))?.key).toBe('aws/bbbbbbbb'));
  it('matches by account alias, as match-identity does', () =>
    expect(sessionForEntry(list, entry('r', 'ReadOnly', { account: 'acme' }))?.key).toBe('aws/cccccccc'));
  it('does not match a role name of another case, another account, or another partition', () => {
    expect(sessionForEntry(list, entry('a', 'admin'))).toBeUndefined();
    expect(sessionForEntry(list, entry('a', 'Admin', { account: '111111111111' }))).toBeUndefined();
    expect(sessionForEntry(list, entry('a', 'Admin', { partition: 'aws-us-gov' }))).toBeUndefined();
  });
  it('never marks an entry signed in by the base user', () =>
    expect(sessionForEntry(list, entry('u', 'alice'))).toBeUndefined());
  it('prefers the most recently seen session when two match (a classic tab and a multi-session one)', () => {
    const both = recordPage(list, report(9, 500, role('Admin')));
    expect(sessionForEntry(both, entry('a', 'Admin'))?.key).toBe('aws/classic');
  });
  it('maps exactly the signed-in entries to their sessions', () => {
    const entries = [entry('a', 'Admin'), entry('b', 'Billing'), entry('r', 'ReadOnly'), entry('x', 'Admin', { account: OTHER, partition: 'aws-cn' })];
    const marks = entriesSignedIn(list, entries);
    expect([...marks.keys()]).toEqual(['a', 'r']);
    expect(marks.get('r')?.tabs.map((t) => t.tabId)).toEqual([3]);
  });
  it('is empty for odd input', () => {
    expect(entriesSignedIn(null as unknown as Session[], null as unknown as [])).toEqual(new Map());
  });
});

describe('baseSession', () => {
  it('is the user’s own sign-in in that partition', () => {
    expect(baseSession(list, 'aws')?.key).toBe('aws/aaaaaaaa');
    expect(baseSession(list, 'aws-cn')).toBeUndefined();
  });
});

describe('sessionUsage', () => {
  it('counts multi-session sessions of the partition against the limit of five, and names the idle ones', () => {
    const usage = sessionUsage(forgetTab(list, 2), 'aws');
    expect(usage).toMatchObject({ used: 3, limit: MULTI_SESSION_LIMIT });
    expect(MULTI_SESSION_LIMIT).toBe(5);
    expect(usage.idle.map((s) => s.key)).toEqual(['aws/bbbbbbbb']);
  });
  it('counts, given the time, only live sessions: a role seen over an hour ago may have ended, open tab or not', () => {
    const hour = 60 * 60 * 1000;
    // Admin (seen at 110) is past its hour at 110 + hour + 1; the base (12 h) and ReadOnly (120) are not.
    const usage = sessionUsage(list, 'aws', 110 + hour + 1);
    expect(usage.used).toBe(2);
    expect(usage.sessions.map((s) => s.key)).toEqual(['aws/aaaaaaaa', 'aws/cccccccc']);
  });
  it('does not count classic sessions or other partitions', () => {
    const gov = { ...user('dddddddd'), partition: 'aws-us-gov' as const };
    const mixed = record(report(1, 1, role('Admin')), report(2, 1, gov));
    expect(sessionUsage(mixed, 'aws').used).toBe(0);
    expect(sessionUsage(mixed, 'aws-us-gov').used).toBe(1);
  });
});
