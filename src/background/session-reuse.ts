// Reusing a signed-in session (issue #16, part 3): its console tab is brought to the front, the one
// on the same service and region as the tab the switch started from where it can be, or its console
// opens in a new tab. Nothing is signed in: signing the identity in again would sign its open tabs out.
import { matchesIdentity } from '../core/console/match-identity';
import type { Identity } from '../core/console/identity';
import { sessionKey, type Session } from '../core/sessions/session-list';
import { checkTabs } from '../core/sessions/session-tabs';
import { pickSessionTab, sessionConsoleUrl } from '../core/switch/base-session-url';
import type { Entry } from '../core/store/schema';
import type { SwitchOutcome } from '../platform/protocol';
import { openTab, type Tab } from '../platform/tabs';
import { focusTab } from '../platform/tabs-matching';
import { readWithin } from './console-page';
import { liveSessions } from './live-sessions';

/** Whether a page's identity is the session's own. */
type ShowsSession = (identity: Identity) => boolean;

/** At most this many of the session's tabs are tried before its console is opened instead. */
const TRIES = 3;

/**
 * Focuses (or opens) `session`'s console; undefined when its tabs surely show someone else now and
 * no console of it can be opened, and the caller switches as usual. A tab is read before it is
 * focused: a classic session's identity changes with every switch, and a page may have changed
 * since it was last read. A page that shows no one (AWS's signed-out page, or one whose signals
 * have not loaded yet) is focused all the same: signing in again would sign the session's other
 * tabs out, and only the user may decide that (Shift+Enter). `newTab`: the user asked for a new
 * tab, so the session's console opens in one.
 */
export async function reuseSession(session: Session, profile: Pick<Entry, 'partition' | 'account' | 'roleName'> | ShowsSession, ctx: { from?: Tab; newTab: boolean; open: readonly Tab[] }): Promise<SwitchOutcome | undefined> {
  const shows = typeof profile === 'function' ? profile : (identity: Identity) => matchesIdentity(profile, identity);
  const target = sessionConsoleUrl(session, ctx.from?.url);
  const ids = checkTabs([session], ctx.open)[0]!.tabs.map((t) => t.tabId);
  const left = ids.map((id) => ctx.open.find((t) => t.id === id)!).filter((t) => t !== undefined);
  for (let i = 0; i < TRIES && !ctx.newTab && left.length > 0; i += 1) {
    const tab = pickSessionTab(left, target)!;
    left.splice(left.indexOf(tab), 1);
    const read = await readWithin(tab.id!);
    const identity = read?.state.reading.identity;
    // Someone else, surely: not this session's tab any more.
    if (identity && !shows(identity)) continue;
    // No answer (opened before install, loading, or frozen): in multi-session mode the host alone
    // says whose tab it is; a classic tab may show anyone.
    if (!read && session.differentiator === undefined) continue;
    await focusTab(tab);
    return { kind: 'focused', url: tab.url ?? target ?? '' };
  }
  // A classic session's identity is known only from an open tab.
  if (session.differentiator === undefined || target === undefined) return undefined;
  await openTab(target, { openerTabId: ctx.from?.id });
  return { kind: 'opened', url: target };
}

/**
 * The popup's "Signed in now" rows (focusSession): a tab of the session with `key` brought to the
 * front, the one on the same service and region as `from` where it can be, else its console opened
 * on its own subdomain; nothing is signed in. 'failed' when Switchyard knows no such session, or
 * has no way to its console (a classic session with no open tab).
 */
export async function focusSession(key: string, from: Tab | undefined): Promise<SwitchOutcome> {
  const { sessions, open } = from?.incognito === true ? { sessions: [], open: [] } : await liveSessions();
  const session = sessions.find((s) => s.key === key);
  const outcome = session === undefined ? undefined : await reuseSession(session, (identity) => showsSession(session, identity), { from, newTab: false, open });
  return outcome ?? { kind: 'failed', issue: { code: 'errSessionGone', message: 'Switchyard no longer finds that session’s console. Sign in to it again, or open its console from another tab.' } };
}

/** The page shows `session`: its multi-session session, or in classic mode the same principal. */
function showsSession(session: Session, identity: Identity): boolean {
  if (sessionKey(identity.partition, identity.multiSession?.sessionDifferentiator || undefined) !== session.key) return false;
  return session.differentiator !== undefined || (identity.arn !== undefined && identity.arn === session.identity.arn);
}
