import { describe, expect, it } from 'vitest';
import type { RankedEntry } from '../search/rank';
import { entry, report, role, user } from '../sessions/fixtures';
import { recordPage, type Session } from '../sessions/session-list';
import { sessionsView } from '../sessions/session-view';
import { pickAction } from './pick';
import { buildRows } from './rows';

const NOW = 1_000_000_000;
const entries = [entry('admin', 'Admin'), entry('dev', 'Developer'), entry('classic', 'Classic', { account: '999999999999' })];
const sessions = [report(1, NOW, user('aaaaaaaa')), report(2, NOW, role('Admin', 'bbbbbbbb')), report(3, NOW, role('Classic', undefined, '999999999999'))]
  .reduce<Session[]>((list, r) => recordPage(list, r), []);
const view = sessionsView({ sessions, now: NOW }, entries);
const ranked = entries.map((e): RankedEntry => ({ entry: e, score: 0, highlights: {} }));
/** The empty search: "Signed in now" (the base session, Admin) on top, then the rest. */
const { rows } = buildRows(ranked, { collapsed: new Set(), unreachable: 'grey', signedIn: { ids: view.sectionIds, base: view.base } });
/** A search: one flat list, the signed-in entries where they rank. */
const found = buildRows(ranked, { collapsed: new Set(), unreachable: 'grey' }).rows;
const row = (list: typeof rows, key: string) => list.find((r) => r.key === key);
const plain = { newTab: false, signInAgain: false };
const shift = { newTab: false, signInAgain: true };

describe('picking a row', () => {
  it('goes to the base session’s tab from its row, with no switch', () => {
    expect(rows.map((r) => r.key)).toEqual(['signed-in', 'signed-in:base', 'admin', 'dev', 'classic']);
    expect(pickAction(row(rows, 'signed-in:base'), plain, view)).toEqual({ kind: 'focus', key: 'aws/aaaaaaaa' });
    expect(pickAction(row(rows, 'signed-in:base'), shift, view)).toEqual({ kind: 'focus', key: 'aws/aaaaaaaa' });
  });

  it('goes to a "Signed in now" entry’s session rather than switching to it', () => {
    expect(pickAction(row(rows, 'admin'), plain, view)).toEqual({ kind: 'focus', key: 'aws/bbbbbbbb' });
    // Found by a search it is a switch, which the background turns into the same reuse.
    expect(pickAction(row(found, 'admin'), plain, view)).toEqual({ kind: 'switch', id: 'admin', newTab: false });
  });

  it('asks before signing a multi-session entry in again, wherever its row is', () => {
    expect(pickAction(row(rows, 'admin'), shift, view)).toEqual({ kind: 'confirm', id: 'admin' });
    expect(pickAction(row(found, 'admin'), shift, view)).toEqual({ kind: 'confirm', id: 'admin' });
  });

  it('signs a classic console’s entry in again at once, naming its session; other entries switch as always', () => {
    // Not in the section: a classic console has one identity, the one the header shows.
    expect(pickAction(row(rows, 'classic'), shift, view)).toEqual({ kind: 'switch', id: 'classic', newTab: false, signInAgain: sessions[2]!.key });
    expect(pickAction(row(rows, 'dev'), shift, view)).toEqual({ kind: 'switch', id: 'dev', newTab: false });
    expect(pickAction(row(rows, 'dev'), { newTab: true, signInAgain: false }, view)).toEqual({ kind: 'switch', id: 'dev', newTab: true });
  });

  it('does nothing on a header or no row', () => {
    expect(pickAction(row(rows, 'signed-in'), plain, view)).toBeUndefined();
    expect(pickAction(undefined, plain, view)).toBeUndefined();
  });
});
