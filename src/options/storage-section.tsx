/// <reference types="vite/client" />
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';
import { CatalogSection } from './storage-catalog';
import './storage-section.css';
import { useOptionsState } from './options-store';
import { saveFromOptions } from './options-writes';
import { SyncUsage } from './storage-usage';

type Status = { kind: 'busy' } | { kind: 'ok' | 'error'; text: string };
type Area = 'local' | 'sync';

/** Where the list lives (this browser or synced), how full sync storage is, and the
 *  organisation's catalog. */
export function StorageSection() {
  const { snapshot, report, problem, loadProblem } = useOptionsState();
  const [status, setStatus] = useState<Status>();
  const notLoaded = loadProblem !== undefined && (
    <p role="alert" class="error" data-testid="storage-not-loaded">{t('storageNotLoaded')} {loadProblem}</p>
  );
  if (!snapshot) {
    return notLoaded ? (
      <section aria-labelledby="storage-heading" data-testid="storage">
        <h2 id="storage-heading">{t('storageHeading')}</h2>
        {notLoaded}
      </section>
    ) : null;
  }
  const area = snapshot.data.settings.storageArea;
  const busy = status?.kind === 'busy';

  const move = async (to: Area) => {
    if (to === area || busy) return;
    setStatus({ kind: 'busy' });
    const result = await saveFromOptions({ kind: 'setStorageArea', area: to });
    if (result.saved) setStatus({ kind: 'ok', text: t(to === 'sync' ? 'storageMovedSync' : 'storageMovedLocal') });
    else setStatus({ kind: 'error', text: `${t('storageNotMoved')} ${result.problem ? issueText(result.problem) : ''}` });
  };
  // The radio shows where the list is, not where the user clicked: a refused move leaves it.
  const choose = (to: Area) => (event: Event) => {
    event.preventDefault();
    void move(to);
  };

  return (
    <>
      <section aria-labelledby="storage-heading" data-testid="storage">
        <h2 id="storage-heading">{t('storageHeading')}</h2>
        <fieldset class="storage-area" disabled={busy}>
          <legend>{t('storageWhere')}</legend>
          <label class="check">
            <input type="radio" name="storage-area" value="local" checked={area === 'local'} onClick={choose('local')} aria-describedby="storage-local-hint" />
            {t('storageLocal')}
          </label>
          <p id="storage-local-hint" class="muted hint">{t('storageLocalHint')}</p>
          <label class="check">
            <input type="radio" name="storage-area" value="sync" checked={area === 'sync'} onClick={choose('sync')} aria-describedby="storage-sync-hint" />
            {t('storageSync')}
          </label>
          <p id="storage-sync-hint" class="muted hint">{t('storageSyncHint')}</p>
        </fieldset>
        {report && <SyncUsage report={report} />}
        {status && (
          <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'busy' ? 'muted' : status.kind} data-testid="storage-status">
            {status.kind === 'busy' ? t('storageMoving') : status.text}
          </p>
        )}
        {notLoaded}
        {problem && (
          <div role="alert" data-testid="storage-problem">
            <p class="error">{t(problem.listSaved ? 'storageLastProblemDevice' : 'storageLastProblem')} {issueText(problem.problem)}</p>
            {problem.tooBig && area === 'sync' && <button type="button" onClick={() => void move('local')}>{t('storageKeepLocal')}</button>}
          </div>
        )}
        {snapshot.issues.length > 0 && (
          <ul class="storage-problems" role="status" data-testid="storage-issues">
            {snapshot.issues.map((issue, i) => <li key={i}>{issueText(issue)}</li>)}
          </ul>
        )}
        {snapshot.syncIssues.length > 0 && (
          <ul class="storage-problems" role="status">
            {snapshot.syncIssues.map((issue, i) => <li key={i}>{issueText(issue)}</li>)}
          </ul>
        )}
      </section>
      <CatalogSection snapshot={snapshot} />
    </>
  );
}
