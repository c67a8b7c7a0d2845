import { beforeEach, describe, expect, it, vi } from 'vitest';

// Storage and tabs, replaced: the background's memory is whatever storage holds (the service
// worker may be stopped between any two messages), and the test says whether the tab stays.
const fake = vi.hoisted(() => ({ stays: true }));
const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
vi.mock('../platform/storage', () => storage.module);
vi.mock('../platform/tabs', () => ({ tabStaysOn: async () => fake.stays }));

const { signInPageAction } = await import('./sign-in-page');
const { armSwitchPage, readTabRefusal, recordAttempt } = await import('./pending-switches');

const target = { label: 'Prod admin', partition: 'aws' as const, account: '123456789012', roleName: 'Admin' };
const TAB = 7;
const PAGE = 'https://signin.aws.amazon.com/switchrole?account=123456789012&roleName=Admin';
const ANSWER = 'https://signin.aws.amazon.com/switchrole';

beforeEach(() => {
  storage.reset();
  fake.stays = true;
});

describe('signInPageAction', () => {
  it('confirms the armed switch page once, then explains the page its post led to, whatever it looks like', async () => {
    await armSwitchPage(TAB, PAGE, target);
    expect(await signInPageAction(TAB, PAGE, { hasSwitchForm: true, navigatedAt: Date.now() })).toEqual({ kind: 'confirm' });
    expect(await signInPageAction(TAB, ANSWER, { hasSwitchForm: false, navigatedAt: Date.now() })).toEqual({ kind: 'explain', label: 'Prod admin' });
    expect(await readTabRefusal(TAB)).toMatchObject({ label: 'Prod admin', roleName: 'Admin' });
    // One post, one explanation.
    expect(await signInPageAction(TAB, ANSWER, { hasSwitchForm: false, navigatedAt: Date.now() })).toEqual({ kind: 'none' });
  });

  it('does not explain an armed switch page that was not confirmed (nothing was posted)', async () => {
    await armSwitchPage(TAB, PAGE, target);
    expect(await signInPageAction(TAB, 'https://signin.aws.amazon.com/signin?x=1', { hasSwitchForm: false, navigatedAt: Date.now() })).toEqual({ kind: 'none' });
    expect(await readTabRefusal(TAB)).toBeUndefined();
  });

  it('passes over a page the tab is leaving, and explains the one where it stays', async () => {
    await recordAttempt(TAB, target);
    fake.stays = false;
    expect(await signInPageAction(TAB, ANSWER, { hasSwitchForm: false, navigatedAt: Date.now() })).toEqual({ kind: 'none' });
    expect(await readTabRefusal(TAB)).toBeUndefined();
    fake.stays = true;
    expect(await signInPageAction(TAB, 'https://signin.aws.amazon.com/signin', { hasSwitchForm: false, navigatedAt: Date.now() })).toEqual({ kind: 'explain', label: 'Prod admin' });
  });

  it('explains nothing in another tab, nor a page that is not on a sign-in host', async () => {
    await recordAttempt(TAB, target);
    expect(await signInPageAction(TAB + 1, ANSWER, { hasSwitchForm: true, navigatedAt: Date.now() })).toEqual({ kind: 'none' });
    expect(await signInPageAction(TAB, 'https://signin.evil.example/switchrole', { hasSwitchForm: true, navigatedAt: Date.now() })).toEqual({ kind: 'none' });
  });

  it('a new switch in the tab ends what it said of the last one', async () => {
    await recordAttempt(TAB, target);
    await signInPageAction(TAB, ANSWER, { hasSwitchForm: true, navigatedAt: Date.now() });
    expect(await readTabRefusal(TAB)).toBeDefined();
    await recordAttempt(TAB, { ...target, label: 'Other' });
    expect(await readTabRefusal(TAB)).toBeUndefined();
  });
});
