// Options page entry: wiring only.
import { render } from 'preact';
import { messagesReady, t } from '../platform/i18n';
import { App } from './options-app';

document.documentElement.lang = navigator.language;
// The texts first (at once, unless the browser's message table is empty: platform/i18n.ts).
await messagesReady();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
// A link to a section (`#import`, from the welcome page): the section exists only now, after the
// browser has looked for it, so scroll to it and move the focus there ourselves.
// The ids are plain ASCII: the fragment is taken as it is (decoding a stray `%` would throw).
const linked = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
if (linked) {
  linked.tabIndex = -1;
  linked.scrollIntoView();
  linked.focus({ preventScroll: true });
}
