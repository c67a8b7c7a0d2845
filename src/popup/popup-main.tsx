// Popup app entry: wiring only. Loaded by first-paint.ts, which may have drawn the first screen
// already (from the copy kept here last time): the app then takes its place (handOver).
import { render } from 'preact';
import { messagesReady } from '../platform/i18n';
import { writePageCopy } from '../platform/storage';
import { handOver, paintedCopyToKeep } from './hand-over';
import { App } from './popup-app';
import { popupStore, setQuery, startPopupStore } from './popup-store';

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
    handOver(document, setQuery, () => render(<App />, app));
    // What was just drawn, kept for the next opening's first paint: the kept first screen as the app
    // draws it, and again when a newer one arrives (the list changed elsewhere) before anything else.
    const keep = () => {
      const copy = paintedCopyToKeep(app, popupStore.getState(), navigator.language);
      if (copy) writePageCopy(copy.key, copy.text);
    };
    keep();
    const stop = popupStore.subscribe((state, before) => {
      if (state.preview && state.data !== before.data) setTimeout(keep); // once the app has drawn it
      if (!state.preview) stop();
    });
  });
};
setTimeout(draw, 50);
void startPopupStore(draw);
