import { useEffect } from 'preact/hooks';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';
import { Deck } from './deck';
import { IdentityHeader } from './identity-header';
import { ProfileForm } from './profile-form';
import { showView, usePopup } from './store';

export function App() {
  const { loaded, preview, tab, view, problem, storageIssues, syncIssues, data } = usePopup();
  useEffect(() => {
    // Light and dark follow the system unless the user chose one.
    if (data.settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = data.settings.theme;
  }, [data.settings.theme]);

  if (view.kind === 'form') return <ProfileForm editing={view.editing} duplicateOf={view.duplicateOf} />;
  return (
    <main>
      <IdentityHeader tab={tab} hideAccountIds={data.settings.hideAccountIds} />
      {problem && <p class="problem" role="alert" data-testid="switch-problem">{issueText(problem)}</p>}
      {storageIssues.length > 0 && <p class="problem" role="status">{t('storageIssues', String(storageIssues.length))}</p>}
      {syncIssues[0] && <p class="problem" role="status" data-testid="sync-issue">{issueText(syncIssues[0])}</p>}
      {(loaded || preview) && <Deck />}
      <footer>
        <button type="button" onClick={() => showView({ kind: 'form' })}>{t('addProfile')}</button>
        <span class="keys muted" aria-hidden="true">{t('keysHint')}</span>
      </footer>
    </main>
  );
}
