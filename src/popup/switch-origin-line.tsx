import { switchOrigin } from '../core/sessions/switch-origin';
import { limitWords, originWords, type SessionsView } from '../core/sessions/session-view';
import type { BaseAccount, Entry } from '../core/store/schema';
import { words } from './words';

interface Props { entry: Entry; view: SessionsView; entries: readonly Entry[]; bases: readonly BaseAccount[] }

/** Which session the selected entry's switch comes from, and, when all five are in use, the
 *  warning before it (naming the sessions with no open tab, which the user could sign out). */
export function SwitchOriginLine({ entry, view, entries, bases }: Props) {
  // Nothing is known of the sessions yet (or none is signed in): switches go as they always did.
  if (view.sessions.length === 0) return null;
  const origin = switchOrigin({ list: view.sessions, current: view.current, target: entry, entries, bases });
  return (
    <>
      <p class="origin muted" data-testid="switch-origin">{words(originWords(origin, entry, entries, bases))}</p>
      {origin.from === 'limit' && <p class="warning session-limit" role="status" data-testid="session-limit">{words(limitWords(origin, view, entries))}</p>}
    </>
  );
}
