// The IAM Identity Center access portal, on every AWS-owned portal host the AWS CLI knows (facts
// file, ~/.aws/config). Its start page is a single-page app: the console shortcut
// `/start/#/console?account_id=…&role_name=…&destination=…` lives in the fragment, which the browser
// never sends, so the page itself reads it and shows what it would sign in to.
import { html, htmlReply, redirectReply, scriptJson, type Reply } from './html';
import { PARTITION_NAMES, PARTITIONS } from './partitions';
import type { SimRequest } from './sim-request';
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
const START_PAGE_SCRIPT = `
const roots = ${scriptJson(CONSOLE_ROOTS)};
const show = (id, text) => { document.querySelector('[data-testid="' + id + '"]').textContent = text; };
const isConsole = (value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.port && !url.username && roots.some((r) => url.hostname === r || url.hostname.endsWith('.' + r));
  } catch { return false; }
};
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
  }
}
`;

function startPage(host: string): Reply {
  const body = html`
<div class="sim-banner">Switchyard test simulator — not the real AWS access portal</div>
<main data-testid="sim-portal">
  <h1>AWS access portal</h1>
  <p class="sim-reason">${host}</p>
  <p data-testid="sim-portal-status" role="status"></p>
  <dl>
    <dt>Account</dt><dd data-testid="sim-portal-account"></dd>
    <dt>Permission set</dt><dd data-testid="sim-portal-role"></dd>
    <dt>Destination</dt><dd data-testid="sim-portal-destination"></dd>
  </dl>
</main>`;
  return htmlReply({ title: 'AWS access portal', body, scripts: [START_PAGE_SCRIPT] });
}

export function handlePortal(request: SimRequest): Reply {
  const { url } = request;
  if (request.method !== 'GET') return htmlReply({ status: 405, title: 'Method not allowed', body: html`<p>${request.method} is not served here.</p>` });
  if (url.pathname === '/start/') return startPage(url.hostname);
  // The start URL itself (`/start`, or the bare origin of newer portals) leads to the start page;
  // the fragment stays with the browser, which keeps it across a redirect whose Location has none.
  if (url.pathname === '/start' || url.pathname === '/') return redirectReply(`${url.origin}/start/`);
  return renderNotFound(`The simulated access portal does not serve ${url.pathname}.`);
}
