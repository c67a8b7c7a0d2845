import type { Session } from '../core/sessions/session-list';
import { sessionState } from '../core/sessions/session-state';
import type { SessionUsage } from '../core/sessions/session-entries';
import { markWords } from '../core/sessions/session-view';
import { t, uiLanguage } from '../platform/i18n';
import { words } from './words';

/** "Signed in · 2 tabs" on a signed-in entry (and the base session's row). */
export function SessionMark({ session, now }: { session: Session; now: number }) {
  const expired = sessionState(session, now) === 'possibly-expired';
  const text = words(markWords(session, now, uiLanguage()));
  // Cut short in a narrow row: the whole text stays in the title.
  return <span class={`tag signed-in${expired ? ' warning' : ''}`} data-testid="signed-in-mark" title={text}>{text}</span>;
}

/** "3 of 5 sessions": how many of the identities AWS keeps signed in at once are in use. */
export function SessionsCount({ usage }: { usage?: SessionUsage }) {
  if (!usage) return null;
  const limit = String(usage.limit);
  return (
    <span class={`tag${usage.used >= usage.limit ? ' warning' : ''}`} data-testid="sessions-count" title={t('sessionsCountHint', limit)}>
      {t('sessionsCount', [String(usage.used), limit])}
    </span>
  );
}
