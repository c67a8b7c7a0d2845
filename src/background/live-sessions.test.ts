import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../core/sessions/session-list';
import { SESSIONS_KEY } from '../core/store/storage-keys';

// Recording console page reads into the session list, and the getSessions answer, in a fake
// browser (session-world.test-support.ts).
const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
const world = await vi.hoisted(async () => (await import('./session-world.test-support')).fakeWorld());
vi.mock('../platform/storage', () => storage.module);
vi.mock('../platform/tabs', () => world.tabs);
vi.mock('../platform/tabs-matching', () => world.matching);
vi.mock('../platform/messaging', () => world.messaging);

const { BASE_ACCOUNT, ROLE_ACCOUNT, sessionHost } = await import('./session-world.test-support');
const { readConsoleTab, recordTabRead } = await import('./console-page');
const { forgetSessionTab, readSessions } = await import('./session-store');
const { sessionsAnswer } = await import('./live-sessions');

const url = (account: string, differentiator: string, path = '/ec2/home') => `https://${sessionHost(account, differentiator)}${path}`;
const base = (id: number) => world.add({ id, url: url(BASE_ACCOUNT, 'basebase'), who: { user: 'alice' }, differentiator: 'basebase', title: `Base ${id}` });
const admin = (id: number) => world.add({ id, url: url(ROLE_ACCOUNT, 'admin001'), who: { role: 'Admin' }, differentiator: 'admin001', title: `Admin ${id}` });
const tabsOf = (list: Session[]) => Object.fromEntries(list.map((s) => [s.key, s.tabs.map((t) => t.tabId)]));

beforeEach(() => {
  storage.reset();
  world.reset();
});

describe('recording console pages', () => {
  it('records every page the background reads, in storage.session', async () => {
    base(1);
    admin(2);
    await readConsoleTab(1);
    await readConsoleTab(2);
    expect(tabsOf(storage.area('session').get(SESSIONS_KEY) as Session[])).toEqual({ 'aws/basebase': [1], 'aws/admin001': [2] });
  });

  it('takes a tab out of its session when its page says no one is signed in (AWS’s signed-out page)', async () => {
    admin(2);
    admin(3);
    await readConsoleTab(2);
    await readConsoleTab(3);
    world.state.tabs.get(2)!.who = 'signed-out';
    await readConsoleTab(2);
    expect(tabsOf(await readSessions())).toEqual({ 'aws/admin001': [3] });
  });

  it('forgets a closed tab; the session stays, idle', async () => {
    admin(2);
    await readConsoleTab(2);
    await forgetSessionTab(2);
    expect(tabsOf(await readSessions())).toEqual({ 'aws/admin001': [] });
  });

  it('does not keep an incognito tab’s page', async () => {
    world.add({ ...admin(2), incognito: true });
    await readConsoleTab(2);
    expect(await readSessions()).toEqual([]);
  });

  it('still reads the page when storage fails (the list only misses it)', async () => {
    admin(2);
    storage.failing.add('session');
    await expect(readConsoleTab(2)).resolves.toMatchObject({ page: { url: url(ROLE_ACCOUNT, 'admin001') } });
    await expect(recordTabRead(2, { page: { url: 'x' } as never })).resolves.toBeUndefined();
  });

  it('dates a session by its page’s load time: reading an old page again does not make it younger', async () => {
    const loadedAt = Date.now() - 2 * 60 * 60 * 1000;
    world.add({ ...admin(2), loadedAt });
    await readConsoleTab(2);
    await readConsoleTab(2);
    const [session] = await readSessions();
    expect(session).toMatchObject({ key: 'aws/admin001', lastSeen: loadedAt, tabs: [{ tabId: 2, seenAt: loadedAt }] });
  });

  it('never records a tab that closed before its read was recorded (it would stay for good)', async () => {
    admin(2);
    const { page } = await readConsoleTab(2, { record: false });
    world.state.tabs.delete(2);
    await forgetSessionTab(2);
    await recordTabRead(2, { page }, false); // the consolePageOpened path: the sender said regular window
    await recordTabRead(2, { page });
    expect(await readSessions()).toEqual([]);
  });

  it('answers the popup’s header without waiting for the recording', async () => {
    const { tabState } = await import('./tab-state');
    const tab = (await world.tabs.tabById(admin(2).id))!;
    world.state.slowLookups = true; // the recording's own tab check never finishes
    const late = new Promise((resolve) => setTimeout(resolve, 500, 'waited'));
    expect(await Promise.race([tabState(tab), late])).toMatchObject({ kind: 'console', tabId: 2 });
  });

  it('drops idle sessions once they may have expired', async () => {
    admin(2);
    await readConsoleTab(2);
    await forgetSessionTab(2);
    expect(await readSessions(Date.now() + 2 * 60 * 60 * 1000)).toEqual([]);
  });
});

describe('getSessions', () => {
  it('answers the sessions with their open tabs, the tabs’ titles, and the session of the popup’s tab', async () => {
    base(1);
    admin(2);
    const answer = await sessionsAnswer(await world.tabs.tabById(2));
    expect(tabsOf(answer.sessions)).toEqual({ 'aws/basebase': [1], 'aws/admin001': [2] });
    expect(answer.titles).toEqual({ 1: 'Base 1', 2: 'Admin 2' });
    expect(answer.currentKey).toBe('aws/admin001');
    expect(typeof answer.now).toBe('number');
  });

  it('answers no sessions to a popup on an incognito tab (the regular window’s are not its own)', async () => {
    base(1);
    admin(2);
    await sessionsAnswer(undefined);
    const incognito = world.add({ id: 9, url: url(ROLE_ACCOUNT, 'admin001'), who: { role: 'Admin' }, differentiator: 'admin001', incognito: true });
    const answer = await sessionsAnswer({ ...(await world.tabs.tabById(incognito.id))!, incognito: true });
    expect(answer).toMatchObject({ sessions: [], titles: {} });
    expect(answer.currentKey).toBeUndefined();
  });

  it('leaves out tabs that closed, and tabs that moved off their session’s host', async () => {
    base(1);
    admin(2);
    admin(3);
    await sessionsAnswer(undefined);
    world.state.tabs.delete(2);
    // Tab 3 is now on another site: no console page of that session any more.
    world.state.tabs.get(3)!.url = 'https://example.com/';
    const answer = await sessionsAnswer(undefined);
    expect(tabsOf(answer.sessions)).toEqual({ 'aws/basebase': [1], 'aws/admin001': [] });
    expect(answer.titles).toEqual({ 1: 'Base 1' });
    expect(answer.currentKey).toBeUndefined();
  });

  it('writes the checked tabs back: a tab gone off its host no longer keeps an old session in the list', async () => {
    world.add({ ...admin(2), loadedAt: Date.now() - 2 * 60 * 60 * 1000 });
    base(1);
    await sessionsAnswer(undefined);
    world.state.tabs.get(2)!.url = 'https://github.com/';
    await sessionsAnswer(undefined);
    // Stored as checked, then pruned: the Admin session may have expired and shows nowhere.
    expect(tabsOf(storage.area('session').get(SESSIONS_KEY) as Session[])).toEqual({ 'aws/basebase': [1] });
  });

  it('reads the console tabs it did not know of (a page that drew its stored badge never said so)', async () => {
    admin(2);
    await readConsoleTab(2);
    admin(3); // opened since, never reported
    world.add({ id: 4, url: 'https://us-east-1.console.aws.amazon.com/ec2/home' }); // no content script: left out
    expect(tabsOf((await sessionsAnswer(undefined)).sessions)).toEqual({ 'aws/admin001': [2, 3] });
  });

  it('reads a classic console’s tabs again: a switch in any of them changes who is signed in', async () => {
    world.add({ id: 5, url: 'https://us-east-1.console.aws.amazon.com/ec2/home', who: { role: 'Admin' } });
    await readConsoleTab(5);
    world.state.tabs.get(5)!.who = { role: 'Developer' };
    const [classic] = (await sessionsAnswer(undefined)).sessions;
    expect(classic).toMatchObject({ key: 'aws/classic', identity: { roleName: 'Developer' } });
  });
});
