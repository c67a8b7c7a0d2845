import { maskAccountId } from '../core/badge/mask';
import type { Session } from '../core/sessions/session-list';
import { signedInAs } from '../core/sessions/session-view';
import { t } from '../platform/i18n';
import { SessionMark } from './session-mark';

/** The element id of the base session's row (an option of the list, like the entries). */
export const BASE_SESSION_ROW_ID = 'signed-in-base';

interface Props {
  session: Session;
  now: number;
  hideAccountIds: boolean;
  selected: boolean;
  top: number;
  onPick: () => void;
  onHover: () => void;
}

/** First in "Signed in now": the user's own sign-in; picking it goes to its console tab. */
export function BaseSessionRow({ session, now, hideAccountIds, selected, top, onPick, onHover }: Props) {
  const { identity } = session;
  const id = identity.accountId ?? '';
  const account = identity.accountAlias ?? (hideAccountIds ? maskAccountId(id) : id);
  return (
    <li
      id={BASE_SESSION_ROW_ID}
      role="option"
      aria-selected={selected}
      class={`entry base-session${selected ? ' selected' : ''}`}
      style={{ top: `${top}px` }}
      title={t('baseSessionHint')}
      data-testid="base-session"
      onClick={onPick}
      onMouseMove={onHover}
    >
      <span class="swatch" aria-hidden="true" />
      <span class="entry-text">
        <span class="entry-label">{t('baseSessionRow', signedInAs(session))}</span>
        <span class="entry-detail">{[account, session.region].filter(Boolean).join(' · ')}</span>
      </span>
      <SessionMark session={session} now={now} />
    </li>
  );
}
