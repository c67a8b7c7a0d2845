// Sign-in page entry (any page of a sign-in host): confirm the switch this extension armed for
// this exact tab and URL, or explain that the switch it posted from this tab was refused, whatever
// the answer page looks like. The background decides; this page only describes itself.
import { SIGN_IN_WATCH_KEY } from '../core/store/storage-keys';
import { isWatching } from '../core/switch/sign-in-watch';
import { readLocal, sendToBackground } from '../platform/content-runtime';
import { showSignInNote } from './sign-in-note';

/** A page without the switch form may only be passing through (a successful switch's answer that
 *  forwards to the console): ask once it has loaded and stayed a moment. */
const SETTLE_MS = 600;

const switchForm = () => document.querySelector<HTMLFormElement>('#switchrole_form');

const settled = () =>
  new Promise<void>((resolve) => {
    const wait = () => setTimeout(resolve, SETTLE_MS);
    if (document.readyState === 'complete') wait();
    else window.addEventListener('load', wait, { once: true });
  });

/** Whether a switch was armed or posted lately; when not, this page is none of ours and the
 *  background is not woken. */
async function watched(): Promise<boolean> {
  try {
    return isWatching((await readLocal([SIGN_IN_WATCH_KEY]))[SIGN_IN_WATCH_KEY], Date.now());
  } catch {
    return false; // The extension was reloaded or updated: this page's script is orphaned.
  }
}

async function main(): Promise<void> {
  if (!(await watched())) return;
  if (!switchForm()) await settled();
  const form = switchForm();
  // When this page's navigation started (for the answer to a POST: when the form was sent).
  const navigatedAt = Date.now() - performance.now();
  // When the background fails, the page stays as AWS drew it: its own form still switches.
  const action = await sendToBackground('signInPageOpened', { hasSwitchForm: form !== null, navigatedAt }).catch(() => ({ kind: 'none' }) as const);
  if (action.kind === 'confirm' && form) form.requestSubmit();
  else if (action.kind === 'explain') showSignInNote(action.label);
}

void main();
