// The popup's session parts as a person reads them, rendered without a browser: these components
// are plain functions of their props, so the tree they return is walked here
// (ui/render-tree.test-support.ts, shared with the welcome page's test).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { entry, report, role, user } from '../core/sessions/fixtures';
import { forgetTab, recordPage, type PageReport, type Session } from '../core/sessions/session-list';
import { sessionsView } from '../core/sessions/session-view';
import { all, byTestId, renderTree } from '../ui/render-tree.test-support';

vi.mock('../platform/i18n', () => ({
  uiLanguage: () => 'en',
  t: (key: string, substitutions?: string | string[]) => {
    const messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return (messages[key]?.message ?? key).replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  },
}));

const { SessionMark, SessionsCount } = await import('./session-mark');
const { originOf, SessionLimit, SwitchOriginLine } = await import('./switch-origin-line');
const { BaseSessionRow } = await import('./base-session-row');
const { SignInAgainView, dialogKeyDown } = await import('./sign-in-again');


const NOW = 1_000_000_000;
const record = (...reports: PageReport[]): Session[] => reports.reduce<Session[]>((list, r) => recordPage(list, r), []);
const entries = [entry('admin', 'Admin', { label: 'Prod admin' }), entry('ro', 'ReadOnly', { label: 'Prod read-only' }), entry('dev', 'Developer', { label: 'Development' })];
const three = record(report(1, NOW, user('aaaaaaaa')), report(2, NOW, role('Admin', 'bbbbbbbb')), report(3, NOW, role('Admin', 'bbbbbbbb')), report(4, NOW - 300_000, role('ReadOnly', 'cccccccc')));

describe('the signed-in mark and the count', () => {
  it('says how many tabs, or when it was seen, or that it may have expired', () => {
    expect(renderTree(<SessionMark session={three[1]!} now={NOW} />)[0]).toMatchObject({ text: 'Signed in · 2 tabs', props: { 'data-testid': 'signed-in-mark' } });
    expect(renderTree(<SessionMark session={forgetTab(three, 4)[2]!} now={NOW} />)[0]!.text).toBe('Signed in · seen 5 minutes ago');
    expect(renderTree(<SessionMark session={three[2]!} now={NOW + 2 * 3_600_000} />)[0]!.text).toBe('Signed in · possibly expired (seen 2 hours ago)');
  });
  it('counts the sessions in use out of five, and only when some are', () => {
    const view = sessionsView({ sessions: three, now: NOW }, entries);
    expect(byTestId(renderTree(<SessionsCount usage={view.usage} />), 'sessions-count')[0]!.text).toBe('3 of 5 sessions');
    expect(renderTree(<SessionsCount usage={undefined} />)).toEqual([]);
  });
  it('names the base session’s user on its row', () => {
    const tree = renderTree(<BaseSessionRow session={three[0]!} now={NOW} hideAccountIds={false} selected={false} top={0} onPick={() => {}} onHover={() => {}} />);
    expect(tree[0]!.props.id).toBe('signed-in-base');
    expect(tree[0]!.text).toContain('Your base session (alice)');
    expect(byTestId(tree, 'signed-in-mark')[0]!.text).toBe('Signed in · 1 tab');
  });
});

describe('where the switch comes from', () => {
  /** What the popup draws for the selected entry: the limit warning (if any), then the origin line. */
  const line = (sessions: Session[], target = entries[2]!, currentKey?: string, onSwitchAnyway = () => {}) => {
    const view = sessionsView({ sessions, now: NOW, currentKey }, entries);
    const origin = originOf(target, view, entries, []);
    return renderTree(<>
      <SessionLimit origin={origin} view={view} entries={entries} onSwitchAnyway={onSwitchAnyway} />
      {origin && <SwitchOriginLine origin={origin} entry={target} entries={entries} bases={[]} />}
    </>);
  };

  it('says a signed-in entry opens its tab, and another comes from the base session', () => {
    expect(byTestId(line(three, entries[0]), 'switch-origin')[0]!.text).toBe('Opens its signed-in tab');
    expect(byTestId(line(three, entries[2], 'aws/bbbbbbbb'), 'switch-origin')[0]!.text).toBe('From your base session (alice)');
    expect(byTestId(line(three), 'session-limit')).toEqual([]);
  });
  it('says nothing while no session is known', () => expect(line([])).toEqual([]));
  it('warns before a switch with all five in use, naming the idle sessions', () => {
    const five = forgetTab(record(...three.flatMap((s) => s.tabs.map((t) => report(t.tabId, s.lastSeen, s.identity))),
      report(5, NOW, role('Ops', 'dddddddd')), report(6, NOW, role('Dev', 'eeeeeeee', '444444444444'))), 4);
    const tree = line(five);
    expect(byTestId(tree, 'switch-origin')[0]!.text).toBe('All 5 sessions are in use');
    expect(byTestId(tree, 'session-limit')[0]!.text).toContain('Sign out of one that is not in use first (no open tab): Prod read-only.');
    // Said whichever entry is selected: a signed-in one, which needs no new session, too.
    expect(byTestId(line(five, entries[0]), 'switch-origin')[0]!.text).toBe('Opens its signed-in tab');
    expect(byTestId(line(five, entries[0]), 'session-limit')[0]!.text).toContain('Prod read-only');
  });
  it('lets the user switch anyway when the switch needs a new session, saying AWS decides', () => {
    const five = record(report(1, NOW, user('aaaaaaaa')), report(2, NOW, role('Admin', 'bbbbbbbb')), report(3, NOW, role('ReadOnly', 'cccccccc')),
      report(5, NOW, role('Ops', 'dddddddd')), report(6, NOW, role('Dev', 'eeeeeeee', '444444444444')));
    const onSwitchAnyway = vi.fn();
    const warning = byTestId(line(five, entries[2], undefined, onSwitchAnyway), 'session-limit')[0]!;
    // None idle: every session in use is named.
    expect(warning.text).toContain('each with an open tab');
    expect(warning.text).toContain('some may have ended since without its knowing');
    const button = byTestId([warning], 'switch-anyway')[0]!;
    expect(button.text).toBe('Switch anyway');
    (button.props.onClick as () => void)();
    expect(onSwitchAnyway).toHaveBeenCalledOnce();
    // A signed-in entry needs no new session: nothing to go past.
    expect(byTestId(line(five, entries[0], undefined, onSwitchAnyway), 'switch-anyway')).toEqual([]);
  });
});

describe('the question before signing in again', () => {
  const key = (k: string, repeat = false) => ({ key: k, repeat, preventDefault: vi.fn(), stopPropagation: vi.fn() });

  it('names the tabs that would be signed out, and opens with the focus on Cancel, not on signing in', () => {
    const focusRef = { current: null };
    const tree = renderTree(<SignInAgainView entry={entries[0]!} session={three[1]!} titles={{ 2: 'S3 Management Console' }} focusRef={focusRef} onConfirm={() => {}} onCancel={() => {}} />);
    const dialog = byTestId(tree, 'sign-in-again')[0]!;
    expect(dialog.text).toContain('Sign in as Prod admin again?');
    expect(dialog.text).toContain('S3 Management Console');
    expect(dialog.text).toContain('Untitled console tab');
    const buttons = all(tree).filter((e) => e.type === 'button');
    expect(buttons.map((b) => b.text)).toEqual(['Cancel', 'Sign in again']);
    expect(buttons.find((b) => b.props.ref === focusRef)?.text).toBe('Cancel');
  });

  it('ignores the auto-repeated Enter of the Shift+Enter that opened it, and Escape cancels', () => {
    const onCancel = vi.fn();
    const held = key('Enter', true);
    dialogKeyDown(held, onCancel);
    // Cancelled, so the focused button is not activated by it; nothing answered.
    expect(held.preventDefault).toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    const pressed = key('Enter');
    dialogKeyDown(pressed, onCancel);
    expect(pressed.preventDefault).not.toHaveBeenCalled(); // a new press activates the focused button
    dialogKeyDown(key('Escape'), onCancel);
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
