// The little of a browser storage area the store needs, so the whole store logic runs in unit
// tests against an in-memory area (src/core/testing/memory-area.ts).

export interface StorageAreaLike {
  /** null: everything. */
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ReadOnlyAreaLike {
  get(keys: null): Promise<Record<string, unknown>>;
}

/** What the store runs on. */
export interface StoreDeps {
  local: StorageAreaLike;
  sync: StorageAreaLike;
  /** The organisation's policy (storage.managed); absent where there is none. */
  managed?: ReadOnlyAreaLike;
  now?: () => number;
  random?: () => number;
  /** Runs `task` alone among all writers of this browser (Web Locks in the extension), so two
   *  windows saving at once read, change and write one after the other. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Runs tasks one at a time, in order: the in-process stand-in for Web Locks. */
export function createMutex(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
