// Welcome page entry: wiring only. Opened once on install (background/welcome-tab.ts).
import { render } from 'preact';
import { messagesReady, t } from '../platform/i18n';
import { WelcomeApp } from './welcome-app';

document.documentElement.lang = navigator.language;
// The texts first (at once, unless the browser's message table is empty: platform/i18n.ts).
await messagesReady();
document.title = t('welcomeTitle');
render(<WelcomeApp />, document.getElementById('app')!);
