// What the background needs to keep the console badge's data ready in storage.local (see
// background/badge.ts): several keys read or written at once.
import { browser } from './browser';

/** Several keys of storage.local at once; missing ones are absent from the result. */
export function readLocalKeys(keys: string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get(keys);
}

/** Written together, in one call: a reader never sees half of a change, and a service worker
 *  stopped midway leaves the old data whole. */
export function writeLocalKeys(items: Record<string, unknown>): Promise<void> {
  return browser.storage.local.set(items);
}

export function removeLocalKeys(keys: string[]): Promise<void> {
  return browser.storage.local.remove(keys);
}
