// The options page's one view of the saved data: loaded once, and again once per change (another
// window, another browser, the background saving this page's own change), shared by every
// section. Reading is all this page does with the store; its changes go to the background
// (options-writes.ts).
import { createStore } from 'zustand/vanilla';
import { lastSaveProblem, loadStore, onStoreChanged, storageReport, type SaveProblem, type StorageReport, type StoreSnapshot } from '../platform/store';
import { useStoreState } from '../ui/use-store';

export interface OptionsState {
  snapshot?: StoreSnapshot;
  /** The last change that could not be saved, whichever window made it. */
  problem?: SaveProblem;
  /** Sync space used and what the list needs there: after the list itself is on screen. */
  report?: StorageReport;
}

export const optionsStore = createStore<OptionsState>(() => ({}));

let following = false;

/** Starts following the saved data (once per page, whoever asks first). */
export function followSavedData(): void {
  if (following) return;
  following = true;
  const refresh = async (snapshot?: StoreSnapshot) => {
    const [fresh, problem] = await Promise.all([snapshot ?? loadStore(), lastSaveProblem()]);
    optionsStore.setState({ snapshot: fresh, problem });
    // The report encodes the whole list (not loads it again): after the list itself is on screen.
    const report = await storageReport(fresh);
    optionsStore.setState({ report });
  };
  void refresh();
  onStoreChanged((snapshot) => void refresh(snapshot));
}

/** The saved data, as soon as the page has it (its first load, not another one). */
export function savedSnapshot(): Promise<StoreSnapshot> {
  followSavedData();
  const shown = optionsStore.getState().snapshot;
  if (shown) return Promise.resolve(shown);
  return new Promise((resolve) => {
    const stop = optionsStore.subscribe(({ snapshot }) => {
      if (!snapshot) return;
      stop();
      resolve(snapshot);
    });
  });
}

/** The options page's view of the saved data, kept current. */
export function useOptionsState(): OptionsState {
  followSavedData();
  return useStoreState(optionsStore);
}

/** The saved data as the import and export sections see it. */
export const useStoreSnapshot = (): StoreSnapshot | undefined => useOptionsState().snapshot;
