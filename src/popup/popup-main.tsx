// Popup app entry: wiring only. Loaded by first-paint.ts, which may have drawn the first screen
// already (from the copy kept here last time): the app then takes its place (handOver).
import { render } from 'preact';
import { messagesReady } from '../platform/i18n';
import { handOver } from './hand-over';
import { App } from './popup-app';
import { setQuery, startPopupStore } from './popup-store';

// Marks for the benchmark's start-up breakdown (cheap; visible in the browser's performance tools).
performance.mark('popup:script');
// The first screen is read before anything is drawn, so that the first paint already has the rows
// (drawing an empty frame first put them a frame later); a slow read holds nothing up for long.
let drawn = false;
// Not before the texts can be read (at once, unless the browser's message table is empty: i18n.ts).
const texts = messagesReady();
const draw = () => {
  if (drawn) return;
  drawn = true;
  void texts.then(() => {
    const app = document.getElementById('app')!;
    // The app keeps what it draws for the next opening's first paint (keepPaintedCopy, popup-app.tsx).
    handOver(document, setQuery, () => render(<App />, app));
    performance.mark('popup:handed-over');
  });
};
setTimeout(draw, 50);
void startPopupStore(draw);
