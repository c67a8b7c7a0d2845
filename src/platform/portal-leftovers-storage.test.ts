import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PORTAL_GRANTS_KEY, PORTAL_READS_KEY } from '../core/store/storage-keys';

// The real doors' storage: grants in storage.local (they outlive a browser quit, as optional
// permissions do), tabs in storage.session (gone with it). The browser's permissions and tabs, faked.
const storage = await vi.hoisted(async () => (await import('./testing/fake-storage')).fakeStorage());
vi.mock('./storage', () => storage.module);
const browser = vi.hoisted(() => ({ released: [] as unknown[], closed: [] as unknown[] }));
vi.mock('./permissions', () => ({ releasePortalAccess: async (pattern: string, what: unknown) => void browser.released.push([pattern, what]) }));
vi.mock('./scripting', () => ({ closeTabOn: async (tabId: number, origin: string) => void browser.closed.push([tabId, origin]) }));
const { releaseLeftovers, withHeldRead } = await import('./portal-leftovers');

const ORIGIN = 'https://d-1234567890.awsapps.com';
const PATTERN = `${ORIGIN}/*`;
const none = { scripting: false, origin: false };

beforeEach(() => {
  storage.reset();
  browser.released = [];
  browser.closed = [];
});

describe('a portal read cut short by a browser quit or an extension update', () => {
  it('keeps what it was given in storage.local and its tab in storage.session only', async () => {
    let local: unknown;
    let session: unknown;
    await withHeldRead(ORIGIN, PATTERN, none, async (hold) => {
      await hold.opened(42);
      local = storage.area('local').get(PORTAL_GRANTS_KEY);
      session = storage.area('session').get(PORTAL_READS_KEY);
    });
    expect(Object.values(local as object)).toEqual([{ origin: ORIGIN, pattern: PATTERN, release: { scripting: true, origin: true } }]);
    expect(Object.values(session as object)).toEqual([{ tabId: 42, openedAt: expect.any(Number) }]);
    expect([storage.area('local').has(PORTAL_GRANTS_KEY), storage.area('session').has(PORTAL_READS_KEY)]).toEqual([false, false]);
  });

  it('after a restart (storage.session empty), the sweep gives back the grants, and closes no tab by a stale id', async () => {
    storage.area('local').set(PORTAL_GRANTS_KEY, { cut: { origin: ORIGIN, pattern: PATTERN, release: { scripting: true, origin: true } } });
    await releaseLeftovers();
    expect(browser.released).toEqual([[PATTERN, { scripting: true, origin: true }]]);
    expect(browser.closed).toEqual([]);
    expect(storage.area('local').has(PORTAL_GRANTS_KEY)).toBe(false);
  });

  it('without a restart, the tab written down is closed too', async () => {
    storage.area('local').set(PORTAL_GRANTS_KEY, { cut: { origin: ORIGIN, pattern: PATTERN, release: none } });
    storage.area('session').set(PORTAL_READS_KEY, { cut: { tabId: 7, openedAt: 5 } });
    await releaseLeftovers();
    expect(browser.closed).toEqual([[7, ORIGIN]]);
    expect(browser.released).toEqual([]);
  });
});
