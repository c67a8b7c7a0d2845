import { FIRST_SCREEN_KEY, firstScreenOf } from '../core/deck/first-screen';
import { readKey, writeKeys } from './storage';
import { allEntries, type StoreSnapshot } from './store';

/** Keeps the popup's first screen in step with the list, whoever changed it (options page, another
 *  window, another synced browser). Written only when it differs: every write wakes listeners. */
export async function refreshFirstScreen(snapshot: StoreSnapshot): Promise<void> {
  const next = firstScreenOf(snapshot.data, allEntries(snapshot));
  const current = await readKey('local', FIRST_SCREEN_KEY);
  if (JSON.stringify(current) !== JSON.stringify(next)) await writeKeys('local', { [FIRST_SCREEN_KEY]: next });
}
