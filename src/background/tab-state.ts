import { matchesIdentity } from '../core/console/match-identity';
import { consoleHostOfUrl } from '../core/console/partition';
import type { TabState } from '../platform/protocol';
import { type Tab } from '../platform/tabs';
import { readConsoleTab } from './console-page';
import { dismissRefusal, readTabRefusal } from './pending-switches';

/** What the popup header shows: who is signed in on the active tab, if it is a console page, and
 *  whether the last switch of ours from that tab was refused. */
export async function tabState(tab: Tab | undefined): Promise<TabState> {
  if (tab?.id === undefined) return { kind: 'not-console' };
  const [state, refusal] = await Promise.all([consoleStateOfTab(tab), readTabRefusal(tab.id).catch(() => undefined)]);
  if (!refusal) return state;
  // Signed in as that role since (switched by hand, say): the refusal is old news.
  const identity = state.kind === 'console' ? state.console.reading.identity : undefined;
  if (identity && identity.kind !== 'unknown' && matchesIdentity(refusal, identity)) {
    await dismissRefusal(tab.id);
    return state;
  }
  return { ...state, refusal: { refusal, tabId: tab.id } };
}

async function consoleStateOfTab(tab: Tab): Promise<TabState> {
  if (tab.id === undefined || tab.url === undefined || !consoleHostOfUrl(tab.url)) return { kind: 'not-console' };
  try {
    // Recorded into the session list without delaying the popup's first rows.
    return { kind: 'console', console: (await readConsoleTab(tab.id, { record: 'after' })).state, tabId: tab.id };
  } catch {
    return { kind: 'console-unreachable', url: tab.url };
  }
}
