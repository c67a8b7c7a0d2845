// What the popup reads instead of the store, kept by the background (which owns the store) in step
// with the list, whoever changed it (options page, another window, another synced browser): the
// first screen, a small item in local storage drawn at once, and the whole deck in session storage
// (in memory, and out of content scripts' reach: they are not sent its change events).
import { deckOf, deckText, type DeckSnapshot } from '../core/deck/deck-snapshot';
import { firstScreenOf } from '../core/deck/first-screen';
import { DECK_KEY, FIRST_SCREEN_KEY } from '../core/store/storage-keys';
import { exclusively } from './locks';
import { readKey, writeKeys, type AreaName } from './storage';
import { allEntries, loadStore, type StoreSnapshot } from './store';

/** Written only when it differs: every write wakes every listener. */
async function writeIfChanged(area: AreaName, key: string, next: unknown): Promise<void> {
  const current = await readKey(area, key);
  const same = typeof next === 'string' ? current === next : JSON.stringify(current) === JSON.stringify(next);
  if (!same) await writeKeys(area, { [key]: next });
}

/**
 * Writes the popup's copies of the list. Refreshes run one at a time (a lock). `latest` is a
 * snapshot loaded after the newest change (onStoreChanged's, which come in order, each followed
 * by another when the list changes again); without one, the list is loaded once this refresh's
 * turn comes: loaded before waiting (the first read of the organisation's policy can take
 * seconds), it could overwrite a newer copy with an older one.
 */
export async function refreshPopupCache(latest?: StoreSnapshot): Promise<DeckSnapshot> {
  const refresh = async () => {
    const snapshot = latest ?? (await loadStore());
    const deck = deckOf(snapshot);
    await Promise.all([
      writeIfChanged('local', FIRST_SCREEN_KEY, firstScreenOf(snapshot.data, allEntries(snapshot))),
      writeIfChanged('session', DECK_KEY, deckText(deck)),
    ]);
    return deck;
  };
  return exclusively('switchyard-popup-cache', refresh);
}
