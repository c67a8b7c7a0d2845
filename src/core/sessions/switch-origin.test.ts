import { describe, expect, it } from 'vitest';
import { chainedFrom, switchOrigin, type SwitchOriginInput } from './switch-origin';
import { forgetTab, recordPage, type PageReport, type Session } from './session-list';
import { entry, report, role, user } from './fixtures';
import type { BaseAccount } from '../store/schema';

const record = (...reports: PageReport[]): Session[] => reports.reduce<Session[]>((list, r) => recordPage(list, r), []);
const bases: BaseAccount[] = [{ name: 'corp', account: '123456789012', partition: 'aws' }];
const admin = entry('adm', 'Admin', { base: 'corp' });
const deploy = entry('dep', 'Deploy', { base: 'corp' });
// Chained: Deploy's session is where Release goes out from (its base names the Deploy entry).
const release = entry('rel', 'Release', { base: 'dep' });
const entries = [admin, deploy, release];
const three = record(report(1, 100, user('aaaaaaaa')), report(2, 100, role('Admin', 'bbbbbbbb')), report(3, 100, role('Viewer', 'cccccccc')));
const origin = (over: Partial<SwitchOriginInput>) => switchOrigin({ list: three, target: admin, entries, bases, ...over });

describe('switchOrigin', () => {
  it('reuses an entry that is already signed in', () => {
    const out = origin({ current: three[0] });
    expect(out.from).toBe('reuse');
    expect(out.from === 'reuse' && out.session.key).toBe('aws/bbbbbbbb');
  });

  it('goes from the base session even when started from a role tab (no accidental chaining)', () => {
    expect(origin({ target: deploy, current: three[2] })).toEqual({ from: 'base', session: three[0], fromCurrentTab: false });
  });

  it('says when the switch can go from the current tab (it is the base session)', () =>
    expect(origin({ target: deploy, current: three[0] })).toMatchObject({ from: 'base', fromCurrentTab: true }));

  it('goes from the base with no session when no base page has been seen', () =>
    expect(origin({ list: [], target: deploy })).toEqual({ from: 'base', fromCurrentTab: false }));

  it('goes from the chained-from role’s session when it is signed in', () => {
    const list = recordPage(three, report(4, 100, role('Deploy', 'dddddddd')));
    const out = origin({ list, target: release, current: list[3] });
    expect(out).toMatchObject({ from: 'role', fromCurrentTab: true });
    expect(out.from === 'role' && out.session?.key).toBe('aws/dddddddd');
  });

  it('starts the chained-from role first when it is not signed in', () =>
    expect(origin({ target: release })).toEqual({ from: 'role', startFirst: deploy, fromCurrentTab: false }));

  it('refuses before AWS does with five sessions in use, naming the idle ones', () => {
    const five = forgetTab(record(...['a', 'b', 'c', 'd', 'e'].map((d, i) => report(i + 1, 100, i === 0 ? user(d.repeat(8)) : role(`R${i}`, d.repeat(8))))), 3);
    const out = origin({ list: five, target: deploy });
    expect(out).toMatchObject({ from: 'limit', used: 5, limit: 5 });
    expect(out.from === 'limit' && out.idle.map((s) => s.key)).toEqual(['aws/cccccccc']);
  });

  it('still reuses a signed-in entry with five sessions in use', () => {
    const five = record(...['a', 'b', 'c', 'd', 'e'].map((d, i) => report(i + 1, 100, role(i === 0 ? 'Admin' : `R${i}`, d.repeat(8)))));
    expect(origin({ list: five }).from).toBe('reuse');
  });

  it('needs two free sessions to start a chain: four in use is the limit then', () => {
    const four = recordPage(three, report(4, 100, role('Other', 'dddddddd')));
    expect(origin({ list: four, target: release })).toMatchObject({ from: 'limit', used: 4 });
    expect(origin({ list: four, target: deploy })).toMatchObject({ from: 'base' });
  });

  it('has no limit in a classic console (a switch replaces the identity)', () => {
    const classic = record(report(1, 100, role('Viewer')));
    expect(origin({ list: classic, target: deploy })).toEqual({ from: 'base', fromCurrentTab: false });
  });

  it('goes from the base session of the entry’s own partition', () => {
    const govUser = { ...user(), partition: 'aws-us-gov' as const };
    const list = record(report(1, 100, user('aaaaaaaa')), report(2, 100, govUser));
    const govEntry = entry('gov', 'Deploy', { partition: 'aws-us-gov' });
    const out = origin({ list, target: govEntry, current: list[0] });
    expect(out.from === 'base' && out.session?.key).toBe('aws-us-gov/classic');
    expect(out).toMatchObject({ fromCurrentTab: false });
  });
});

describe('chainedFrom', () => {
  it('is the entry a base names, by id or label, when no base account has that name', () => {
    expect(chainedFrom(release, entries, bases)).toBe(deploy);
    expect(chainedFrom(entry('x', 'X', { base: 'Deploy label' }), [{ ...deploy, label: 'Deploy label' }], bases)?.id).toBe('dep');
  });
  it('is no chain when the base names a base account, nothing, the entry itself, or another partition’s entry', () => {
    expect(chainedFrom(admin, entries, bases)).toBeUndefined();
    expect(chainedFrom(entry('x', 'X'), entries, bases)).toBeUndefined();
    expect(chainedFrom(entry('x', 'X', { base: 'x' }), [entry('x', 'X', { base: 'x' })], bases)).toBeUndefined();
    expect(chainedFrom(entry('x', 'X', { base: 'dep' }), [{ ...deploy, partition: 'aws-cn' }], bases)).toBeUndefined();
    expect(chainedFrom(release, null as unknown as [], null as unknown as [])).toBeUndefined();
  });
});
