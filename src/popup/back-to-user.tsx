import { useState } from 'preact/hooks';
import { isSwitchedRole } from '../core/console/base-user';
import type { CoreIssue } from '../core/issues/issue';
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { backgroundIssue } from '../ui/background-issue';
import type { TabState } from '../platform/protocol';
import { issueText } from '../ui/issue-text';

/**
 * "Back to <user>" for the console tab under the popup: shown only while a role is active there.
 * Classic consoles post their own switch-back; multi-session focuses or opens the base session.
 * Self-contained: give it the popup's tab state; it closes the popup once the switch is under way.
 */
export function BackToUser({ tab }: { tab?: TabState }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CoreIssue>();
  if (tab?.kind !== 'console' || !isSwitchedRole(tab.console.reading.identity, tab.console.baseUser)) return null;
  const name = tab.console.baseUser?.name;

  const back = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await sendToBackground('returnToUser', { tabId: tab.tabId });
      if (outcome.kind === 'failed') setProblem(outcome.issue);
      else window.close();
    } catch (error) {
      setProblem(backgroundIssue(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="back-to-user">
      <button type="button" data-testid="back-to-user" title={t('backToUserHint')} disabled={busy} aria-busy={busy} onClick={() => void back()}>
        {name === undefined ? t('backToYourUser') : t('backToUser', name)}
      </button>
      {problem && <p class="problem" role="alert" data-testid="back-to-user-problem">{issueText(problem)}</p>}
    </div>
  );
}
