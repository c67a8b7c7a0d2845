import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';
import { IdentityHeader } from './identity-header';
import { ProfileForm } from './profile-form';
import { ProfileList } from './profile-list';
import { showView, undoDelete, usePopup } from './store';

export function App() {
  const { profiles, loaded, tab, view, switching, problem, storageIssues, deleted } = usePopup();
  if (view.kind === 'form') return <ProfileForm editing={view.editing} />;
  const identity = tab?.kind === 'console' ? tab.console.reading.identity : undefined;
  return (
    <main>
      <IdentityHeader tab={tab} />
      {problem && <p class="problem" role="alert" data-testid="switch-problem">{issueText(problem)}</p>}
      {storageIssues.length > 0 && <p class="problem" role="status">{t('storageIssues', String(storageIssues.length))}</p>}
      {deleted && (
        <p class="undo" role="status">
          {t('deletedProfile', deleted.profile.label)}{' '}
          <button type="button" onClick={() => void undoDelete()}>{t('undo')}</button>
        </p>
      )}
      {loaded && <ProfileList profiles={profiles} identity={identity} switching={switching} />}
      <footer>
        <button type="button" onClick={() => showView({ kind: 'form' })}>{t('addProfile')}</button>
      </footer>
    </main>
  );
}
