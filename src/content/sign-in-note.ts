import { REFUSAL_CAUSES } from '../core/switch/switch-refusal';
import { t } from '../platform/content-runtime';

/** A short note on the sign-in page after AWS refused a switch we posted. Lives in a
 *  shadow root so the page's CSS and ours never mix; all text goes in as text. */
export function showSignInNote(label: string): void {
  const host = document.createElement('switchyard-note');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    .note { position: fixed; top: 12px; right: 12px; z-index: 2147483647; max-width: 380px;
      font: 14px/1.45 system-ui, sans-serif; color: #1d1d1f; background: #fff8e6;
      border: 2px solid #b26a00; border-radius: 8px; padding: 12px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
    h2 { font-size: 15px; margin: 0 0 6px; }
    ul { margin: 6px 0 8px 18px; padding: 0; }
    button { font: inherit; padding: 3px 10px; border-radius: 4px; border: 1px solid #b26a00; background: #fff; cursor: pointer; }
    button:focus-visible { outline: 2px solid #0b5fff; outline-offset: 2px; }`;
  const note = document.createElement('div');
  note.className = 'note';
  note.setAttribute('role', 'alert');
  note.dataset.testid = 'switchyard-signin-note';
  const title = document.createElement('h2');
  title.textContent = t('signInRefusedTitle', label);
  const causes = document.createElement('ul');
  for (const key of REFUSAL_CAUSES) {
    const item = document.createElement('li');
    item.textContent = t(key);
    causes.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('dismiss');
  close.addEventListener('click', () => host.remove());
  note.append(title, document.createTextNode(t('signInRefusedBody')), causes, close);
  root.append(style, note);
  document.documentElement.append(host);
}
