// The popup page's only script at load: draws the first screen kept from the last opening with plain
// DOM calls (painted-copy.ts), so that the first paint has the rows without waiting for the framework,
// then loads the app (popup-main.tsx), which takes over from it (handOver there). No copy (the first
// opening, another language): the app draws the first screen itself, as before.
import { readPageCopy } from '../platform/storage';
import { readListEarly } from './early-list';
import { holdKeys } from './held-keys';
import { drawCopy, PAINTED_COPY_KEY, readPaintedCopy } from './painted-copy';

performance.mark('popup:first-paint-script');
document.documentElement.lang = navigator.language;
const copy = readPaintedCopy(readPageCopy(PAINTED_COPY_KEY), navigator.language);
if (copy) {
  if (copy.theme) document.documentElement.dataset.theme = copy.theme;
  const screen = document.createElement('div');
  screen.id = 'first-screen';
  screen.append(...(drawCopy(copy.nodes, document) as Node[]));
  document.body.append(screen);
  // The search box has the focus at once, as the app's will: what is typed before the app takes
  // over is carried over to it (handOver), so no key typed right after opening is lost.
  const box = screen.querySelector<HTMLInputElement>('input[role="combobox"]');
  box?.focus();
  // Enter, the arrows and Escape pressed meanwhile are held and replayed to the app (held-keys.ts).
  if (box) holdKeys(box);
}
// With a drawn screen, the app is asked for once the browser says the rows are on screen (Element
// Timing), not before: loaded sooner, it took over before that frame was presented, and the rows
// painted were the framework's after all. Where Element Timing is missing (Firefox), after a frame.
const loadApp = () => void import('./popup-main');
// With the rows on screen, what a search needs is asked for at once and side by side: the app, the
// whole list (early-list.ts) and the search code (which deck.tsx would ask for only once the app
// runs). Typing right away then waits for the slowest of them, not for all of them in turn.
function loadAll(): void {
  performance.mark('popup:load-app');
  loadApp();
  readListEarly();
  void import('../core/search/rank');
}
if (!copy) loadApp();
else if (PerformanceObserver.supportedEntryTypes?.includes('element')) {
  let asked = false;
  const ask = () => {
    if (asked) return;
    asked = true;
    painted.disconnect();
    loadAll();
  };
  const painted = new PerformanceObserver(ask);
  painted.observe({ type: 'element', buffered: true });
  setTimeout(ask, 100); // a copy with nothing marked for Element Timing
} else requestAnimationFrame(() => setTimeout(loadAll, 0));
