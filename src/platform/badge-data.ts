// What the background needs to keep the console badge's data ready in storage.local (see
// background/badge.ts): several keys read or written at once, one writer at a time, and the
// moments the extension starts.
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

/** Runs `task` when no other task under the same name runs, in any page or worker of the
 *  extension (Web Locks, first come first served). */
export function exclusively<T>(name: string, task: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(name, task) : task();
}

/** The extension was installed or updated, or the browser started (its language may be new). */
export function onExtensionStart(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
  browser.runtime.onStartup.addListener(() => listener());
}
