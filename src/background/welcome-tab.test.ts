import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WELCOME_SHOWN_KEY } from '../core/store/storage-keys';

// The install flow with the browser replaced: storage is a map, the policy answers when the test
// says so (Chromium can take seconds), and opening a tab is counted or made to fail.
const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
vi.mock('../platform/storage', () => storage.module);
const fake = vi.hoisted(() => ({ opened: 0, failOpen: false, policy: Promise.resolve<unknown>(undefined) }));
vi.mock('../platform/storage-areas', () => ({ readPolicyAtInstall: () => fake.policy }));
vi.mock('../platform/welcome-facts', () => ({ extensionUrl: (path: string) => `ext://${path}` }));
vi.mock('../platform/tabs', () => ({
  openTab: async () => {
    if (fake.failOpen) throw new Error('no tab may be opened');
    fake.opened += 1;
  },
}));
// Web Locks as the browser gives them: one holder per name, the rest queued in order.
vi.mock('../platform/locks', () => {
  let tail = Promise.resolve();
  return {
    exclusively: <T>(_name: string, task: () => Promise<T>): Promise<T> => {
      const run = tail.then(task);
      tail = run.then(() => undefined, () => undefined);
      return run;
    },
  };
});

const { welcomeOnInstall } = await import('./welcome-tab');

beforeEach(() => {
  storage.reset();
  fake.opened = 0;
  fake.failOpen = false;
  fake.policy = Promise.resolve(undefined);
});

describe('the welcome page at install', () => {
  it('opens once even when a second install event arrives while the policy is still being read', async () => {
    let answer: (policy: unknown) => void = () => undefined;
    fake.policy = new Promise((resolve) => (answer = resolve));
    const first = welcomeOnInstall('install');
    const second = welcomeOnInstall('install');
    answer(undefined);
    await Promise.all([first, second]);
    expect(fake.opened).toBe(1);
  });

  it('is not marked as shown when its tab could not be opened, so a later install tries again', async () => {
    fake.failOpen = true;
    await expect(welcomeOnInstall('install')).rejects.toThrow('no tab');
    expect(storage.area('local').has(WELCOME_SHOWN_KEY)).toBe(false);
    fake.failOpen = false;
    await welcomeOnInstall('install');
    expect(fake.opened).toBe(1);
  });

  it('stays closed on an update, and when the organisation asks for quiet', async () => {
    await welcomeOnInstall('update');
    fake.policy = Promise.resolve({ suppressWelcome: true });
    await welcomeOnInstall('install');
    expect(fake.opened).toBe(0);
  });
});
