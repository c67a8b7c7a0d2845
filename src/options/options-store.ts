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
  /** Why the saved data could not be read, until a later read succeeds. */
  loadProblem?: string;
}

export const optionsStore = createStore<OptionsState>(() => ({}));

let following = false;

/** Starts following the saved data (once per page, whoever asks first). */
export function followSavedData(): void {
  if (following) return;
  following = true;
  // Reads can finish out of order: only the newest one's answer is shown.
  let latest = 0;
  const refresh = async (snapshot?: StoreSnapshot) => {
    const run = ++latest;
    let fresh: StoreSnapshot;
    let problem: SaveProblem | undefined;
    try {
      // The note of a failed save is a courtesy: without it the list is still shown.
      [fresh, problem] = await Promise.all([snapshot ?? loadStore(), lastSaveProblem().catch(() => undefined)]);
    } catch (error) {
      if (run === latest) optionsStore.setState({ loadProblem: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (run !== latest) return;
    optionsStore.setState({ snapshot: fresh, problem, loadProblem: undefined });
    // The report encodes the whole list (not loads it again): after the list itself is on screen.
    const report = await storageReport(fresh).catch(() => undefined);
    if (run === latest && report) optionsStore.setState({ report });
  };
  void refresh();
  onStoreChanged((snapshot) => void refresh(snapshot));
}

/** The saved data, as soon as the page has it (its first load, not another one; a load of its
 *  own when the page's first one failed). */
export function savedSnapshot(): Promise<StoreSnapshot> {
  followSavedData();
  const { snapshot: shown, loadProblem } = optionsStore.getState();
  if (shown) return Promise.resolve(shown);
  if (loadProblem) return loadStore();
  return new Promise((resolve, reject) => {
    const stop = optionsStore.subscribe(({ snapshot, loadProblem: failed }) => {
      if (!snapshot && !failed) return;
      stop();
      if (snapshot) resolve(snapshot);
      else loadStore().then(resolve, reject);
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
