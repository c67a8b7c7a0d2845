import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';
import { Deck } from './deck';
import { keepPaintedCopy } from './hand-over';
import { IdentityHeader } from './identity-header';
import { SessionsCount } from './session-mark';
import { useSessionsView } from './sessions-view';
import { SwitchRefusal } from './switch-refusal-note';
import { SwitchAnyway } from './switch-origin-line';
import { MULTI_SESSION_LIMIT } from '../core/sessions/session-entries';

import { showView, switchTo, usePopup } from './popup-store';

export function App() {
  /** The refused switch, sent again past the limit (AWS decides). */
  const switchAnyway = ({ id, newTab }: { id: string; newTab: boolean }) => {
    const entry = entries.find((e) => e.id === id);
    if (entry) void switchTo(entry, newTab, undefined, true);
  };
  const state = usePopup();
  const { loaded, preview, tab, view, problem, refusedAtLimit, syncIssues, data, entries } = state;
  // What this render drew, kept for the next opening's first paint when it is the kept first screen.
  useLayoutEffect(() => keepPaintedCopy(state), [state]);
  const sessions = useSessionsView();
  // Saved items this version cannot read: kept as they were, and counted here as long as they are.
  const keptAside = (data.unreadable?.length ?? 0) + (data.unreadableBases?.length ?? 0);
  useEffect(() => {
    // Light and dark follow the system unless the user chose one.
    if (data.settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = data.settings.theme;
  }, [data.settings.theme]);

  // The form (and its validation) loads when first asked for: opening the popup does not pay for it.
  const [form, setForm] = useState<typeof import('./profile-form')>();
  useEffect(() => {
    if (view.kind === 'form' && !form) void import('./profile-form').then(setForm);
  }, [view.kind, form]);
  if (view.kind === 'form') return form ? <form.ProfileForm editing={view.editing} duplicateOf={view.duplicateOf} /> : null;
  return (
    <main>
      <IdentityHeader tab={tab} hideAccountIds={data.settings.hideAccountIds}>
        <SessionsCount usage={sessions.usage} />
      </IdentityHeader>
      <SwitchRefusal tab={tab} />
      {problem && <p class="problem" role="alert" data-testid="switch-problem">{issueText(problem)}</p>}
      {refusedAtLimit && <SwitchAnyway limit={MULTI_SESSION_LIMIT} onClick={() => switchAnyway(refusedAtLimit)} />}
      {keptAside > 0 && <p class="problem" role="status" data-testid="kept-aside">{t('storageIssues', String(keptAside))}</p>}
      {syncIssues[0] && <p class="problem" role="status" data-testid="sync-issue">{issueText(syncIssues[0])}</p>}
      {(loaded || preview) && <Deck />}
      <footer>
        <button type="button" onClick={() => showView({ kind: 'form' })}>{t('addProfile')}</button>
        <span class="keys muted" aria-hidden="true">{t(sessions.sectionIds.size > 0 ? 'keysHintSessions' : 'keysHint')}</span>
      </footer>
    </main>
  );
}
