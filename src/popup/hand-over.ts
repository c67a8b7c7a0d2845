// The app taking over from the first screen that first-paint.ts drew (painted-copy.ts): in one task,
// so that no frame shows both or neither; what was typed meanwhile, and the focus, come along.
import { readPageCopy, writePageCopy } from '../platform/storage';
import { replayHeldKeys } from './held-keys';
import { copyOf, PAINTED_COPY_KEY, type NodeLike, type PaintedCopy } from './painted-copy';

/** Renders the app (`renderApp`) in place of the drawn first screen, if there is one. */
export function handOver(doc: Document, setQuery: (query: string) => void, renderApp: () => void): void {
  const screen = doc.getElementById('first-screen');
  const box = screen?.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (box?.value) setQuery(box.value);
  const focused = box !== null && box !== undefined && doc.activeElement === box;
  renderApp();
  if (!screen) return;
  screen.remove();
  // The search box has the focus from the moment it works (the deck also gives it in an effect, a
  // frame later), with the caret where it was if the user had clicked into the drawn one and typed.
  const next = doc.querySelector<HTMLInputElement>('#app input[role="combobox"]');
  if (next && (focused || doc.activeElement === doc.body || doc.activeElement === null)) {
    next.focus();
    if (focused) next.setSelectionRange(box!.selectionStart, box!.selectionEnd, box!.selectionDirection ?? undefined);
  }
  // Keys the drawn screen held, each once the app has drawn the previous one's effect (its renders
  // follow a state change in a microtask: a task later they are done).
  if (next) {
    void replayHeldKeys(next, (key) => new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }), () => new Promise((resolve) => setTimeout(resolve, 0)));
  }
}

/** What the popup shows when it is drawn from the kept first screen, before anything else is known:
 *  the state the next opening starts in too. */
export interface FirstScreenState {
  preview: boolean;
  query: string;
  view: { kind: string };
  tab?: unknown;
  sessions?: unknown;
  problem?: unknown;
  notice?: unknown;
  data: { settings: { theme: string } };
}

/** Whether the app now shows just the kept first screen (so its drawing is worth keeping). */
export const isKeptFirstScreen = (state: FirstScreenState): boolean =>
  state.preview && state.query === '' && state.view.kind === 'list' && state.tab === undefined && state.sessions === undefined &&
  state.problem === undefined && state.notice === undefined;

/** The copy to keep, as JSON text, when the app shows the kept first screen and it differs from the
 *  kept copy; else undefined. */
export function paintedCopyText(nodes: ArrayLike<NodeLike>, state: FirstScreenState, language: string, kept: string | undefined): string | undefined {
  if (!isKeptFirstScreen(state)) return undefined;
  const { theme } = state.data.settings;
  const copy: PaintedCopy = { version: 1, language, ...(theme !== 'system' && { theme }), nodes: copyOf(nodes) };
  const text = JSON.stringify(copy);
  return text === kept ? undefined : text;
}

/** Keeps what the app has just drawn (call after each of its renders, in a layout effect: the page
 *  then shows exactly `state`) when it is the kept first screen, for the next opening's first paint. */
export function keepPaintedCopy(state: FirstScreenState): void {
  if (!isKeptFirstScreen(state)) return;
  const app = document.getElementById('app');
  if (!app) return;
  const text = paintedCopyText(app.childNodes as unknown as ArrayLike<NodeLike>, state, navigator.language, readPageCopy(PAINTED_COPY_KEY));
  if (text !== undefined) writePageCopy(PAINTED_COPY_KEY, text);
}
