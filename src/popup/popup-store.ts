import { createStore } from 'zustand/vanilla';
import type { CoreIssue } from '../core/issues/issue';
import type { Entry, StoreData } from '../core/store/schema';
import { emptyStore } from '../core/store/schema';
import { sendToBackground } from '../platform/messaging';
import { backgroundIssue } from '../ui/background-issue';
import type { DeckUpdate, SessionsAnswer, SwitchOutcome, TabState } from '../platform/protocol';
import { readDeck, type DeckSnapshot } from '../core/deck/deck-snapshot';
import type { OpResult, StoreOp } from '../core/deck/entry-ops';
import { readFirstScreen, type FirstScreen } from '../core/deck/first-screen';
import { DECK_KEY, FIRST_SCREEN_KEY } from '../core/store/storage-keys';
import { t } from '../platform/i18n';
import { onKeyChanged, readKey, readPageCopy, writePageCopy } from '../platform/storage';
import { useStoreState } from '../ui/use-store';
import { takeEarlyList } from './early-list';

// The popup holds none of the store's code (codec, sync layout, merge): it reads the list the
// background keeps ready for it (platform/popup-cache.ts) and sends its changes there as plain ops.

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
  /** Every entry shown (catalog + user's), kept as one array while nothing changes: search caches by
   *  it. The whole list comes sorted by group (see DeckSnapshot); the first screen does not. */
  entries: Entry[];
  loaded: boolean;
  /** Showing the first screen while the whole list loads. */
  preview: boolean;
  /** With the first screen: the whole list's count per section, for its headers. */
  previewCounts?: Record<string, number>;
  /** Why the synced list is not what is shown (damaged, still arriving, newer): from the store. */
  syncIssues: CoreIssue[];
  tab?: TabState;
  view: View;
  query: string;
  /** Id of the selected entry; the first match when unset. */
  selectedId?: string;
  /** The user asked to see entries the signed-in base cannot reach. */
  showUnreachable: boolean;
  /** The signed-in console sessions (issue #16); undefined until the background answers, and when
   *  it cannot: then nothing is marked and switches go as they always did. */
  sessions?: SessionsAnswer;
  /** The signed-in entry whose new sign-in the user is asked to confirm (Shift+Enter). */
  confirmingSignIn?: string;
  switching?: string;
  problem?: CoreIssue;
  /** The switch the background refused for the five-session limit as it counts it: the user may
   *  send it again past the limit (AWS then decides). */
  refusedAtLimit?: { id: string; newTab: boolean };
  notice?: Notice;
}

export const popupStore = createStore<PopupState>(() => ({
  data: emptyStore(),
  entries: [],
  loaded: false,
  preview: false,
  syncIssues: [],
  // `?add`: opened at the add form (the welcome page's "Add a role").
  view: new URLSearchParams(location.search).has('add') ? { kind: 'form' } : { kind: 'list' },
  query: '',
  showUnreachable: false,
}));

/** The popup's state in a component. */
export const usePopup = (): PopupState => useStoreState(popupStore);

function showDeck(deck: DeckSnapshot): void {
  popupStore.setState({ data: deck.data, entries: deck.entries, syncIssues: deck.syncIssues, loaded: true, preview: false });
}

/** Loads the list first (what the user came for), then asks about the active tab. `firstScreenRead`
 *  is called once the first screen is in the state (or known to be missing): the time to draw. */
export async function startPopupStore(firstScreenRead: () => void): Promise<void> {
  // All at once: the list must not wait for the content script's answer, and the first screen
  // (a small item) is drawn while the whole list loads.
  // The read goes out first: the question about the tab may have to wake the service worker.
  const stored = readKey('local', FIRST_SCREEN_KEY);
  const tab = sendToBackground('getTabState', { tabId: targetTabId() }).catch((): TabState => ({ kind: 'not-console' }));
  // Asked alongside, and never awaited on the way to the rows: the marks and the "Signed in now"
  // section join the list when the answer comes.
  sendToBackground('getSessions', { tabId: targetTabId() }).then(
    (sessions) => popupStore.setState({ sessions }),
    () => undefined,
  );
  // Drawn at once from the first screen this popup saw last time (its own synchronous copy), then
  // from the background's when that arrives a few ms later: they differ only when the list
  // changed elsewhere since, and then the newer one is usually in place before the first paint.
  const keptText = readPageCopy(FIRST_SCREEN_KEY);
  const kept = readFirstScreen(keptText);
  const showFirst = (first: FirstScreen) => popupStore.setState({ data: first.data, entries: first.data.entries, preview: true, previewCounts: first.counts });
  if (kept) {
    showFirst(kept);
    firstScreenRead();
  }
  const onDeck = (value: unknown) => {
    const deck = readDeck(value);
    if (deck) showDeck(deck);
  };
  // Drawn before the app (first-paint.ts): the whole list was asked for then, and is on its way. It
  // is shown as soon as it is here, without waiting for the background's first screen (below).
  let list = takeEarlyList(onDeck);
  const firstRead = stored.then((value) => {
    const first = readFirstScreen(value);
    const text = first && JSON.stringify(first);
    if (first && text !== keptText) {
      // Not in place of the whole list, when that came first.
      if (!popupStore.getState().loaded) showFirst(first);
      writePageCopy(FIRST_SCREEN_KEY, text!);
    }
    firstScreenRead();
  });
  if (!list) {
    await firstRead;
    // Let the first screen paint before the whole list arrives: it is a large item to read.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    onKeyChanged('session', DECK_KEY, onDeck);
    list = readKey('session', DECK_KEY);
  }
  // None kept (the browser just started, or the extension was updated): the background makes it.
  const deck = readDeck(await list) ?? (await sendToBackground('getDeck', {}));
  performance.mark('popup:store-loaded');
  showDeck(deck);
  popupStore.setState({ tab: await tab });
}

export function setQuery(query: string): void {
  // A new query selects its first match again.
  popupStore.setState({ query, selectedId: undefined, problem: undefined, refusedAtLimit: undefined, confirmingSignIn: undefined });
}

/** Asks (in the popup) before signing a signed-in entry in again; undefined closes the question. */
export function confirmSignIn(id: string | undefined): void {
  popupStore.setState({ confirmingSignIn: id });
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

/** The background's own refusal for the five-session limit (not AWS's, which has decided). */
const LIMIT_CODES: ReadonlySet<string> = new Set(['errSessionLimit', 'errSessionLimitBusy']);

/** Switches to the entry. A signed-in entry's session is reused (the background focuses or opens
 *  its tab) unless `signInAgain` names it: the user confirmed that its open tabs will be signed out.
 *  `pastLimit`: the user chose to switch although the sessions Switchyard knows of fill the limit. */
export async function switchTo(entry: Entry, newTab = false, signInAgain?: string, pastLimit = false): Promise<void> {
  popupStore.setState({ switching: entry.id, problem: undefined, refusedAtLimit: undefined, confirmingSignIn: undefined });
  let outcome: SwitchOutcome;
  try {
    const request = { profileId: entry.id, tabId: targetTabId(), newTab, ...(signInAgain !== undefined && { signInAgain }), ...(pastLimit && { pastLimit }) };
    outcome = await sendToBackground('switchProfile', request);
  } catch (error) {
    outcome = { kind: 'failed', issue: backgroundIssue(error) };
  }
  if (outcome.kind === 'refused' || outcome.kind === 'failed') {
    const atLimit = outcome.kind === 'refused' && LIMIT_CODES.has(outcome.issue.code) ? { id: entry.id, newTab } : undefined;
    popupStore.setState({ switching: undefined, problem: outcome.issue, refusedAtLimit: atLimit });
    return;
  }
  // The switch is under way in a tab: the popup has done its job.
  window.close();
}

/** A "Signed in now" row: the background brings that session's console tab forward (or opens its
 *  console) as a switch to a signed-in entry does; no one signs in. Done, the popup closes; a
 *  problem is said where the user is looking. */
export async function focusSession(key: string): Promise<void> {
  popupStore.setState({ problem: undefined, confirmingSignIn: undefined });
  let outcome: SwitchOutcome;
  try {
    outcome = await sendToBackground('focusSession', { key, tabId: targetTabId() });
  } catch (error) {
    outcome = { kind: 'failed', issue: backgroundIssue(error) };
  }
  if (outcome.kind === 'refused' || outcome.kind === 'failed') {
    popupStore.setState({ problem: outcome.issue });
    return;
  }
  window.close();
}

const notSaved: CoreIssue = { code: 'saveFailed', message: 'The change could not be saved; nothing was changed.' };

/** Saves a change (the background applies it to the freshest list); when storage refuses it (e.g.
 *  the list no longer fits in sync storage), says why where the user is looking and returns
 *  undefined: nothing was written. */
export async function save(op: StoreOp): Promise<OpResult | undefined> {
  const result = await sendToBackground('updateDeck', { op }).catch((): DeckUpdate => ({ saved: false, problem: notSaved }));
  if (!result.saved) {
    popupStore.setState({ problem: result.problem ?? notSaved });
    return undefined;
  }
  if (result.deck) showDeck(result.deck);
  return result;
}

/** Deletes an entry and offers to undo: the entry, its favourite place and usage come back. */
export async function deleteWithUndo(entry: Entry): Promise<void> {
  const result = await save({ kind: 'remove', id: entry.id });
  if (!result) return;
  popupStore.setState({ view: { kind: 'list' }, selectedId: undefined });
  const { removed } = result;
  if (!removed) return;
  notify({
    text: t('deletedProfile', entry.label),
    undo: async () => {
      if (!(await save({ kind: 'restore', removed }))) return;
      popupStore.setState({ selectedId: entry.id });
      notify({ text: t('restoredProfile', entry.label) });
    },
  });
}

export async function toggleFavouriteOf(entry: Entry): Promise<void> {
  const wasFavourite = popupStore.getState().data.favourites.includes(entry.id);
  if (!(await save({ kind: 'toggleFavourite', id: entry.id }))) return;
  notify({ text: t(wasFavourite ? 'unfavourited' : 'favourited', entry.label) });
}

export async function moveFavouriteOf(entry: Entry, delta: -1 | 1): Promise<void> {
  await save({ kind: 'moveFavourite', id: entry.id, delta });
}

export async function toggleGroup(name: string): Promise<void> {
  await save({ kind: 'toggleGroup', name });
}

export function toggleUnreachable(): void {
  popupStore.setState((state) => ({ showUnreachable: !state.showUnreachable }));
}
