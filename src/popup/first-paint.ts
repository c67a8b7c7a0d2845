// The popup page's only script at load: draws the first screen kept from the last opening with plain
// DOM calls (painted-copy.ts), so that the first paint has the rows without waiting for the framework,
// then loads the app (popup-main.tsx), which takes over from it (handOver there). No copy (the first
// opening, another language): the app draws the first screen itself, as before.
import { readPageCopy } from '../platform/storage';
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
  screen.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
}
void import('./popup-main');
