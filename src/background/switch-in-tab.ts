// A switch in a console tab: built here from what the page carries, sent from the page itself
// (the classic POST needs its CSRF token and must navigate it; the multi-session call needs its
// origin and cookies), and the reply read here.
import type { Profile } from '../core/profile/profile';
import { classicSwitchForm, interpretMultiSessionReply, multiSessionSwitchRequest } from '../core/switch/switch-request';
import { sendToTab } from '../platform/messaging';
import type { ContentSwitchResult } from '../platform/protocol';
import { readConsoleTab } from './console-page';
import { dropAttempt, recordAttempt } from './pending-switches';

/** Rejects when the tab has no content script to do it. */
export async function switchInTab(tabId: number, profile: Profile): Promise<ContentSwitchResult> {
  const { page, state } = await readConsoleTab(tabId);
  const session = state.reading.identity?.multiSession;
  if (session) {
    const request = multiSessionSwitchRequest(profile, { ...session, currentUrl: page.url });
    if ('error' in request) return { kind: 'refused', issue: request.error };
    const reply = await sendToTab(tabId, 'fetchSwitch', { request });
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
  const result = await sendToTab(tabId, 'postSwitchForm', { form });
  if (result.kind !== 'posted') await dropAttempt(tabId);
  return result;
}
