// Popup entry: wiring only.
import { render } from 'preact';
import { App } from './popup-app';
import { startPopupStore } from './popup-store';

// Marks for the benchmark's start-up breakdown (cheap; visible in the browser's performance tools).
performance.mark('popup:script');
document.documentElement.lang = navigator.language;
// The first screen is read before anything is drawn, so that the first paint already has the rows
// (drawing an empty frame first put them a frame later); a slow read holds nothing up for long.
let drawn = false;
const draw = () => {
  if (drawn) return;
  drawn = true;
  render(<App />, document.getElementById('app')!);
};
setTimeout(draw, 50);
void startPopupStore(draw);
