import type { Partition } from '../core/console/partition';
import { sessionsView, type SessionsView } from '../core/sessions/session-view';
import type { Entry } from '../core/store/schema';
import type { SessionsAnswer, TabState } from '../platform/protocol';
import { usePopup } from './popup-store';

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
