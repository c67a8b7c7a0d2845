// Popup entry: wiring only.
import { render } from 'preact';
import { App } from './app';
import { startPopupStore } from './store';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
void startPopupStore();
