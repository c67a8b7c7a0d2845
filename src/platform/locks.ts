/** Runs `task` when no other task under the same name runs, in any page or worker of the
 *  extension (Web Locks, first come first served). */
export function exclusively<T>(name: string, task: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(name, task) : task();
}
