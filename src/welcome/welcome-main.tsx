// Welcome page entry: wiring only. Opened once on install (background/welcome-tab.ts).
import { render } from 'preact';
import { t } from '../platform/i18n';
import { WelcomeApp } from './welcome-app';

document.documentElement.lang = navigator.language;
document.title = t('welcomeTitle');
render(<WelcomeApp />, document.getElementById('app')!);
