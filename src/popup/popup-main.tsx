// Popup entry: wiring only.
import { render } from 'preact';
import { messagesReady } from '../platform/i18n';
import { App } from './popup-app';
import { startPopupStore } from './popup-store';

// Marks for the benchmark's start-up breakdown (cheap; visible in the browser's performance tools).
performance.mark('popup:script');
document.documentElement.lang = navigator.language;
// The first screen is read before anything is drawn, so that the first paint already has the rows
// (drawing an empty frame first put them a frame later); a slow read holds nothing up for long.
let drawn = false;
// Not before the texts can be read (at once, unless the browser's message table is empty: i18n.ts).
const texts = messagesReady();
const draw = () => {
  if (drawn) return;
  drawn = true;
  void texts.then(() => render(<App />, document.getElementById('app')!));
};
setTimeout(draw, 50);
void startPopupStore(draw);
