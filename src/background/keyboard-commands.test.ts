import { beforeEach, describe, expect, it, vi } from 'vitest';

// The console tab's content script, replaced by a fake that counts what it is asked: the
// switch flow of the background runs as it is.
const fake = vi.hoisted(() => ({ asked: [] as string[], posted: [] as unknown[] }));
const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
vi.mock('../platform/storage', () => storage.module);
const CONSOLE = 'https://us-east-1.console.aws.amazon.com/console/home?region=us-east-1';
const entry = (id: string, roleName: string) => ({ id, label: id, partition: 'aws', account: '123456789012', roleName, rolePath: '/', color: '', region: '' });
vi.mock('../platform/store', () => ({
  loadStore: async () => ({ data: { usage: { admin: { count: 1, lastUsed: 2 }, dev: { count: 1, lastUsed: 1 } }, favourites: ['dev'] } }),
  allEntries: () => [entry('admin', 'Admin'), entry('dev', 'Developer')],
  updateStore: async () => ({ ok: true }),
}));
vi.mock('../platform/tabs', () => ({ activeTab: async () => ({ id: 7, url: CONSOLE }) }));
vi.mock('../platform/messaging', () => ({
  sendToTab: async (_tabId: number, type: string, payload: unknown) => {
    fake.asked.push(type);
    if (type !== 'readConsole') return (fake.posted.push(payload), { kind: 'posted' });
    // Signed in as the Admin role of the first entry: "previous" is the other one.
    const arn = 'arn:aws:sts::123456789012:assumed-role/Admin/alice';
    const page = { url: CONSOLE, csrfFound: true, signals: { hostname: 'us-east-1.console.aws.amazon.com', userInfoCookie: encodeURIComponent(JSON.stringify({ arn })) }, report: {} };
    return { page, readId: 41 };
  },
}));

const { runCommand } = await import('./keyboard-commands');

beforeEach(() => {
  storage.reset();
  fake.asked = [];
  fake.posted = [];
});

const roleNamePosted = () => (fake.posted[0] as { form: { fields: Array<[string, string]> } }).form.fields.find(([name]) => name === 'roleName')?.[1];

describe('a keyboard switch on a classic console', () => {
  it('reads the page once: "previous" switches from the read that chose the entry', async () => {
    await runCommand('switch-previous');
    expect(fake.asked).toEqual(['readConsole', 'postSwitchForm']);
    expect(roleNamePosted()).toBe('Developer');
    // The post names that read: the page fills in that read's token, not a later read's.
    expect(fake.posted[0]).toMatchObject({ readId: 41 });
  });

  it('reads the page once for a favourite', async () => {
    await runCommand('favourite-1');
    expect(fake.asked).toEqual(['readConsole', 'postSwitchForm']);
    expect(roleNamePosted()).toBe('Developer');
  });
});
