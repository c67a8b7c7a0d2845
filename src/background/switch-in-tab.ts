// A switch in a console tab: built here from what the page carries, sent from the page itself
// (the classic POST needs its CSRF token and must navigate it; the multi-session call needs its
// origin and cookies), and the reply read here.
import type { Profile } from '../core/profile/profile';
import { classicSwitchForm, interpretMultiSessionReply, multiSessionSwitchRequest } from '../core/switch/switch-request';
import { isConsoleUrlOf, type Partition } from '../core/console/partition';
import { sendToTab } from '../platform/messaging';
import type { ContentSwitchResult, SwitchOutcome } from '../platform/protocol';
import { openTab } from '../platform/tabs';
import { readConsoleTab, type ConsoleTabRead } from './console-page';
import { dropAttempt, recordAttempt } from './pending-switches';

/** AWS's answer to a multi-session switch, opened: only when it is a console page of the partition
 *  (the reply came from the network through the page), else 'failed' and nothing opened. */
export async function openDestination(url: string, partition: Partition, options: { openerTabId?: number; active: boolean }): Promise<{ outcome: SwitchOutcome; tabId?: number }> {
  if (!isConsoleUrlOf(url, partition)) {
    return { outcome: { kind: 'failed', issue: { code: 'errBadDestination', message: 'AWS answered with an address that is not a console page; it was not opened.' } } };
  }
  const tab = await openTab(url, { openerTabId: options.openerTabId, active: options.active });
  const outcome: SwitchOutcome = { kind: 'opened', url };
  return tab.id === undefined ? { outcome } : { outcome, tabId: tab.id };
}

/** No content script in that tab (opened before the extension was installed, or still loading):
 *  the caller opens the switch page instead. */
const NO_SCRIPT: ContentSwitchResult = { kind: 'console-changed', missing: ['content-script'] };

/** Rejects only when this extension's own storage fails: that is not the page's doing, so it must
 *  not be read as "no content script" (which would open a switch page that fails alike).
 *  `read`: the tab as the caller has just read it; the page is read once per switch.
 *  `landingUrl`: where a multi-session switch lands, when not on this tab's page (a switch sent
 *  through another session's tab lands on the page it was started from). */
export async function switchInTab(tabId: number, profile: Profile, read?: ConsoleTabRead, options: { landingUrl?: string } = {}): Promise<ContentSwitchResult> {
  let tab;
  try {
    tab = read ?? (await readConsoleTab(tabId));
  } catch {
    return NO_SCRIPT;
  }
  const { page, state } = tab;
  const session = state.reading.identity?.multiSession;
  if (session) {
    const request = multiSessionSwitchRequest(profile, { ...session, currentUrl: options.landingUrl ?? page.url });
    if ('error' in request) return { kind: 'refused', issue: request.error };
    let reply;
    try {
      reply = await sendToTab(tabId, 'fetchSwitch', { request });
    } catch {
      return NO_SCRIPT;
    }
    if ('error' in reply) {
      return { kind: 'refused', issue: { code: 'errNetwork', message: 'The AWS sign-in service could not be reached. Check your connection and try again.' } };
    }
    const outcome = interpretMultiSessionReply(reply.status, reply.body, profile.partition);
    return outcome.ok ? { kind: 'destination', url: outcome.destination } : { kind: 'refused', issue: outcome.issue };
  }
  if (!page.csrfFound) return { kind: 'console-changed', missing: ['csrf'] };
  // The token stays in the page: the form goes there with the field empty, and is filled there.
  const form = classicSwitchForm(profile, { csrf: '', currentUrl: page.url, signInEndpoint: page.signInEndpoint, infrastructureRegion: page.infrastructureRegion });
  // Recorded before the post: the answer may load (and ask about itself) before the reply comes.
  await recordAttempt(tabId, profile);
  let result: ContentSwitchResult | undefined;
  try {
    result = await sendToTab(tabId, 'postSwitchForm', { form, readId: tab.readId });
  } catch {
    return NO_SCRIPT;
  } finally {
    // Nothing was posted: the tab's next sign-in page is not this switch's answer.
    if (result?.kind !== 'posted') await dropAttempt(tabId);
  }
  return result;
}
