import { describe, expect, it } from 'vitest';
import type { RankedEntry } from '../search/rank';
import type { BaseAccount, Entry } from '../store/schema';
import { loginIdentity, matchingBase } from './reach';
import { buildRows } from './rows';

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
