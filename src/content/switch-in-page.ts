// The two things a switch must do from the console page itself: the classic form POST (a
// top-level navigation with the page's CSRF token) and the multi-session call (the page's origin
// and cookies). The background builds both from the page it read; the page only checks where they
// go, and fills in the token of that same read.
import { parseSignInHost } from '../core/console/partition';
import type { ClassicSwitchForm, MultiSessionRequest } from '../core/switch/switch-request';
import type { MessageMap } from '../platform/protocol';

/** Only an AWS sign-in host ever gets the page's token or cookies, whatever asks. */
function toSignIn(url: string, path: RegExp): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.port === '' && parseSignInHost(parsed.hostname) !== undefined && path.test(parsed.pathname);
  } catch {
    return false;
  }
}

export function postSwitchForm(form: ClassicSwitchForm, csrf: string | undefined): MessageMap['postSwitchForm']['response'] {
  if (!csrf || !toSignIn(form.action, /^\/switchrole$/)) return { kind: 'console-changed', missing: ['csrf'] };
  const fields = form.fields.map(([name, value]): [string, string] => [name, name === 'csrf' ? csrf : value]);
  // Post after our answer has left: once the page unloads, the message channel is gone.
  setTimeout(() => submitForm(form.action, fields), 0);
  return { kind: 'posted' };
}

/** The page's own fetch: its origin, its cookies. Chrome's content-script fetch is that already;
 *  Firefox's carries the extension's privileges instead (no page Origin), and offers the page's as
 *  `content.fetch`. Checked to be a function: a page element with id="content" is on the window too. */
function pageFetch(url: string, init: RequestInit): Promise<Response> {
  const content = (globalThis as { content?: { fetch?: unknown } }).content;
  return typeof content?.fetch === 'function' ? (content as { fetch: typeof fetch }).fetch(url, init) : fetch(url, init);
}

export async function fetchSwitch(request: MultiSessionRequest): Promise<MessageMap['fetchSwitch']['response']> {
  if (!toSignIn(request.url, /^\/sessions\/[^/]+\/v1\/switchrole$/)) return { error: 'refused-host' };
  try {
    const response = await pageFetch(request.url, { method: 'POST', credentials: 'include', headers: request.headers, body: request.body });
    return { status: response.status, body: await response.text() };
  } catch {
    return { error: 'network' };
  }
}

/** A top-level form POST, as the console's own switch-role menu sends it. Values are set as
 *  properties, never as markup. */
function submitForm(action: string, fields: Array<[string, string]>): void {
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
