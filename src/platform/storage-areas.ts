// The browser's storage areas as the store engine wants them (src/core/store/area.ts), plus the
// one lock all of this extension's pages and its service worker share.
import type { ReadOnlyAreaLike, StorageAreaLike, StoreDeps } from '../core/store/area';
import { TEST_POLICY_KEY } from '../core/store/storage-keys';
import { browser } from './browser';
import { exclusively } from './locks';

// TEST_POLICY_KEY stands in for the enterprise policy in the e2e tests (see managedArea), in the
// e2e build flavour only (`__SWITCHYARD_E2E__`): what users install has no way to replace the
// organisation's policy, and scripts/build.mjs checks that the key is not in it. What it holds
// goes through the same validation as a real policy.

function area(name: 'local' | 'sync'): StorageAreaLike {
  const storage = browser.storage[name];
  return {
    get: (keys) => storage.get(keys),
    set: (items) => storage.set(items),
    remove: (keys) => storage.remove(keys),
  };
}

const MANAGED_WAIT_MS = 3000;

const managedArea: ReadOnlyAreaLike = {
  async get() {
    if (__SWITCHYARD_E2E__) {
      const test = (await browser.storage.session.get(TEST_POLICY_KEY))[TEST_POLICY_KEY];
      if (test !== undefined) return test as Record<string, unknown>;
    }
    // Chrome gives {} without a policy; Firefox rejects ("Managed storage manifest not found"),
    // which the store reads as no catalog. Chromium's first answer after start-up can take
    // seconds, and now and then never comes: the list must not wait for ever on it, so no answer
    // in time reads as no catalog too (the next change of the list reads it again).
    return Promise.race([
      browser.storage.managed.get(null),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer from managed storage')), MANAGED_WAIT_MS)),
    ]);
  },
};

/** Web Locks are shared by every page and worker of the extension's origin: two options pages,
 *  a popup and the service worker saving at once take turns. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  return exclusively('switchyard-store', task);
}

export function storeDeps(): StoreDeps {
  return { local: area('local'), sync: area('sync'), managed: managedArea, exclusive };
}

/** The organisation's policy as storage.managed gives it; undefined without one, on an error or
 *  when the browser takes too long (as for the catalog). */
export async function readPolicy(): Promise<unknown> {
  return managedArea.get(null).catch(() => undefined);
}
