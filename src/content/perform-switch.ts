import { parseConsoleHost } from '../core/partition';
import type { Profile } from '../core/profile';
import { classicSwitchForm, interpretMultiSessionReply, multiSessionSwitchRequest, switchBackForm, type ClassicSwitchForm } from '../core/switch-request';
import type { ContentSwitchResult } from '../platform/protocol';
import type { PageReading } from './console-signals';

/** Switches this console tab to `profile`: the multi-session JSON call when the page is in
 *  multi-session mode, else the console's own form POST. */
export async function performSwitch(profile: Profile, page: PageReading, multiSession?: { sessionDifferentiator: string; signInEndpoint: string }): Promise<ContentSwitchResult> {
  if (multiSession) return switchMultiSession(profile, multiSession);
  if (!page.csrf) return { kind: 'console-changed', missing: ['csrf'] };
  const form = classicSwitchForm(profile, { csrf: page.csrf, currentUrl: location.href, signInEndpoint: page.signInEndpoint });
  // Post after our answer has left: once the page unloads, the message channel is gone.
  setTimeout(() => submitForm(form), 0);
  return { kind: 'posted' };
}

/** "Back to <user>" on a classic console: the console's own switch-back POST (action=switchToBasis),
 *  landing on this same page (service and region). */
export function performSwitchBack(page: PageReading): ContentSwitchResult {
  const partition = parseConsoleHost(location.hostname)?.partition;
  if (!page.csrf || !partition) return { kind: 'console-changed', missing: ['csrf'] };
  const form = switchBackForm({ partition, csrf: page.csrf, currentUrl: location.href, signInEndpoint: page.signInEndpoint });
  setTimeout(() => submitForm(form), 0);
  return { kind: 'posted' };
}

async function switchMultiSession(
  profile: Profile,
  session: { sessionDifferentiator: string; signInEndpoint: string },
): Promise<ContentSwitchResult> {
  const request = multiSessionSwitchRequest(profile, { ...session, currentUrl: location.href });
  if ('error' in request) return { kind: 'refused', issue: request.error };
  let status: number;
  let body: string;
  try {
    const response = await fetch(request.url, { method: 'POST', credentials: 'include', headers: request.headers, body: request.body });
    status = response.status;
    body = await response.text();
  } catch {
    return { kind: 'refused', issue: { code: 'errNetwork', message: 'The AWS sign-in service could not be reached. Check your connection and try again.' } };
  }
  const outcome = interpretMultiSessionReply(status, body, profile.partition);
  return outcome.ok ? { kind: 'destination', url: outcome.destination } : { kind: 'refused', issue: outcome.issue };
}

/** A top-level form POST, as the console's own switch-role menu sends it. Values are set as
 *  properties, never as markup. */
export function submitForm({ action, fields }: ClassicSwitchForm): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = action;
  form.style.display = 'none';
  for (const [name, value] of fields) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}
