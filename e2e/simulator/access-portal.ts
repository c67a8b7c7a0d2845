// The IAM Identity Center access portal, on every AWS-owned portal host the AWS CLI knows (facts
// file, ~/.aws/config). Its start page is a single-page app: the console shortcut
// `/start/#/console?account_id=…&role_name=…&destination=…` lives in the fragment, which the browser
// never sends, so the page itself reads it and shows what it would sign in to.
import { html, htmlReply, redirectReply, SafeHtml, scriptJson, type Reply } from './html';
import { PARTITION_NAMES, PARTITIONS } from './partitions';
import { apiHostOf, PORTAL_COOKIE } from './portal-state';
import type { SimRequest } from './sim-request';
import type { SimState } from './state';
import { renderNotFound } from './signin-pages';

/** The CLI's suffixes: each needs at least one whole label before it. */
export const PORTAL_SUFFIXES = [
  '.awsapps.com', '.portal.amazonaws.com', '.app.aws',
  '.awsapps.cn', '.portal.amazonaws.com.cn', '.app.amazonwebservices.com.cn',
  '.portal.amazonaws.eu', '.api.amazonwebservices.eu',
];
export const PORTAL_HOSTS = ['identitycenter.amazonaws.com', 'identitycenter.amazonaws.com.cn'];
const LABELS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

export function isPortalHost(host: string): boolean {
  return PORTAL_HOSTS.includes(host) || PORTAL_SUFFIXES.some((suffix) => host.endsWith(suffix) && LABELS.test(host.slice(0, -suffix.length)));
}

const CONSOLE_ROOTS = PARTITION_NAMES.flatMap((p) => [PARTITIONS[p].consoleRoot, ...PARTITIONS[p].otherConsoleHosts]);

// Runs in the page (with the response's nonce). Text only: the fragment is the visitor's to craft.
// Signed in (the page can read its session cookie), a valid shortcut signs in to the console as the
// portal's page does: it asks the API for a sign-in token (the cookie's value in the token header)
// and goes on to the sign-in service's federation endpoint.
function startPageScript(apiBase: string, consoleHome: string): string {
  return `
const roots = ${scriptJson(CONSOLE_ROOTS)};
const apiBase = ${scriptJson(apiBase)};
const consoleHome = ${scriptJson(consoleHome)};
const show = (id, text) => { document.querySelector('[data-testid="' + id + '"]').textContent = text; };
const isConsole = (value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.port && !url.username && roots.some((r) => url.hostname === r || url.hostname.endsWith('.' + r));
  } catch { return false; }
};
const cookie = document.cookie.split('; ').find((c) => c.startsWith(${scriptJson(`${PORTAL_COOKIE}=`)}));
// A single-page app: a new fragment (the browser does not load the page again) is a new route.
const route = () => {
for (const id of ['sim-portal-account', 'sim-portal-role', 'sim-portal-destination']) show(id, '');
const match = /^#\\/console\\?(.*)$/.exec(location.hash);
if (!match) {
  show('sim-portal-status', 'AWS access portal: choose an account.');
} else {
  const query = new URLSearchParams(match[1]);
  const account = query.get('account_id') || '';
  const role = query.get('role_name') || '';
  const destination = query.get('destination');
  const problems = [];
  if (!/^\\d{12}$/.test(account)) problems.push('account_id must be 12 digits');
  if (!role) problems.push('role_name is missing');
  if (destination !== null && !isConsole(destination)) problems.push('destination is not an https console address');
  if (problems.length > 0) {
    show('sim-portal-status', 'This console shortcut is not valid: ' + problems.join('; ') + '.');
  } else {
    show('sim-portal-status', 'Console shortcut');
    show('sim-portal-account', account);
    show('sim-portal-role', role);
    show('sim-portal-destination', destination ?? '(the console home)');
    if (cookie) {
      show('sim-portal-session', 'Signing in to the console…');
      const token = cookie.slice(cookie.indexOf('=') + 1);
      fetch(apiBase + '/federation/console?account_id=' + encodeURIComponent(account) + '&role_name=' + encodeURIComponent(role), { headers: { 'x-amz-sso_bearer_token': token } })
        .then(async (response) => {
          if (!response.ok) {
            show('sim-portal-session', response.status === 401 ? 'Your access portal session has ended: sign in again.' : 'You cannot use ' + role + ' in ' + account + ' (' + response.status + ').');
            return;
          }
          const answer = await response.json();
          location.replace(answer.signInFederationLocation + '?Action=login&SigninToken=' + encodeURIComponent(answer.signInToken) + '&Destination=' + encodeURIComponent(destination ?? consoleHome));
        })
        .catch(() => show('sim-portal-session', 'The access portal did not answer.'));
    }
  }
}
};
route();
addEventListener('hashchange', route);
`;
}

function startPage(state: SimState, host: string): Reply {
  const portal = state.portal.portal(host);
  const signedIn = portal.token !== undefined;
  const env = { region: portal.region, partition: portal.partition };
  const head = html`<script type="application/json" id="env">${new SafeHtml(scriptJson(env))}</script>`;
  const body = html`
<div class="sim-banner">Switchyard test simulator — not the real AWS access portal</div>
<main data-testid="sim-portal">
  <h1>AWS access portal</h1>
  <p class="sim-reason">${host}</p>
  <p data-testid="sim-portal-session">${signedIn ? `Signed in as ${portal.userName}` : 'Not signed in'}</p>
  <p data-testid="sim-portal-status" role="status"></p>
  <dl>
    <dt>Account</dt><dd data-testid="sim-portal-account"></dd>
    <dt>Permission set</dt><dd data-testid="sim-portal-role"></dd>
    <dt>Destination</dt><dd data-testid="sim-portal-destination"></dd>
  </dl>
  ${signedIn ? html`<p data-testid="sim-portal-accounts">${portal.assignments.length} accounts</p>` : ''}
</main>`;
  // The session cookie is readable by the page (not HttpOnly: the page reads it into its API calls).
  const cookie = signedIn
    ? `${PORTAL_COOKIE}=${portal.token}; Path=/; Secure; SameSite=Lax`
    : `${PORTAL_COOKIE}=; Path=/; Secure; SameSite=Lax; Max-Age=0`;
  const consoleHome = `https://${PARTITIONS[portal.partition].consoleRoot}/console/home`;
  return htmlReply({ title: 'AWS access portal', head, body, scripts: [startPageScript(`https://${apiHostOf(portal)}`, consoleHome)], cookies: [cookie] });
}

export function handlePortal(state: SimState, request: SimRequest): Reply {
  const { url } = request;
  if (request.method !== 'GET') return htmlReply({ status: 405, title: 'Method not allowed', body: html`<p>${request.method} is not served here.</p>` });
  if (url.pathname === '/start/') return startPage(state, url.hostname);
  // The start URL itself (`/start`, or the bare origin of newer portals) leads to the start page;
  // the fragment stays with the browser, which keeps it across a redirect whose Location has none.
  if (url.pathname === '/start' || url.pathname === '/') return redirectReply(`${url.origin}/start/`);
  return renderNotFound(`The simulated access portal does not serve ${url.pathname}.`);
}
