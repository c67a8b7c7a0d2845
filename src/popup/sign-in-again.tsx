import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Session } from '../core/sessions/session-list';
import { tabTitles } from '../core/sessions/session-view';
import type { Entry } from '../core/store/schema';
import { t } from '../platform/i18n';

interface Props {
  entry: Entry;
  session: Session;
  titles?: Readonly<Record<number, string>>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The dialog's keys: Escape cancels; an auto-repeated Enter (the Shift+Enter that opened the
 *  dialog, still held down) does nothing, so that only a new press can answer. */
export function dialogKeyDown(event: Pick<KeyboardEvent, 'key' | 'repeat' | 'preventDefault' | 'stopPropagation'>, onCancel: () => void): void {
  if (event.key === 'Enter' && event.repeat) {
    // Cancelling the keydown cancels the button's activation too.
    event.preventDefault();
    event.stopPropagation();
    return;
  }
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation();
  onCancel();
}

/**
 * Before signing a signed-in entry in again (Shift+Enter, Shift+click): AWS signs out the open
 * tabs of its session, so they are named. Cancel has the focus (signing out tabs is the harmful
 * answer, so a stray Enter must not give it); Tab moves on to the confirm button; Escape cancels.
 */
export function SignInAgain(props: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return <SignInAgainView {...props} focusRef={cancel} />;
}

/** The dialog as drawn; `focusRef` goes on the button that gets the focus when it opens. */
export function SignInAgainView({ entry, session, titles, onConfirm, onCancel, focusRef }: Props & { focusRef?: Ref<HTMLButtonElement> }) {
  const tabs = tabTitles(session, titles);
  return (
    <section
      class="sign-in-again warning"
      role="alertdialog"
      aria-labelledby="sign-in-again-title"
      aria-describedby="sign-in-again-tabs"
      data-testid="sign-in-again"
      onKeyDown={(event) => dialogKeyDown(event, onCancel)}
    >
      <p id="sign-in-again-title" class="title">{t('signInAgainTitle', entry.label)}</p>
      <div id="sign-in-again-tabs">
        {tabs.length > 0 ? (
          <>
            <p>{t('signInAgainTabs')}</p>
            <ul>{tabs.map((title, index) => <li key={index}>{title ?? t('signInAgainUntitled')}</li>)}</ul>
          </>
        ) : (
          <p>{t('signInAgainNoTabs')}</p>
        )}
      </div>
      <div class="buttons">
        <button type="button" ref={focusRef} onClick={onCancel} aria-keyshortcuts="Escape">{t('cancel')}</button>
        <button type="button" class="primary" onClick={onConfirm}>{t('signInAgainConfirm')}</button>
      </div>
    </section>
  );
}
