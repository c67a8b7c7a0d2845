import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/**
 * A zustand store's state in a Preact component, re-rendered on every change. zustand's own hook
 * goes through React's useSyncExternalStore, which would pull preact/compat into the popup for
 * this one function.
 */
export function useStoreState<T>(store: StoreApi<T>): T {
  const [state, setState] = useState(store.getState);
  // Catch up with a change made between the first render and the subscription.
  useEffect(() => {
    setState(store.getState());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
