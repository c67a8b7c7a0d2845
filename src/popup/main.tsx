// Popup entry: wiring only.
import { render } from 'preact';
import { App } from './app';
import { startPopupStore } from './store';

// Marks for the benchmark's start-up breakdown (cheap; visible in the browser's performance tools).
performance.mark('popup:script');
document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
void startPopupStore();
