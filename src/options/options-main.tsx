// Options page entry: wiring only.
import { render } from 'preact';
import { t } from '../platform/i18n';
import { App } from './options-app';

document.documentElement.lang = navigator.language;
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
