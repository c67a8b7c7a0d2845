import { createStore } from 'zustand/vanilla';
import type { CoreIssue } from '../core/issue';
import type { Entry, StoreData } from '../core/store/schema';
import { emptyStore } from '../core/store/schema';
import { sendToBackground } from '../platform/messaging';
import type { SwitchOutcome, TabState } from '../platform/protocol';
import { moveFavourite, removeEntry, restoreEntry, toggleFavourite, type Removed } from '../core/deck/entry-ops';
import { FIRST_SCREEN_KEY, readFirstScreen } from '../core/deck/first-screen';
import { t } from '../platform/i18n';
import { readKey } from '../platform/storage';
import { useStoreState } from '../ui/use-store';
import type { StoreSnapshot } from '../platform/store';

// The store (codec, merge, validation) is the largest part of the popup's code: it loads while the
// first screen is drawn from a small storage item, instead of holding up the first paint.
const storeModule = () => import('../platform/store');

/** The popup works on the tab under it. Opened as a page with `?tab=<id>` (a detached window,
 *  or the e2e tests, where a real popup cannot be driven), it works on that tab instead. */
export function targetTabId(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

export type View = { kind: 'list' } | { kind: 'form'; editing?: Entry; duplicateOf?: Entry };
/** A short message at the bottom, optionally with an undo. */
export type Notice = { text: string; undo?: () => Promise<void> };

interface PopupState {
  data: StoreData;
  /** Every entry shown (catalog + user's), kept as one array while nothing changes: search caches by it. */
  entries: Entry[];
  loaded: boolean;
  /** Showing the first screen while the whole list loads. */
  preview: boolean;
  storageIssues: CoreIssue[];
  /** Why the synced list is not what is shown (damaged, still arriving, newer): from the store. */
  syncIssues: CoreIssue[];
  tab?: TabState;
  view: View;
  query: string;
  /** Id of the selected entry; the first match when unset. */
  selectedId?: string;
  /** The user asked to see entries the signed-in base cannot reach. */
  showUnreachable: boolean;
  switching?: string;
  problem?: CoreIssue;
  notice?: Notice;
}

export const popupStore = createStore<PopupState>(() => ({
  data: emptyStore(),
  entries: [],
  loaded: false,
  preview: false,
  storageIssues: [],
  syncIssues: [],
  view: { kind: 'list' },
  query: '',
  showUnreachable: false,
}));

/** The popup's state in a component. */
export const usePopup = (): PopupState => useStoreState(popupStore);

const fromSnapshot = (snapshot: StoreSnapshot, allEntries: (s: StoreSnapshot) => Entry[]) => ({ data: snapshot.data, entries: allEntries(snapshot) });

/** Loads the list first (what the user came for), then asks about the active tab. */
export async function startPopupStore(): Promise<void> {
  // All at once: the list must not wait for the content script's answer, and the first screen
  // (a small item) is drawn while the whole list loads.
  const tab = sendToBackground('getTabState', { tabId: targetTabId() }).catch((): TabState => ({ kind: 'not-console' }));
  const first = readFirstScreen(await readKey('local', FIRST_SCREEN_KEY));
  if (first) popupStore.setState({ data: first.data, entries: first.data.entries, preview: true });
  // Let that paint before the whole list arrives: decoding it takes the main thread for a while.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const { loadStore, onStoreChanged, allEntries } = await storeModule();
  const snapshot = await loadStore();
  performance.mark('popup:store-loaded');
  popupStore.setState({ ...fromSnapshot(snapshot, allEntries), storageIssues: snapshot.issues, syncIssues: snapshot.syncIssues ?? [], loaded: true, preview: false });
  // Keep the next opening's first screen right (the background does it on every change; this
  // covers a list that has not changed since the extension was installed or updated).
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
  idle(() => void import('../platform/first-screen').then(({ refreshFirstScreen }) => refreshFirstScreen(snapshot)));
  onStoreChanged((next) => popupStore.setState({ ...fromSnapshot(next, allEntries), syncIssues: next.syncIssues ?? [] }));
  popupStore.setState({ tab: await tab });
}

export function setQuery(query: string): void {
  // A new query selects its first match again.
  popupStore.setState({ query, selectedId: undefined, problem: undefined });
}

export function select(id: string | undefined): void {
  popupStore.setState({ selectedId: id });
}

export function showView(view: View): void {
  popupStore.setState({ view, problem: undefined });
}

export function notify(notice: Notice | undefined): void {
  popupStore.setState({ notice });
}

export async function switchTo(entry: Entry, newTab = false): Promise<void> {
  popupStore.setState({ switching: entry.id, problem: undefined });
  let outcome: SwitchOutcome;
  try {
    outcome = await sendToBackground('switchProfile', { profileId: entry.id, tabId: targetTabId(), newTab });
  } catch {
    outcome = { kind: 'failed', issue: { code: 'errBackgroundUnavailable', message: 'Switchyard could not reach its background page. Try again.' } };
  }
  if (outcome.kind === 'refused' || outcome.kind === 'failed') {
    popupStore.setState({ switching: undefined, problem: outcome.issue });
    return;
  }
  // The switch is under way in a tab: the popup has done its job.
  window.close();
}

/** Saves a change; when storage refuses it (e.g. the list no longer fits in sync storage),
 *  says why where the user is looking and returns false: nothing was written. */
export async function save(change: (data: StoreData) => void): Promise<boolean> {
  const result = await (await storeModule()).updateStore(change);
  if (!result.saved) popupStore.setState({ problem: result.problem ?? { code: 'saveFailed', message: 'The change could not be saved; nothing was changed.' } });
  return result.saved;
}

/** Deletes an entry and offers to undo: the entry, its favourite place and usage come back. */
export async function deleteWithUndo(entry: Entry): Promise<void> {
  let removed: Removed | undefined;
  if (!(await save((data) => { removed = removeEntry(data, entry.id); }))) return;
  popupStore.setState({ view: { kind: 'list' }, selectedId: undefined });
  if (!removed) return;
  const taken = removed;
  notify({
    text: t('deletedProfile', entry.label),
    undo: async () => {
      if (!(await save((data) => restoreEntry(data, taken)))) return;
      popupStore.setState({ selectedId: entry.id });
      notify({ text: t('restoredProfile', entry.label) });
    },
  });
}

export async function toggleFavouriteOf(entry: Entry): Promise<void> {
  const wasFavourite = popupStore.getState().data.favourites.includes(entry.id);
  if (!(await save((data) => toggleFavourite(data, entry.id)))) return;
  notify({ text: t(wasFavourite ? 'unfavourited' : 'favourited', entry.label) });
}

export async function moveFavouriteOf(entry: Entry, delta: -1 | 1): Promise<void> {
  await save((data) => { moveFavourite(data, entry.id, delta); });
}

export async function toggleGroup(name: string): Promise<void> {
  await save((data) => {
    const group = (data.groups[name] ??= {});
    if (group.collapsed) delete group.collapsed;
    else group.collapsed = true;
  });
}

export function toggleUnreachable(): void {
  popupStore.setState((state) => ({ showUnreachable: !state.showUnreachable }));
}
