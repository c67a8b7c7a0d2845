import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_WATCH_KEY } from '../core/store/storage-keys';
import { isWatching } from '../core/switch/sign-in-watch';

// Storage, replaced (as in sign-in-page.test.ts): the armed switch lives only in storage, so a
// service worker stopped between arming and claiming remembers it all the same.
const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
const area = storage.area;
vi.mock('../platform/storage', () => storage.module);

const { armSwitchPage, claimArmedSwitch, forgetTab, recordAttempt, recordRefusal } = await import('./pending-switches');

const target = { label: 'Prod admin', partition: 'aws' as const, account: '123456789012', roleName: 'Admin' };
const TAB = 7;
const PAGE = 'https://signin.aws.amazon.com/switchrole?account=123456789012&roleName=Admin&displayName=Prod%20admin';
const NOW = 1_800_000_000_000;
const MINUTE = 60_000;

beforeEach(() => storage.reset());

describe('the prefilled switch page Switchyard opened is confirmed', () => {
  it('in the tab it was opened in, at that exact address', async () => {
    await armSwitchPage(TAB, PAGE, target, NOW);
    expect(await claimArmedSwitch(TAB, PAGE, NOW + 1_000)).toEqual(target);
  });

  it('once: a reload or a second visit of the same page is left to the user', async () => {
    await armSwitchPage(TAB, PAGE, target, NOW);
    await claimArmedSwitch(TAB, PAGE, NOW + 1_000);
    expect(await claimArmedSwitch(TAB, PAGE, NOW + 2_000)).toBeUndefined();
  });

  it('not in another tab, even at the same address', async () => {
    await armSwitchPage(TAB, PAGE, target, NOW);
    expect(await claimArmedSwitch(TAB + 1, PAGE, NOW + 1_000)).toBeUndefined();
  });

  it('not at another address in that tab (another role, a link someone crafted), and the arming is spent', async () => {
    await armSwitchPage(TAB, PAGE, target, NOW);
    expect(await claimArmedSwitch(TAB, PAGE.replace('Admin', 'Other'), NOW + 1_000)).toBeUndefined();
    expect(await claimArmedSwitch(TAB, `${PAGE}&x=1`, NOW + 1_000)).toBeUndefined();
    await armSwitchPage(TAB, PAGE, target, NOW);
    expect(await claimArmedSwitch(TAB, 'https://signin.aws.amazon.com/switchrole', NOW + 1_000)).toBeUndefined();
    expect(await claimArmedSwitch(TAB, PAGE, NOW + 2_000)).toBeUndefined();
  });

  it('only within two minutes of opening it', async () => {
    await armSwitchPage(TAB, PAGE, target, NOW);
    expect(await claimArmedSwitch(TAB, PAGE, NOW + 2 * MINUTE)).toBeUndefined();
    await armSwitchPage(TAB, PAGE, target, NOW);
    expect(await claimArmedSwitch(TAB, PAGE, NOW + 2 * MINUTE - 1)).toEqual(target);
  });

  it('not when what storage holds for the tab is not a whole arming', async () => {
    area('session').set(`armed:${TAB}`, { url: PAGE, target });
    expect(await claimArmedSwitch(TAB, PAGE, NOW)).toBeUndefined();
    area('session').set(`armed:${TAB}`, { url: PAGE, expiresAt: NOW + MINUTE, target: { label: 'Prod admin' } });
    expect(await claimArmedSwitch(TAB, PAGE, NOW)).toBeUndefined();
  });

  it('arming makes sign-in pages ask about themselves for a while, and only for a while', async () => {
    await armSwitchPage(TAB, PAGE, target, NOW);
    const until = area('local').get(SIGN_IN_WATCH_KEY);
    expect(isWatching(until, NOW + MINUTE)).toBe(true);
    expect(isWatching(until, NOW + 10 * MINUTE)).toBe(false);
  });

  it('is armed even when storage.local fails (the sign-in watch is best-effort)', async () => {
    storage.failing.add('local');
    await armSwitchPage(TAB, PAGE, target, NOW);
    expect(await claimArmedSwitch(TAB, PAGE, NOW + 1_000)).toEqual(target);
  });
});

describe('a closed tab', () => {
  it('leaves nothing behind in storage.session, and nothing of another tab is touched', async () => {
    await armSwitchPage(TAB, PAGE, target, NOW);
    await recordAttempt(TAB, target, NOW);
    await recordRefusal(TAB, { ...target, postedAt: NOW }, NOW);
    await recordAttempt(TAB, target, NOW);
    await armSwitchPage(TAB + 1, PAGE, target, NOW);
    await forgetTab(TAB);
    expect([...area('session').keys()]).toEqual([`armed:${TAB + 1}`]);
  });
});
