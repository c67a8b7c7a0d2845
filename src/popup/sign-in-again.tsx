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

/**
 * Before signing a signed-in entry in again (Shift+Enter, Shift+click): AWS signs out the open
 * tabs of its session, so they are named. The confirm button has the focus (the user asked for
 * this on purpose); Escape or Cancel goes back to the list.
 */
export function SignInAgain({ entry, session, titles, onConfirm, onCancel }: Props) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const tabs = tabTitles(session, titles);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <section
      class="sign-in-again warning"
      role="alertdialog"
      aria-labelledby="sign-in-again-title"
      aria-describedby="sign-in-again-tabs"
      data-testid="sign-in-again"
      onKeyDown={onKeyDown}
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
        <button type="button" class="primary" ref={confirm} onClick={onConfirm}>{t('signInAgainConfirm')}</button>
        <button type="button" onClick={onCancel} aria-keyshortcuts="Escape">{t('cancel')}</button>
      </div>
    </section>
  );
}
