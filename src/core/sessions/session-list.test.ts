import { describe, expect, it } from 'vitest';
import { forgetTab, recordPage, sessionKey, sessionOfTab, type PageReport, type Session } from './session-list';
import { ACCOUNT, report, role, user } from './fixtures';

const record = (...reports: PageReport[]): Session[] => reports.reduce<Session[]>((list, r) => recordPage(list, r), []);
const tabsOf = (s: Session | undefined) => s?.tabs.map((t) => t.tabId);

describe('recordPage', () => {
  it('makes one session per multi-session differentiator, keyed by partition and differentiator', () => {
    const list = record(report(1, 100, user('aaaaaaaa')), report(2, 110, role('Admin', 'bbbbbbbb')));
    expect(list.map((s) => s.key)).toEqual(['aws/aaaaaaaa', 'aws/bbbbbbbb']);
    expect(list[1]).toMatchObject({ partition: 'aws', differentiator: 'bbbbbbbb', region: 'us-east-1', lastSeen: 110, isBase: false });
    expect(list[1]!.identity.roleName).toBe('Admin');
  });

  it('gathers the tabs of one session and keeps its newest time', () => {
    const list = record(report(1, 100, role('Admin', 'bbbbbbbb')), report(2, 150, role('Admin', 'bbbbbbbb')));
    expect(list).toHaveLength(1);
    expect(tabsOf(list[0])).toEqual([1, 2]);
    expect(list[0]!.lastSeen).toBe(150);
  });

  it('moves a tab that navigates to another session out of the one it was in', () => {
    const list = record(report(1, 100, user('aaaaaaaa')), report(1, 200, role('Admin', 'bbbbbbbb')));
    expect(tabsOf(list.find((s) => s.key === 'aws/aaaaaaaa'))).toEqual([]);
    expect(tabsOf(list.find((s) => s.key === 'aws/bbbbbbbb'))).toEqual([1]);
    expect(sessionOfTab(list, 1)?.key).toBe('aws/bbbbbbbb');
  });

  it('counts a tab once when the same page is read twice', () => {
    const list = record(report(1, 100, role('Admin', 'bbbbbbbb')), report(1, 120, role('Admin', 'bbbbbbbb')));
    expect(list[0]!.tabs).toEqual([{ tabId: 1, seenAt: 120 }]);
  });

  it('ignores a report older than what is known of its tab (messages arrive out of order)', () => {
    const list = record(report(1, 200, role('Admin', 'bbbbbbbb')), report(1, 100, user('aaaaaaaa')));
    expect(list.map((s) => s.key)).toEqual(['aws/bbbbbbbb']);
    expect(tabsOf(list[0])).toEqual([1]);
  });

  it('keeps the newer identity when an older report of another tab arrives late (classic)', () => {
    const list = record(report(1, 200, role('Admin')), report(2, 100, user()));
    expect(list).toHaveLength(1);
    expect(list[0]!.identity.roleName).toBe('Admin');
    expect(list[0]!.lastSeen).toBe(200);
    expect(tabsOf(list[0])).toEqual([1, 2]);
  });

  it('keeps one classic session per partition whose identity the newest report sets', () => {
    const list = record(report(1, 100, user()), report(1, 200, role('Admin')));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: 'aws/classic', isBase: false, lastSeen: 200 });
    expect(list[0]!.differentiator).toBeUndefined();
    const back = recordPage(list, report(1, 300, user()));
    expect(back[0]).toMatchObject({ isBase: true, lastSeen: 300 });
    expect(back[0]!.identity.userName).toBe('alice');
  });

  it('keeps classic sessions of different partitions apart', () => {
    const gov = { ...user(), partition: 'aws-us-gov' as const };
    const list = record(report(1, 100, user()), report(2, 100, gov));
    expect(list.map((s) => s.key)).toEqual([sessionKey('aws', undefined), 'aws-us-gov/classic']);
  });

  it('tells the base session apart: a user, or a login role the navigation names as the login', () => {
    const list = record(report(1, 100, user('aaaaaaaa')), report(2, 100, role('Admin', 'bbbbbbbb')));
    expect(list.map((s) => s.isBase)).toEqual([true, false]);
    const saml: PageReport = { ...report(3, 100, role('Login', 'cccccccc', ACCOUNT)), baseUser: { name: 'Login/alice', accountId: ACCOUNT, roleName: 'Login' } };
    expect(recordPage([], saml)[0]!.isBase).toBe(true);
  });

  it('drops an older multi-session session when the same identity signs in again (AWS signs it out)', () => {
    const list = record(report(1, 100, role('Admin', 'bbbbbbbb')), report(2, 100, user('aaaaaaaa')), report(3, 200, role('Admin', 'eeeeeeee')));
    expect(list.map((s) => s.key)).toEqual(['aws/aaaaaaaa', 'aws/eeeeeeee']);
    expect(sessionOfTab(list, 1)).toBeUndefined();
  });

  it('keeps sessions that are not surely the same identity (another role, or a session name unknown)', () => {
    const unnamed = { ...role('Admin', 'eeeeeeee'), userName: undefined };
    const list = record(report(1, 100, role('Admin', 'bbbbbbbb')), report(2, 200, role('Viewer', 'cccccccc')), report(3, 300, unnamed));
    expect(list).toHaveLength(3);
  });

  it('does not let a late report of an older sign-in drop the newer session, nor bring the old one back', () => {
    const list = record(report(1, 200, role('Admin', 'eeeeeeee')), report(2, 100, role('Admin', 'bbbbbbbb')));
    expect(list.map((s) => s.key)).toEqual(['aws/eeeeeeee']);
    expect(sessionOfTab(list, 2)).toBeUndefined();
  });

  it('keeps the last region when a global page (no region) is read', () => {
    const list = record(report(1, 100, role('Admin', 'bbbbbbbb'), 'eu-west-1'), { tabId: 1, seenAt: 200, identity: role('Admin', 'bbbbbbbb') });
    expect(list[0]!.region).toBe('eu-west-1');
  });

  it('treats a blank differentiator as classic', () => {
    expect(recordPage([], report(1, 100, role('Admin', '  ')))[0]!.key).toBe('aws/classic');
  });

  it('ignores reports that are not reports, and a list that is not a list', () => {
    const list = record(report(1, 100, user('aaaaaaaa')));
    for (const bad of [null, {}, { tabId: 1.5, seenAt: 1, identity: user() }, { tabId: 1, seenAt: Number.NaN, identity: user() }, { tabId: 1, seenAt: 1, identity: null }]) {
      expect(recordPage(list, bad as unknown as PageReport)).toEqual(list);
    }
    expect(recordPage(undefined as unknown as Session[], report(1, 1, user()))).toHaveLength(1);
  });

  it('does not change the list it is given', () => {
    const list = record(report(1, 100, user('aaaaaaaa')));
    const copy = structuredClone(list);
    recordPage(list, report(1, 200, role('Admin', 'bbbbbbbb')));
    expect(list).toEqual(copy);
  });
});

describe('forgetTab', () => {
  it('drops a closed tab and keeps its session, now idle', () => {
    const list = forgetTab(record(report(1, 100, role('Admin', 'bbbbbbbb')), report(2, 100, role('Admin', 'bbbbbbbb'))), 1);
    expect(tabsOf(list[0])).toEqual([2]);
    expect(tabsOf(forgetTab(list, 2)[0])).toEqual([]);
    expect(forgetTab(list, 2)).toHaveLength(1);
  });
  it('changes nothing for an unknown tab or a list that is not one', () => {
    const list = record(report(1, 100, user()));
    expect(forgetTab(list, 9)).toEqual(list);
    expect(forgetTab(null as unknown as Session[], 1)).toEqual([]);
  });
});
