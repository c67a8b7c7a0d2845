import { useEffect, useState } from 'preact/hooks';
import { lastSaveProblem, loadStore, onStoreChanged, storageReport, type SaveProblem, type StorageReport, type StoreSnapshot } from '../platform/store';

export interface StorageState {
  snapshot?: StoreSnapshot;
  report?: StorageReport;
  problem?: SaveProblem;
}

/** The storage section's view of the store, kept current (another window, another browser). */
export function useStorageState(): StorageState {
  const [state, setState] = useState<StorageState>({});
  useEffect(() => {
    let alive = true;
    const refresh = async (snapshot?: StoreSnapshot) => {
      const [fresh, problem] = await Promise.all([snapshot ?? loadStore(), lastSaveProblem()]);
      if (alive) setState((old) => ({ ...old, snapshot: fresh, problem }));
      // The report encodes the whole list: after the list itself is on screen.
      const report = await storageReport();
      if (alive) setState((old) => ({ ...old, report }));
    };
    void refresh();
    const stop = onStoreChanged((snapshot) => void refresh(snapshot));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return state;
}
