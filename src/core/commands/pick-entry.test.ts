import { describe, expect, it } from 'vitest';
import type { Identity } from '../console/identity';
import type { Entry } from '../store/schema';
import { favouriteEntry, isCommandName, previousEntry } from './pick-entry';

const entry = (id: string, roleName: string): Entry => ({ id, label: id, account: '123456789012', roleName, rolePath: '/', partition: 'aws' });
const a = entry('a', 'Admin');
const b = entry('b', 'ReadOnly');
const c = entry('c', 'Developer');
const usage = { a: { count: 3, lastUsed: 300 }, b: { count: 1, lastUsed: 200 }, c: { count: 9, lastUsed: 100 } };
const as = (roleName: string): Identity => ({ kind: 'assumed-role', partition: 'aws', accountId: '123456789012', roleName });

describe('previousEntry toggles between the last two roles', () => {
  it('goes back to the second most recent when the most recent is active', () => expect(previousEntry([a, b, c], usage, as('Admin'))).toBe(b));
  it('goes forward again to the most recent when the second is active (a toggle)', () => expect(previousEntry([a, b, c], usage, as('ReadOnly'))).toBe(a));
  it('takes the most recent when the active role is none of them (signed in as the user)', () =>
    expect(previousEntry([a, b, c], usage, { kind: 'iam-user', partition: 'aws', accountId: '111122223333', userName: 'alice' })).toBe(a));
  it('takes the second most recent when the active identity is unknown', () => {
    expect(previousEntry([a, b, c], usage)).toBe(b);
    expect(previousEntry([a, b, c], usage, { kind: 'unknown', partition: 'aws' })).toBe(b);
  });
  it('ignores entries never used, and has nothing to offer without history', () => {
    expect(previousEntry([a, b], { a: usage.a }, as('Admin'))).toBeUndefined();
    expect(previousEntry([a, b], {})).toBeUndefined();
  });
  it('with one used entry and no identity, offers that one', () => expect(previousEntry([a, b], { b: usage.b })).toBe(b));
});

describe('favouriteEntry', () => {
  it('takes the n-th favourite in the user\'s order', () => {
    expect(favouriteEntry([a, b, c], ['c', 'a'], 1)).toBe(c);
    expect(favouriteEntry([a, b, c], ['c', 'a'], 2)).toBe(a);
  });
  it('has nothing for a favourite slot that is empty or whose entry is gone', () => {
    expect(favouriteEntry([a, b, c], ['c', 'a'], 3)).toBeUndefined();
    expect(favouriteEntry([a], ['gone'], 1)).toBeUndefined();
  });
});

describe('isCommandName', () => {
  it('knows the manifest commands and nothing else', () => {
    expect(isCommandName('favourite-2')).toBe(true);
    expect(isCommandName('_execute_action')).toBe(false);
    expect(isCommandName('toString')).toBe(false);
  });
});
