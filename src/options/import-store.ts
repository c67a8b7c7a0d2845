import { useEffect, useState } from 'preact/hooks';
import { loadStore, onStoreChanged, type StoreSnapshot } from '../platform/store';

/** The saved data as the import and export sections see it, kept current. */
export function useStoreSnapshot(): StoreSnapshot | undefined {
  const [snapshot, setSnapshot] = useState<StoreSnapshot>();
  useEffect(() => {
    let alive = true;
    void loadStore().then((fresh) => alive && setSnapshot(fresh));
    const stop = onStoreChanged((fresh) => alive && setSnapshot(fresh));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return snapshot;
}
