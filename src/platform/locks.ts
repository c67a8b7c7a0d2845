/** Runs `task` when no other task under the same name runs, in any page or worker of the
 *  extension (Web Locks, first come first served). */
export function exclusively<T>(name: string, task: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(name, task) : task();
}

/**
 * Runs `task` holding lock `name` only if no page or worker holds it now (its holder gone: a page
 * closed, a worker stopped, releases its locks); resolves whether it ran. Without Web Locks (unit
 * tests in Node) nothing can be held elsewhere, so it runs.
 */
export async function ifFree(name: string, task: () => Promise<void>): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.locks) {
    await task();
    return true;
  }
  return navigator.locks.request(name, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await task();
    return true;
  });
}
