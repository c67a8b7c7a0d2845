import { browser } from './browser';

/** The storage areas, typed loosely on purpose: every reader validates what it gets back. */
export type AreaName = 'local' | 'sync' | 'session';

export async function readKey(area: AreaName, key: string): Promise<unknown> {
  const items = await browser.storage[area].get(key);
  return items[key];
}

export async function writeKeys(area: AreaName, items: Record<string, unknown>): Promise<void> {
  await browser.storage[area].set(items);
}

export async function removeKeys(area: AreaName, keys: string | string[]): Promise<void> {
  await browser.storage[area].remove(keys);
}
