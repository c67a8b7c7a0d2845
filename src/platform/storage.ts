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

/** Calls `listener` with the new value whenever `key` changes in `area`; returns an unsubscribe. */
export function onKeyChanged(area: AreaName, key: string, listener: (value: unknown) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
    if (changed === area && key in changes) listener(changes[key]!.newValue);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
