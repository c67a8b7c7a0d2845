// Which simulated service answers a URL: sign-in, console, access portal, or the neutral example.test site.
import { handlePortal, isPortalHost } from './access-portal';
import { handleClassicPost, handleSwitchPageGet } from './classic-switch';
import { handleConsole } from './console-route';
import { html, htmlReply, type Reply } from './html';
import { handleMultiSession, MULTI_SESSION_PATH } from './multi-session-switch';
import { parseConsoleHost, signinPartition } from './partitions';
import type { SimRequest } from './sim-request';
import { renderNotFound, renderSignInPage } from './signin-pages';
import { handlePortalApi, isPortalApiHost } from './portal-api';
import { handleFederation } from './portal-federation';
import type { SimState } from './state';

export const NEUTRAL_HOST = 'example.test';

/** Whether the simulator answers for this host (on https, port 443); the proxy refuses every other. */
export function isSimulatedHost(host: string): boolean {
  return host === NEUTRAL_HOST || signinPartition(host) !== undefined || parseConsoleHost(host) !== undefined || isPortalHost(host) || isPortalApiHost(host);
}

/** Whether the simulator serves this URL. */
export function isSimulated(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && isSimulatedHost(url.hostname);
}

function neutralPage(request: SimRequest): Reply {
  return htmlReply({
    title: 'Example test site',
    body: html`<main data-testid="sim-neutral"><h1>Example test site</h1><p>Not an AWS console page: ${request.url.pathname}</p></main>`,
  });
}

export function dispatch(state: SimState, request: SimRequest): Reply {
  const host = request.url.hostname;
  if (host === NEUTRAL_HOST) return neutralPage(request);
  const signin = signinPartition(host);
  if (signin) {
    const path = request.url.pathname;
    const multi = MULTI_SESSION_PATH.exec(path);
    if (multi) return handleMultiSession(state, signin, request, decodeURIComponent(multi[1] ?? ''));
    if (path === '/switchrole' && request.method === 'POST') return handleClassicPost(state, signin, request);
    if (path === '/switchrole' && request.method === 'GET') return handleSwitchPageGet(state, signin, request);
    if (path === '/signin' && request.method === 'GET') return renderSignInPage();
    if (path === '/federation') return handleFederation(state, signin, request);
    return renderNotFound(`The simulated sign-in service does not serve ${request.method} ${path}.`);
  }
  const consoleHost = parseConsoleHost(host);
  if (consoleHost) return handleConsole(state, request, consoleHost);
  if (isPortalHost(host)) return handlePortal(state, request);
  if (isPortalApiHost(host)) return handlePortalApi(state.portal, request);
  return renderNotFound(`${host} is not simulated.`);
}
