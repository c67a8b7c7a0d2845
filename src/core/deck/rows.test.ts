import { describe, expect, it } from 'vitest';
import type { RankedEntry } from '../search/rank';
import type { BaseAccount, Entry } from '../store/schema';
import { loginIdentity, matchingBase } from './reach';
import { BASE_SESSION_KEY, buildRows } from './rows';
import type { Session } from '../sessions/session-list';

const entry = (id: string, extra: Partial<Entry> = {}): Entry => ({ id, label: id, account: '123456789012', roleName: 'R', rolePath: '/', partition: 'aws', ...extra });
const ranked = (e: Entry, section?: RankedEntry['section']): RankedEntry => ({ entry: e, score: 0, highlights: {}, section });
const base: BaseAccount = { name: 'corp', account: '111122223333', partition: 'aws' };
const none = { collapsed: new Set<string>(), unreachable: 'grey' as const };

describe('buildRows', () => {
  it('puts one header before each section of the default order, counting its entries', () => {
    const { rows, selectable } = buildRows([
      ranked(entry('a'), { kind: 'favourites' }), ranked(entry('b'), { kind: 'recent' }),
      ranked(entry('c'), { kind: 'group', name: 'Ops' }), ranked(entry('d'), { kind: 'group', name: 'Ops' }),
    ], none);
    expect(rows.map((r) => r.key)).toEqual(['favourites', 'a', 'recent', 'b', 'group:Ops', 'c', 'd']);
    expect(rows[4]).toMatchObject({ kind: 'header', count: 2 });
    expect(selectable).toEqual([1, 3, 5, 6]);
  });

  it('says the whole list\'s counts when given them (the first screen), its own for any section without one', () => {
    const { rows } = buildRows([ranked(entry('a'), { kind: 'favourites' }), ranked(entry('c'), { kind: 'group', name: 'Ops' }), ranked(entry('d'), { kind: 'group', name: 'Ops' })],
      { ...none, counts: { 'group:Ops': 412 } });
    expect(rows.filter((r) => r.kind === 'header').map((r) => [r.key, r.kind === 'header' && r.count])).toEqual([['favourites', 1], ['group:Ops', 412]]);
  });

  it('keeps only the header of a collapsed group, and nothing of it is selectable', () => {
    const { rows, selectable } = buildRows([ranked(entry('c'), { kind: 'group', name: 'Ops' }), ranked(entry('d'), { kind: 'group', name: 'Dev' })],
      { ...none, collapsed: new Set(['Ops']) });
    expect(rows.map((r) => r.key)).toEqual(['group:Ops', 'group:Dev', 'd']);
    expect(rows[0]).toMatchObject({ collapsed: true, count: 1 });
    expect(selectable).toEqual([2]);
  });

  it('draws search results as one flat block without headers', () => {
    expect(buildRows([ranked(entry('a')), ranked(entry('b'))], none).rows.map((r) => r.kind)).toEqual(['entry', 'entry']);
  });

  it('greys or hides the entries the signed-in base cannot reach, and counts the hidden', () => {
    const list = [ranked(entry('mine', { base: 'corp' })), ranked(entry('other', { base: 'partner' })), ranked(entry('any'))];
    const grey = buildRows(list, { ...none, base });
    expect(grey.rows.map((r) => r.kind === 'entry' && r.reachable)).toEqual([true, false, true]);
    const hidden = buildRows(list, { ...none, base, unreachable: 'hide' });
    expect(hidden.rows.map((r) => r.key)).toEqual(['mine', 'any']);
    expect(hidden.hiddenUnreachable).toBe(1);
  });
});

describe('buildRows: the "Signed in now" section', () => {
  const baseSession: Session = {
    key: 'aws/aaaaaaaa', partition: 'aws', differentiator: 'aaaaaaaa', isBase: true, tabs: [{ tabId: 1, seenAt: 1 }], lastSeen: 1,
    identity: { kind: 'iam-user', partition: 'aws', accountId: '111122223333', userName: 'alice' },
  };
  const order = [
    ranked(entry('fav'), { kind: 'favourites' }), ranked(entry('b', { base: 'partner' }), { kind: 'group', name: 'Ops' }),
    ranked(entry('c'), { kind: 'group', name: 'Ops' }), ranked(entry('d'), { kind: 'group', name: 'Dev' }),
  ];

  it('starts with the base session, then the signed-in entries, each shown once', () => {
    const { rows, selectable } = buildRows(order, { ...none, signedIn: { ids: new Set(['c', 'fav']), base: baseSession } });
    expect(rows.map((r) => r.key)).toEqual(['signed-in', BASE_SESSION_KEY, 'fav', 'c', 'group:Ops', 'b', 'group:Dev', 'd']);
    expect(rows[0]).toMatchObject({ kind: 'header', section: { kind: 'signed-in' }, count: 3 });
    expect(rows[1]).toMatchObject({ kind: 'base-session', session: baseSession });
    expect(rows[4]).toMatchObject({ count: 1 });
    // ↑/↓ move over the base session's row and the signed-in entries like over any entry.
    expect(selectable).toEqual([1, 2, 3, 5, 7]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('shows a signed-in entry even when its base is another, and a collapsed group does not hide it', () => {
    const { rows } = buildRows(order, { ...none, base, unreachable: 'hide', collapsed: new Set(['Ops']), signedIn: { ids: new Set(['b']) } });
    expect(rows.map((r) => r.key)).toEqual(['signed-in', 'b', 'favourites', 'fav', 'group:Ops', 'group:Dev', 'd']);
    expect(rows[1]).toMatchObject({ kind: 'entry', reachable: true });
  });

  it('has no section when nothing is signed in', () => {
    expect(buildRows(order, { ...none, signedIn: { ids: new Set() } }).rows[0]?.key).toBe('favourites');
  });
});

describe('matchingBase', () => {
  const identity = { kind: 'iam-user' as const, partition: 'aws' as const, accountId: '111122223333', accountAlias: 'corp-login' };
  it('recognises the signed-in account by id or alias, in the same partition', () => {
    expect(matchingBase([base], identity)).toBe(base);
    expect(matchingBase([{ ...base, account: 'corp-login' }], identity)?.name).toBe('corp');
    expect(matchingBase([{ ...base, partition: 'aws-cn' }], identity)).toBeUndefined();
  });
  it('recognises a base by its alias when the console shows only the alias', () => {
    const aliasOnly = { kind: 'iam-user' as const, partition: 'aws' as const, accountId: '', accountAlias: 'corp-login' };
    expect(matchingBase([{ ...base, alias: 'corp-login' }], aliasOnly)?.name).toBe('corp');
    expect(matchingBase([base], aliasOnly)).toBeUndefined();
  });
  it('needs the login role too when the base names one (an SSO permission set)', () => {
    const sso = { ...base, roleName: 'Engineer' };
    expect(matchingBase([sso], identity)).toBeUndefined();
    expect(matchingBase([sso], { ...identity, kind: 'identity-center', permissionSet: 'Engineer' })).toBe(sso);
  });
});

describe('loginIdentity', () => {
  it('takes the account of who signed in when the console shows a switched role', () => {
    const role = { kind: 'assumed-role' as const, partition: 'aws' as const, accountId: '123456789012', roleName: 'Admin' };
    expect(matchingBase([base], loginIdentity(role, { name: 'alice', accountId: '111122223333' }))).toBe(base);
    expect(matchingBase([base], loginIdentity(role, undefined))).toBeUndefined();
  });
});
