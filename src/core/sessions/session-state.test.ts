import { describe, expect, it } from 'vitest';
import { BASE_SESSION_MS, prune, ROLE_SESSION_MS, sessionState } from './session-state';
import { forgetTab, recordPage, type Session } from './session-list';
import { report, role, user } from './fixtures';

const HOUR = 60 * 60 * 1000;
const roleSession = recordPage([], report(1, 0, role('Admin', 'bbbbbbbb')))[0]!;
const baseSession = recordPage([], report(1, 0, user('aaaaaaaa')))[0]!;

describe('sessionState', () => {
  it('keeps a role live for exactly an hour, and calls it possibly expired just after', () => {
    expect(ROLE_SESSION_MS).toBe(HOUR);
    expect(sessionState(roleSession, HOUR)).toBe('live');
    expect(sessionState(roleSession, HOUR + 1)).toBe('possibly-expired');
  });
  it('gives the base session twelve hours', () => {
    expect(BASE_SESSION_MS).toBe(12 * HOUR);
    expect(sessionState(baseSession, 2 * HOUR)).toBe('live');
    expect(sessionState(baseSession, 12 * HOUR)).toBe('live');
    expect(sessionState(baseSession, 12 * HOUR + 1)).toBe('possibly-expired');
  });
  it('takes a longer role session when the caller knows one', () =>
    expect(sessionState(roleSession, 2 * HOUR, 4 * HOUR)).toBe('live'));
  it('counts from the last time a page of the session was read', () => {
    const seenLater = recordPage([roleSession], report(2, 3 * HOUR, role('Admin', 'bbbbbbbb')))[0]!;
    expect(sessionState(seenLater, 3.5 * HOUR)).toBe('live');
  });
  it('leaves a session live when the time is not a number, or earlier than last seen', () => {
    expect(sessionState(roleSession, Number.NaN)).toBe('live');
    expect(sessionState(roleSession, -5)).toBe('live');
  });
});

describe('prune', () => {
  const idle = (s: Session) => forgetTab([s], 1)[0]!;
  it('drops an idle session once it is possibly expired, not before', () => {
    expect(prune([idle(roleSession)], HOUR)).toHaveLength(1);
    expect(prune([idle(roleSession)], HOUR + 1)).toEqual([]);
  });
  it('keeps a possibly expired session that still has an open tab', () =>
    expect(prune([roleSession], 5 * HOUR)).toEqual([roleSession]));
  it('keeps the idle base session longer than an idle role', () =>
    expect(prune([idle(baseSession), idle(roleSession)], 2 * HOUR).map((s) => s.isBase)).toEqual([true]));
  it('returns an empty list for something that is not a list', () =>
    expect(prune(undefined as unknown as Session[], 0)).toEqual([]));
});
