import type { Session } from '../core/sessions/session-list';
import { consoleHomeUrl, switchBackUrl } from '../core/switch/landing-url';
import type { TabState } from '../platform/protocol';
import { openTab, tabById } from '../platform/tabs';
import { focusTab } from '../platform/tabs-matching';

/**
 * The "Signed in now" section's first row: go to the user's own session. No message to the
 * background is needed: the sessions answer names its tabs, each checked moments ago to be an open
 * console tab of that session, so the newest one still open is brought to the front (no switch, no
 * sign-in). With none open, its console opens in a new tab the way "Back to <user>" opens it
 * (return-to-user.ts): the page the popup's console tab shows, off its role session's subdomain,
 * else the console home in its region, where the console shows the signed-in base session.
 */
export async function goToBaseSession(session: Session, tab: TabState | undefined): Promise<void> {
  const newestFirst = [...session.tabs].sort((a, b) => b.seenAt - a.seenAt);
  for (const { tabId } of newestFirst) {
    const open = await tabById(tabId);
    if (!open) continue;
    try {
      await focusTab(open);
    } catch {
      continue; // Closed in between: the next one, or a new tab.
    }
    window.close();
    return;
  }
  const here = tab?.kind === 'console' && tab.console.reading.identity?.partition === session.partition ? tab.console.url : undefined;
  await openTab(here ? switchBackUrl(session.partition, here) : consoleHomeUrl(session.partition, session.region));
  window.close();
}
