import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../core/sessions/session-list';
import { SESSIONS_KEY } from '../core/store/storage-keys';

// The background's switch flow as it is, in a fake browser (session-world.test-support.ts): console
// tabs of a multi-session console (the base user's and roles' sessions), their content scripts,
// and what the background opens, focuses and sends.
const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
const world = await vi.hoisted(async () => (await import('./session-world.test-support')).fakeWorld());
vi.mock('../platform/storage', () => storage.module);
vi.mock('../platform/tabs', () => world.tabs);
vi.mock('../platform/tabs-matching', () => world.matching);
vi.mock('../platform/messaging', () => world.messaging);
const store = vi.hoisted(() => ({ entries: [] as unknown[] }));
vi.mock('../platform/store', () => ({
  loadStore: async () => ({ catalog: [], data: { usage: {}, favourites: ['adm'], bases: [{ name: 'corp', account: '111122223333', partition: 'aws' }] } }),
  allEntries: () => store.entries,
  updateStore: async () => ({ ok: true }),
}));

const { BASE_ACCOUNT, ROLE_ACCOUNT, sessionHost } = await import('./session-world.test-support');
const { switchProfile } = await import('./switch-profile');
const { runCommand } = await import('./keyboard-commands');
const { readSessions } = await import('./session-store');

const entry = (id: string, roleName: string, base = 'corp') => ({ id, label: `${roleName} entry`, partition: 'aws', account: ROLE_ACCOUNT, roleName, rolePath: '/', base });
store.entries = [entry('adm', 'Admin'), entry('dev', 'Developer'), entry('dep', 'Deploy'), { ...entry('rel', 'Release', 'dep'), rolePath: '/team/' }];

const BASE = 'basebase';
const url = (differentiator: string, account = ROLE_ACCOUNT, path = '/ec2/home?region=us-east-1', region = 'us-east-1') => `https://${sessionHost(account, differentiator, region)}${path}`;
const baseTab = (id = 1, path?: string) => world.add({ id, url: url(BASE, BASE_ACCOUNT, path), who: { user: 'alice' }, differentiator: BASE, title: 'Base console' });
const roleTab = (id: number, role: string, differentiator: string, path?: string, region?: string) =>
  world.add({ id, url: url(differentiator, ROLE_ACCOUNT, path, region), who: { role }, differentiator, title: `${role} console` });

const tabOf = async (id: number) => (await world.tabs.tabById(id))!;
/** The tabs the user has open were read once (as the popup's getSessions would). */
const seen = async () => (await import('./live-sessions')).liveSessions();
const bodyOf = (i = 0) => JSON.parse(world.state.sent[i]!.request.body) as { roleName: string; redirectUri: string };

beforeEach(() => {
  storage.reset();
  world.reset();
});

describe('a signed-in entry is reused, not signed in again', () => {
  it('focuses its session tab on the same service and region as the starting tab, and sends nothing', async () => {
    baseTab(1, '/s3/home?region=eu-west-1');
    roleTab(2, 'Admin', 'admin001', '/ec2/home?region=us-east-1');
    roleTab(3, 'Admin', 'admin001', '/s3/home?region=eu-west-1');
    await seen();
    const outcome = await switchProfile('adm', await tabOf(1));
    expect(outcome).toEqual({ kind: 'focused', url: url('admin001', ROLE_ACCOUNT, '/s3/home?region=eu-west-1') });
    expect(world.state.focused).toEqual([3]);
    expect(world.state.sent).toEqual([]);
    expect(world.state.opened).toEqual([]);
  });

  it('opens its console on its own subdomain when none of its tabs is open', async () => {
    baseTab(1, '/s3/home?region=us-east-1');
    roleTab(2, 'Admin', 'admin001');
    await seen();
    world.state.tabs.delete(2);
    const outcome = await switchProfile('adm', await tabOf(1));
    const expected = url('admin001', ROLE_ACCOUNT, '/s3/home?region=us-east-1');
    expect(outcome).toEqual({ kind: 'opened', url: expected });
    expect(world.state.opened.map((o) => o.url)).toEqual([expected]);
    expect(world.state.sent).toEqual([]);
  });

  it('is done the same from a keyboard command (a favourite)', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001');
    await seen();
    world.state.tabs.delete(1); // the active tab is now the Admin tab itself
    await runCommand('favourite-1');
    expect(world.state.focused).toEqual([2]);
    expect(world.state.sent).toEqual([]);
  });

  it('signs in again when the user confirmed it', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001');
    await seen();
    // Confirmed for another session: this one is still reused.
    expect((await switchProfile('adm', await tabOf(1), false, undefined, { signInAgain: 'aws/other001' })).kind).toBe('focused');
    const outcome = await switchProfile('adm', await tabOf(1), false, undefined, { signInAgain: 'aws/admin001' });
    expect(outcome.kind).toBe('opened');
    expect(world.state.sent.map((s) => s.tabId)).toEqual([1]);
    expect(world.state.focused).toEqual([2]);
  });

  it('never signs in again without asking: a tab showing no one (signed out, or not loaded yet) is focused', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001');
    await seen();
    world.state.tabs.get(2)!.who = 'signed-out';
    const outcome = await switchProfile('adm', await tabOf(1));
    expect(outcome.kind).toBe('focused');
    expect(world.state.focused).toEqual([2]);
    expect(world.state.sent).toEqual([]);
    expect(world.state.opened).toEqual([]);
  });

  it('does not wait for good on a frozen tab: its read is bounded, and its host says whose it is', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001');
    await seen();
    world.state.tabs.get(2)!.frozen = true;
    expect((await switchProfile('adm', await tabOf(1))).kind).toBe('focused');
    expect(world.state.focused).toEqual([2]);
  });

  it('switches as usual when its classic tab now surely shows someone else', async () => {
    world.add({ id: 5, url: 'https://us-east-1.console.aws.amazon.com/ec2/home', who: { role: 'Admin' } });
    await seen();
    world.state.tabs.get(5)!.who = { role: 'Developer' };
    await switchProfile('adm', await tabOf(5));
    expect(world.state.focused).toEqual([]);
    expect(world.state.posted).toEqual([5]);
  });
});

describe('a session that may have expired (its page loaded over an hour ago)', () => {
  const old = () => Date.now() - 2 * 60 * 60 * 1000;

  it('is not reused once its tabs are closed: the switch goes out as usual', async () => {
    baseTab(1);
    world.add({ ...roleTab(2, 'Admin', 'admin001'), loadedAt: old() });
    await seen();
    await seen(); // read again: still as old as its page
    world.state.tabs.delete(2);
    const outcome = await switchProfile('adm', await tabOf(1));
    expect(outcome.kind).toBe('opened');
    expect(world.state.sent.map((s) => s.tabId)).toEqual([1]);
    expect(bodyOf().roleName).toBe('Admin');
  });

  it('still has its open tab focused (the user sees what it shows)', async () => {
    baseTab(1);
    world.add({ ...roleTab(2, 'Admin', 'admin001'), loadedAt: old() });
    await seen();
    expect((await switchProfile('adm', await tabOf(1))).kind).toBe('focused');
    expect(world.state.focused).toEqual([2]);
    expect(world.state.sent).toEqual([]);
  });
});

describe('a switch from a role’s tab goes out from the base session', () => {
  it('skips a frozen base tab after a bounded wait and uses the switch page', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001');
    await seen();
    world.state.tabs.get(1)!.frozen = true;
    const outcome = await switchProfile('dev', await tabOf(2));
    expect(outcome.kind).toBe('switch-page');
    expect(world.state.sent).toEqual([]);
  });

  it('is sent through an open base session tab, landing on the page it was started from', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001', '/lambda/home?region=us-east-1');
    const outcome = await switchProfile('dev', await tabOf(2));
    expect(world.state.sent.map((s) => s.tabId)).toEqual([1]);
    expect(world.state.sent[0]!.request.url).toContain(`/sessions/${BASE}/`);
    expect(bodyOf()).toMatchObject({ roleName: 'Developer', redirectUri: 'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1' });
    expect(outcome.kind).toBe('opened');
  });

  it('opens the prefilled switch page when no base session tab is open', async () => {
    roleTab(2, 'Admin', 'admin001');
    const outcome = await switchProfile('dev', await tabOf(2));
    expect(world.state.sent).toEqual([]);
    expect(outcome).toMatchObject({ kind: 'switch-page' });
    expect(outcome.kind === 'switch-page' && new URL(outcome.url).searchParams.get('roleName')).toBe('Developer');
  });

  it('goes from the base tab itself as before', async () => {
    baseTab(1);
    await switchProfile('dev', await tabOf(1));
    expect(world.state.sent.map((s) => s.tabId)).toEqual([1]);
  });

  it('keeps a classic console as it was: the console’s own form, posted in the tab', async () => {
    world.add({ id: 5, url: 'https://us-east-1.console.aws.amazon.com/ec2/home', who: { role: 'Admin' } });
    expect(await switchProfile('dev', await tabOf(5))).toEqual({ kind: 'posted' });
    expect(world.state.posted).toEqual([5]);
  });
});

describe('a chained entry goes out from its source role’s session', () => {
  it('is sent from the source role’s tab', async () => {
    baseTab(1);
    roleTab(4, 'Deploy', 'deploy01');
    await seen();
    await switchProfile('rel', await tabOf(1));
    expect(world.state.sent.map((s) => s.tabId)).toEqual([4]);
    expect(bodyOf().roleName).toBe('team/Release');
  });

  it('explains a refusal: the session it came from, and what the target’s trust policy must allow', async () => {
    baseTab(1);
    roleTab(4, 'Deploy', 'deploy01');
    await seen();
    world.state.reply = () => ({ status: 200, body: JSON.stringify({ errorCode: 'UNAUTHORIZED' }) });
    const outcome = await switchProfile('rel', await tabOf(1));
    expect(outcome).toMatchObject({ kind: 'refused', issue: { code: 'errChainRefused' } });
    const issue = outcome.kind === 'refused' ? outcome.issue : undefined;
    expect(issue?.params).toEqual(['Release entry', 'Deploy', ROLE_ACCOUNT, 'Release', `arn:aws:iam::${ROLE_ACCOUNT}:role/Deploy`]);
  });

  it('signs the source role in first (from the base), waits for its tab, then switches from it', async () => {
    baseTab(1);
    await seen();
    const deployHost = sessionHost(ROLE_ACCOUNT, 'deploy01');
    const releaseHost = sessionHost(ROLE_ACCOUNT, 'release1');
    world.state.reply = (sent) => ({
      status: 200,
      body: JSON.stringify({ destination: `https://${sent.tabId === 1 ? deployHost : releaseHost}/console/home` }),
    });
    world.state.onOpen = (opened) => (opened.includes(deployHost) ? { who: { role: 'Deploy' }, differentiator: 'deploy01' } : {});
    const outcome = await switchProfile('rel', await tabOf(1), false, undefined);
    expect(world.state.sent.map((s) => JSON.parse(s.request.body).roleName)).toEqual(['Deploy', 'team/Release']);
    const [first, second] = world.state.opened;
    expect(first).toMatchObject({ url: `https://${deployHost}/console/home`, active: false });
    expect(world.state.sent[1]!.tabId).toBe(first!.id);
    expect(second).toMatchObject({ url: `https://${releaseHost}/console/home`, active: true });
    expect(outcome).toEqual({ kind: 'opened', url: `https://${releaseHost}/console/home` });
  });

  it('says so when the source role’s page does not answer in time', async () => {
    baseTab(1);
    await seen();
    const outcome = await (await import('./session-switch')).sessionSwitch(
      store.entries[3] as never,
      { tab: await tabOf(1), newTab: false, entries: store.entries as never, bases: [{ name: 'corp', account: BASE_ACCOUNT, partition: 'aws' }], chainStartMs: 50 },
      (await import('./switch-profile')).plainSwitch,
    );
    expect(outcome).toMatchObject({ kind: 'failed', issue: { code: 'errChainStartTimeout', params: ['Deploy entry', 'Release entry', '1'] } });
  });
});

describe('the five-session limit', () => {
  const five = async () => {
    baseTab(1);
    ['Admin', 'Viewer', 'Ops', 'Audit'].forEach((role, i) => roleTab(2 + i, role, `sess000${i}`));
    await seen();
    world.state.tabs.delete(3); // Viewer's tab closed: its session is idle
  };

  it('is said before anything is sent, naming the idle sessions', async () => {
    await five();
    const outcome = await switchProfile('dev', await tabOf(1));
    expect(outcome).toMatchObject({ kind: 'refused', issue: { code: 'errSessionLimit', params: ['5', `Viewer (${ROLE_ACCOUNT})`] } });
    expect(world.state.sent).toEqual([]);
    expect(world.state.opened).toEqual([]);
  });

  it('counts only live sessions: a role whose page loaded over an hour ago does not fill it', async () => {
    baseTab(1);
    ['Admin', 'Viewer', 'Ops', 'Audit'].forEach((role, i) => roleTab(2 + i, role, `sess000${i}`));
    world.state.tabs.get(3)!.loadedAt = Date.now() - 2 * 60 * 60 * 1000; // Viewer: still open, possibly expired
    await seen();
    expect((await switchProfile('dev', await tabOf(1))).kind).toBe('opened');
    expect(bodyOf().roleName).toBe('Developer');
  });

  it('can be gone past when the user chooses (pastLimit): the switch is sent and AWS decides', async () => {
    await five();
    const outcome = await switchProfile('dev', await tabOf(1), false, undefined, { pastLimit: true });
    expect(outcome.kind).toBe('opened');
    expect(world.state.sent.map((s) => s.tabId)).toEqual([1]);
  });

  it('explains AWS’s own refusal the same way', async () => {
    baseTab(1);
    world.state.reply = () => ({ status: 400, body: JSON.stringify({ errorCode: 'SESSION_LIMIT_EXCEEDED' }) });
    const outcome = await switchProfile('dev', await tabOf(1));
    expect(outcome).toMatchObject({ kind: 'refused', issue: { code: 'errSessionLimitBusy' } });
  });
});

describe('focusSession (the popup’s “Signed in now” rows)', () => {
  const focus = async (key: string, from: number) => (await import('./session-reuse')).focusSession(key, await tabOf(from));

  it('brings a tab of that session to the front, signing nothing in', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001');
    await seen();
    expect(await focus('aws/basebase', 2)).toMatchObject({ kind: 'focused' });
    expect(world.state.focused).toEqual([1]);
    expect(world.state.sent).toEqual([]);
  });

  it('opens its console on its own subdomain when none of its tabs is open', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001', '/s3/home?region=us-east-1');
    await seen();
    world.state.tabs.delete(1);
    const expected = url(BASE, BASE_ACCOUNT, '/s3/home?region=us-east-1');
    expect(await focus('aws/basebase', 2)).toEqual({ kind: 'opened', url: expected });
    expect(world.state.opened.map((o) => o.url)).toEqual([expected]);
  });

  it('fails, saying so, for a session it does not know', async () => {
    baseTab(1);
    await seen();
    expect(await focus('aws/gone0001', 1)).toMatchObject({ kind: 'failed', issue: { code: 'errSessionGone' } });
    expect(world.state.opened).toEqual([]);
  });
});

describe('the list of sessions', () => {
  it('is kept from the pages read, in storage.session', async () => {
    baseTab(1);
    roleTab(2, 'Admin', 'admin001');
    await switchProfile('dev', await tabOf(1));
    const kept = storage.area('session').get(SESSIONS_KEY) as Session[];
    expect(kept.map((s) => [s.key, s.tabs.map((t) => t.tabId)])).toEqual([['aws/basebase', [1]], ['aws/admin001', [2]]]);
    expect((await readSessions()).find((s) => s.key === 'aws/admin001')?.label).toBe(`${ROLE_ACCOUNT}-admin001`);
  });
});
