import type { Partition } from '../core/console/partition';
import { sessionsView, type SessionsView, type Words } from '../core/sessions/session-view';
import type { Entry } from '../core/store/schema';
import { t } from '../platform/i18n';
import type { SessionsAnswer, TabState } from '../platform/protocol';
import { usePopup } from './popup-store';

/** Words from core (a key and its substitutions) in the user's language. */
export const words = (w: Words): string => t(w.key, w.args);

// One view per answer and list: the header, the list and the action bar all read it.
let last: { sessions?: SessionsAnswer; entries: readonly Entry[]; partition?: Partition; view: SessionsView } | undefined;

function viewOf(sessions: SessionsAnswer | undefined, entries: readonly Entry[], partition: Partition | undefined): SessionsView {
  if (last !== undefined && last.sessions === sessions && last.entries === entries && last.partition === partition) return last.view;
  last = { sessions, entries, partition, view: sessionsView(sessions, entries, partition) };
  return last.view;
}

const partitionOf = (tab: TabState | undefined): Partition | undefined =>
  tab?.kind === 'console' ? tab.console.reading.identity?.partition : undefined;

/** The signed-in sessions as the popup shows them (nothing signed in until the background answers). */
export function useSessionsView(): SessionsView {
  const { sessions, entries, tab } = usePopup();
  return viewOf(sessions, entries, partitionOf(tab));
}
