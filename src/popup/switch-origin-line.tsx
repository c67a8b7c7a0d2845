import { MULTI_SESSION_LIMIT } from '../core/sessions/session-entries';
import { switchOrigin, type SwitchOrigin } from '../core/sessions/switch-origin';
import { limitWords, originWords, type SessionsView } from '../core/sessions/session-view';
import type { BaseAccount, Entry } from '../core/store/schema';
import { t, uiLanguage } from '../platform/i18n';
import { words } from './words';

/** Where a switch to `entry` would come from; undefined while no session is known (or none is
 *  signed in): then switches go as they always did and the popup says nothing about it. */
export function originOf(entry: Entry | undefined, view: SessionsView, entries: readonly Entry[], bases: readonly BaseAccount[]): SwitchOrigin | undefined {
  if (!entry || view.sessions.length === 0) return undefined;
  // With the answer's time, as the background decides: only live sessions count, and a session that
  // may have expired with no tab open is not reused.
  return switchOrigin({ list: view.sessions, current: view.current, target: entry, entries, bases, now: view.now });
}

interface LineProps { origin: SwitchOrigin; entry: Entry; entries: readonly Entry[]; bases: readonly BaseAccount[] }

/** The action bar's line: which session the selected entry's switch comes from. */
export function SwitchOriginLine({ origin, entry, entries, bases }: LineProps) {
  return <p class="origin muted" data-testid="switch-origin">{words(originWords(origin, entry, entries, bases))}</p>;
}

/** Before a switch: all sessions AWS allows are in use (or the selected entry needs more than are
 *  left), naming the sessions with no open tab, which the user could sign out. When the selected
 *  entry's switch needs a new session, the user may still go ahead (`onSwitchAnyway`). */
export function SessionLimit({ origin, view, entries, onSwitchAnyway }: { origin?: SwitchOrigin; view: SessionsView; entries: readonly Entry[]; onSwitchAnyway?: () => void }) {
  const { usage } = view;
  const limit = origin?.from === 'limit' ? origin
    : usage && usage.used >= MULTI_SESSION_LIMIT ? { from: 'limit' as const, used: usage.used, limit: usage.limit, idle: usage.idle } : undefined;
  if (!limit) return null;
  return (
    <div class="warning session-limit" role="status" data-testid="session-limit">
      <p>{words(limitWords(limit, usage?.sessions ?? [], entries, uiLanguage()))}</p>
      {origin?.from === 'limit' && onSwitchAnyway && <SwitchAnyway limit={limit.limit} onClick={onSwitchAnyway} />}
    </div>
  );
}

/** Past the limit as Switchyard counts it: it knows only the sessions whose pages it saw, and some
 *  may have ended since (signed out elsewhere, expired). AWS then decides, and says if it refuses. */
export function SwitchAnyway({ limit, onClick }: { limit: number; onClick: () => void }) {
  return (
    <p class="past-limit">
      <span class="muted">{t('pastLimitHint', String(limit))}</span>{' '}
      <button type="button" data-testid="switch-anyway" onClick={onClick}>{t('switchAnyway')}</button>
    </p>
  );
}
