// Sign-in page entry: on the console's "Switch Role" form, confirm the switch this extension
// armed for this exact tab and URL, or explain why the switch it posted came back refused.
import { sendToBackground } from '../platform/content-runtime';
import { showSignInNote } from './sign-in-note';

async function main(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#switchrole_form');
  const action = await sendToBackground('signInPageOpened', { hasSwitchForm: form !== null });
  if (action.kind === 'confirm' && form) form.requestSubmit();
  else if (action.kind === 'explain') showSignInNote(action.label);
}

void main();
