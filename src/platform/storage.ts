import { browser } from './browser';

/** The storage areas, typed loosely on purpose: every reader validates what it gets back. */
export type AreaName = 'local' | 'sync' | 'session';

export async function readKey(area: AreaName, key: string): Promise<unknown> {
  const items = await browser.storage[area].get(key);
  return items[key];
}

/** Several keys at once; missing ones are absent from the result. */
export function readKeys(area: AreaName, keys: string[]): Promise<Record<string, unknown>> {
  return browser.storage[area].get(keys);
}

/** Written together, in one call: a reader never sees half of a change, and a service worker
 *  stopped midway leaves the old data whole. */
export async function writeKeys(area: AreaName, items: Record<string, unknown>): Promise<void> {
  await browser.storage[area].set(items);
}

export async function removeKeys(area: AreaName, keys: string | string[]): Promise<void> {
  await browser.storage[area].remove(keys);
}

/** This window's own copy of a small value (the page's localStorage, which extension pages read
 *  synchronously): JSON text, or undefined when there is none or the browser refuses. */
export function readPageCopy(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writePageCopy(key: string, text: string): void {
  try {
    localStorage.setItem(key, text);
  } catch {
    // a copy only saves time; without it the popup reads storage as before
  }
}

/** Calls `listener` with the new value whenever `key` changes in `area`; returns an unsubscribe. */
export function onKeyChanged(area: AreaName, key: string, listener: (value: unknown) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
    if (changed === area && key in changes) listener(changes[key]!.newValue);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
