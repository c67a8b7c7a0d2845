// Which of a session's recorded tabs are still its own: the list is kept from page reads, and a tab
// may since have closed (a closing the worker missed while stopped) or moved to another host.
import { parseConsoleUrl } from '../console/partition';
import { sessionLabelOf } from '../switch/base-session-url';
import { sessionsIn, type Session, type SessionList } from './session-list';

/** An open tab as the browser lists it: its id and, for console hosts, its address. */
export interface OpenTab {
  id?: number;
  url?: string;
}

/** Whether `url` is a console page of `session`: its partition, and in multi-session mode its own
 *  subdomain (a classic session's pages are on no session subdomain). */
export function isOnSession(session: Pick<Session, 'partition' | 'differentiator' | 'label'>, url: string | undefined): boolean {
  const page = url === undefined ? undefined : parseConsoleUrl(url, session.partition);
  if (!page || page.info.page !== undefined) return false;
  if (session.differentiator === undefined) return page.info.multiSession === undefined;
  if (page.info.multiSession === undefined) return false;
  return session.label === undefined || sessionLabelOf(url!) === session.label;
}

/** The list with each session's tabs cut to those still open on its host; the sessions stay
 *  (an idle session is still signed in). */
export function checkTabs(list: SessionList, open: readonly OpenTab[]): Session[] {
  const urls = new Map<number, string | undefined>();
  for (const tab of open) if (tab.id !== undefined) urls.set(tab.id, tab.url);
  return sessionsIn(list).map((session) => {
    const tabs = session.tabs.filter((t) => urls.has(t.tabId) && isOnSession(session, urls.get(t.tabId)));
    return tabs.length === session.tabs.length ? session : { ...session, tabs };
  });
}

/** The open tabs no session of the list accounts for (never read, or read before they moved). */
export function unaccountedTabs<T extends OpenTab>(list: SessionList, open: readonly T[]): T[] {
  const known = new Set(sessionsIn(list).flatMap((s) => s.tabs.map((t) => t.tabId)));
  return open.filter((tab) => tab.id !== undefined && !known.has(tab.id));
}
