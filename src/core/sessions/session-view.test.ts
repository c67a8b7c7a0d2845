import { describe, expect, it } from 'vitest';
import type { BaseAccount } from '../store/schema';
import { entry, OTHER, report, role, user } from './fixtures';
import { forgetTab, recordPage, type PageReport, type Session } from './session-list';
import { ROLE_SESSION_MS } from './session-state';
import { sessionName } from './session-name';
import { hasSignedInSection, limitWords, markWords, originWords, sessionsView, signedInAs, tabTitles } from './session-view';
import { switchOrigin } from './switch-origin';

const MIN = 60_000;
const NOW = 10 * ROLE_SESSION_MS;
const record = (...reports: PageReport[]): Session[] => reports.reduce<Session[]>((list, r) => recordPage(list, r), []);
const three = record(
  report(1, NOW - MIN, user('aaaaaaaa')),
  report(2, NOW - 2 * MIN, role('Admin', 'bbbbbbbb')),
  report(3, NOW - 3 * MIN, role('Admin', 'bbbbbbbb')),
  report(4, NOW - 4 * MIN, role('ReadOnly', 'cccccccc')),
);
const entries = [entry('admin', 'Admin', { label: 'Prod admin' }), entry('ro', 'ReadOnly', { label: 'Prod read-only' }), entry('bill', 'Billing')];
const bases: BaseAccount[] = [];

describe('sessionsView', () => {
  it('marks exactly the signed-in entries, finds the base session and counts the sessions in use', () => {
    const view = sessionsView({ sessions: three, now: NOW, currentKey: 'aws/bbbbbbbb' }, entries);
    expect([...view.signedIn.keys()]).toEqual(['admin', 'ro']);
    expect([...view.sectionIds]).toEqual(['admin', 'ro']);
    expect(view.current?.key).toBe('aws/bbbbbbbb');
    expect(view.base?.key).toBe('aws/aaaaaaaa');
    expect(view.usage).toMatchObject({ used: 3, limit: 5 });
    expect(hasSignedInSection(view)).toBe(true);
  });

  it('counts the partition of the popup’s tab, else the one most sessions are in', () => {
    const gov = (d: string) => ({ ...role(`Ops-${d}`, d), partition: 'aws-us-gov' as const });
    const mixed = record(report(1, NOW, user('aaaaaaaa')), report(2, NOW, gov('dddddddd')), report(3, NOW, gov('eeeeeeee')));
    expect(sessionsView({ sessions: mixed, now: NOW }, entries).usage?.used).toBe(2);
    expect(sessionsView({ sessions: mixed, now: NOW }, entries, 'aws').usage?.used).toBe(1);
    expect(sessionsView({ sessions: mixed, now: NOW, currentKey: 'aws/aaaaaaaa' }, entries, 'aws-us-gov').partition).toBe('aws');
  });

  it('shows no count, base row or section for the classic console (one identity, the header’s), only the mark', () => {
    const atUser = sessionsView({ sessions: record(report(1, NOW, user())), now: NOW }, entries, 'aws');
    expect(atUser.usage).toBeUndefined();
    expect(atUser.base).toBeUndefined();
    expect(hasSignedInSection(atUser)).toBe(false);
    const atRole = sessionsView({ sessions: record(report(1, NOW, role('Admin'))), now: NOW }, entries, 'aws');
    expect([...atRole.signedIn.keys()]).toEqual(['admin']);
    expect(hasSignedInSection(atRole)).toBe(false);
  });

  it('is empty, not broken, for an answer that is not one', () => {
    const view = sessionsView(undefined, entries);
    expect(view.signedIn.size).toBe(0);
    expect(hasSignedInSection(view)).toBe(false);
    expect(sessionsView({ sessions: 'x' as unknown as Session[], now: NaN }, entries).sessions).toEqual([]);
  });
});

describe('markWords', () => {
  const [, admin, readOnly] = three;
  it('gives the tab count of a session with open tabs', () => {
    expect(markWords(admin!, NOW, 'en')).toEqual({ key: 'signedInTabs', args: ['2'] });
    expect(markWords(readOnly!, NOW, 'en')).toEqual({ key: 'signedInOneTab', args: [] });
  });
  it('says how long ago an idle session was seen', () =>
    expect(markWords(forgetTab([readOnly!], 4)[0]!, NOW, 'en')).toEqual({ key: 'signedInSeen', args: ['4 minutes ago'] }));
  it('says a session not seen for longer than a role session lasts is possibly expired', () =>
    expect(markWords(readOnly!, readOnly!.lastSeen + ROLE_SESSION_MS + 2 * MIN, 'en')).toEqual({ key: 'signedInExpired', args: ['1 hour ago'] }));
});

describe('names', () => {
  const view = sessionsView({ sessions: three, now: NOW }, entries);
  it('names a session by its entry’s label, else by who and which account', () => {
    expect(sessionName(three[1]!, entries)).toBe('Prod admin');
    expect(sessionName(three[0]!, entries)).toBe('alice (123456789012)');
    expect(sessionName({ ...three[2]!, identity: { ...role('Ops', 'x'), accountAlias: 'acme' } }, [])).toBe('Ops (acme)');
  });
  it('names the base session by its user', () => expect(signedInAs(three[0]!)).toBe('alice'));
  it('lists the titles of the tabs a new sign-in would sign out, untitled ones as gaps', () =>
    expect(tabTitles(three[1]!, { 2: 'EC2 | us-east-1', 3: ' ' })).toEqual(['EC2 | us-east-1', undefined]));
});

describe('originWords', () => {
  const words = (list: Session[], target: ReturnType<typeof entry>, all = entries, current?: Session) =>
    originWords(switchOrigin({ list, current, target, entries: all, bases }), target, all, bases);

  it('opens the signed-in tab of a signed-in entry, or its console when no tab is open', () => {
    expect(words(three, entries[0]!)).toEqual({ key: 'originReuseTab', args: [] });
    expect(words(forgetTab(three, 4), entries[1]!)).toEqual({ key: 'originReuseNew', args: [] });
  });
  it('switches from the base session, named by its user, even from a role tab', () => {
    expect(words(three, entries[2]!, entries, three[1])).toEqual({ key: 'originBase', args: ['alice'] });
    expect(words([], entries[2]!)).toEqual({ key: 'originBaseUnseen', args: [] });
  });
  it('switches a chained entry from its source role’s session, signing that in first when it is not', () => {
    const chained = entry('deep', 'Deep', { base: 'admin' });
    expect(words(three, chained, [...entries, chained])).toEqual({ key: 'originRole', args: ['Prod admin'] });
    const fromBilling = entry('deep2', 'Deep', { base: 'bill', account: OTHER });
    expect(words(three, fromBilling, [...entries, fromBilling])).toEqual({ key: 'originRoleFirst', args: ['bill'] });
  });
  it('says when all five sessions are in use, and the warning names the idle ones', () => {
    const five = forgetTab(record(
      ...three.flatMap((s) => s.tabs.map((t) => report(t.tabId, s.lastSeen, s.identity))),
      report(5, NOW, role('Ops', 'dddddddd')),
      report(6, NOW, role('Dev', 'eeeeeeee')),
    ), 4);
    const target = entries[2]!;
    const origin = switchOrigin({ list: five, target, entries, bases });
    expect(originWords(origin, target, entries, bases)).toEqual({ key: 'originLimit', args: ['5'] });
    if (origin.from !== 'limit') throw new Error('expected the limit');
    const view = sessionsView({ sessions: five, now: NOW }, entries);
    expect(limitWords(origin, view.usage!.sessions, entries, 'en')).toEqual({ key: 'errSessionLimit', args: ['5', 'Prod read-only'] });
    // With none idle, every session in use is named: one of them must be signed out.
    const busy = limitWords({ ...origin, idle: [] }, view.usage!.sessions, entries, 'en');
    expect(busy).toEqual({ key: 'errSessionLimitBusy', args: ['5', 'alice (123456789012), Prod admin, Prod read-only, Ops (210987654321), and Dev (210987654321)'] });
    // Names are listed the way the user's language lists them, not with ", " inside a Japanese sentence.
    const idleTwo = { ...origin, idle: [five[2]!, five[3]!] };
    expect(limitWords(idleTwo, view.usage!.sessions, entries, 'ja').args[1]).toBe('Prod read-only、Ops (210987654321)');
    expect(limitWords(idleTwo, view.usage!.sessions, entries, 'en').args[1]).toBe('Prod read-only and Ops (210987654321)');
  });
});
