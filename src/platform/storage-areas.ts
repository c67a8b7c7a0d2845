// The browser's storage areas as the store engine wants them (src/core/store/area.ts), plus the
// one lock all of this extension's pages and its service worker share.
import type { ReadOnlyAreaLike, StorageAreaLike, StoreDeps } from '../core/store/area';
import { browser } from './browser';

/** storage.session key that stands in for the enterprise policy in the e2e tests (see
 *  managedArea). Only the extension's own pages and service worker can write storage.session
 *  (content scripts cannot), it lives in memory until the browser closes, and what it holds goes
 *  through the same validation as a real policy and only ever adds read-only entries. */
export const TEST_POLICY_KEY = 'e2eManagedPolicy';

function area(name: 'local' | 'sync'): StorageAreaLike {
  const storage = browser.storage[name];
  return {
    get: (keys) => storage.get(keys),
    set: (items) => storage.set(items),
    remove: (keys) => storage.remove(keys),
  };
}

const managedArea: ReadOnlyAreaLike = {
  async get() {
    const test = (await browser.storage.session.get(TEST_POLICY_KEY))[TEST_POLICY_KEY];
    if (test !== undefined) return test as Record<string, unknown>;
    // Chrome gives {} without a policy; Firefox rejects ("Managed storage manifest not found"),
    // which the store reads as no catalog.
    return browser.storage.managed.get(null);
  },
};

/** Web Locks are shared by every page and worker of the extension's origin: two options pages,
 *  a popup and the service worker saving at once take turns. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('switchyard-store', task) : task();
}

export function storeDeps(): StoreDeps {
  return { local: area('local'), sync: area('sync'), managed: managedArea, exclusive };
}
