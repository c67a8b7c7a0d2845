import { useState } from 'preact/hooks';
import { whenText } from '../core/shared/relative-time';
import { REFUSAL_CAUSES } from '../core/switch/switch-refusal';
import { t, uiLanguage } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import type { TabState } from '../platform/protocol';

/** The last switch of ours from the tab under the popup, when AWS refused it: which entry, when,
 *  and the usual causes, until the user dismisses it or switches again. */
export function SwitchRefusal({ tab }: { tab?: TabState }) {
  const [dismissed, setDismissed] = useState(false);
  const shown = tab?.refusal;
  if (!shown || dismissed) return null;
  const { refusal, tabId } = shown;
  const when = whenText(refusal.at, Date.now(), uiLanguage());
  const dismiss = () => {
    setDismissed(true);
    void sendToBackground('dismissRefusal', { tabId }).catch(() => undefined);
  };
  return (
    <section class="refusal warning" role="alert" data-testid="switch-refusal">
      <p>{t(when.kind === 'ago' ? 'popupRefusedAgo' : 'popupRefusedAt', [refusal.label, when.text])}</p>
      <ul>{REFUSAL_CAUSES.map((key) => <li key={key}>{t(key)}</li>)}</ul>
      <button type="button" onClick={dismiss}>{t('dismiss')}</button>
    </section>
  );
}
