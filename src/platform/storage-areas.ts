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

async function managedPolicy(waitMs: number): Promise<Record<string, unknown>> {
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
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer from managed storage')), waitMs)),
  ]);
}

const managedArea: ReadOnlyAreaLike = { get: () => managedPolicy(MANAGED_WAIT_MS) };

/** Web Locks are shared by every page and worker of the extension's origin: two options pages,
 *  a popup and the service worker saving at once take turns. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  return exclusively('switchyard-store', task);
}

export function storeDeps(): StoreDeps {
  return { local: area('local'), sync: area('sync'), managed: managedArea, exclusive };
}

/** How long the install waits for the policy before opening the welcome page: longer than the
 *  list does (nothing waits on it, and a busy Chromium took up to 2.7 s in our tests), so that an
 *  organisation's `suppressWelcome` is not missed for a slow answer. */
const POLICY_AT_INSTALL_WAIT_MS = 10_000;

/** The organisation's policy as storage.managed gives it at install; undefined without one (Firefox
 *  rejects), on an error or when the browser does not answer in time. */
export async function readPolicyAtInstall(): Promise<unknown> {
  return managedPolicy(POLICY_AT_INSTALL_WAIT_MS).catch(() => undefined);
}
