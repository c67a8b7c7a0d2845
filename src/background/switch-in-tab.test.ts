import { beforeEach, describe, expect, it, vi } from 'vitest';

// Storage (one area may fail), the console tab and its content script, replaced.
const fake = vi.hoisted(() => ({
  post: async (): Promise<unknown> => ({ kind: 'posted' }),
  posted: 0,
  payload: undefined as unknown,
}));
const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
vi.mock('../platform/storage', () => storage.module);
vi.mock('./console-page', () => ({
  readConsoleTab: async () => ({
    page: { url: 'https://us-east-1.console.aws.amazon.com/console/home', csrfFound: true },
    state: { reading: {} },
    readId: 12,
  }),
}));
vi.mock('../platform/messaging', () => ({
  sendToTab: async (_tabId: number, _type: string, payload: unknown) => {
    fake.posted += 1;
    fake.payload = payload;
    return fake.post();
  },
}));

const { switchInTab } = await import('./switch-in-tab');
const { readTabAttempt } = await import('./pending-switches');

const profile = { id: 'p1', label: 'Prod admin', partition: 'aws' as const, account: '123456789012', roleName: 'Admin', rolePath: '/', color: '', region: '' } as Parameters<typeof switchInTab>[1];
const TAB = 7;

beforeEach(() => {
  storage.reset();
  fake.post = async () => ({ kind: 'posted' });
  fake.posted = 0;
});

describe('switchInTab (classic)', () => {
  it('still posts the switch when storage.local fails (the sign-in watch is best-effort)', async () => {
    storage.failing.add('local');
    expect(await switchInTab(TAB, profile)).toEqual({ kind: 'posted' });
    expect(fake.posted).toBe(1);
    expect(await readTabAttempt(TAB)).toMatchObject({ label: 'Prod admin' });
  });

  it('posts with the id of the read it switched from (the page fills in that read\'s token)', async () => {
    expect(await switchInTab(TAB, profile)).toEqual({ kind: 'posted' });
    expect(fake.payload).toMatchObject({ readId: 12, form: { fields: expect.arrayContaining([['csrf', '']]) } });
  });

  it('does not take a failure of its own storage for a tab without a content script', async () => {
    storage.failing.add('session');
    await expect(switchInTab(TAB, profile)).rejects.toThrow('storage.session failed');
    expect(fake.posted).toBe(0);
  });

  it('forgets the attempt when the content script does not answer the post', async () => {
    fake.post = async () => {
      throw new Error('no receiving end');
    };
    expect(await switchInTab(TAB, profile)).toMatchObject({ kind: 'console-changed' });
    expect(await readTabAttempt(TAB)).toBeUndefined();
  });
});
