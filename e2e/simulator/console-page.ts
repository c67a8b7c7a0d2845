// A console page that shows who is signed in, with every signal listed in the facts file ("Knowing
// who is signed in") unless the test has removed them to play "AWS changed the page".
import { html, htmlReply, scriptJson, type Reply, type SafeHtml } from './html';
import { PARTITIONS } from './partitions';
import type { PageField, Partition, SimIdentity, SimSession } from './types';

export interface ConsolePageInput {
  url: URL;
  region: string;
  identity: SimIdentity;
  /** The base user of the partition (the "login" identity of the nav bar). */
  user: SimIdentity;
  csrf: string;
  signInEndpoint: string;
  /** Multi-session: this page's session and all of them. */
  session?: SimSession;
  sessions?: SimSession[];
  signalsRemoved: boolean;
  /** Session-data fields this page leaves out (and with signInEndpoint, the endpoint element). */
  omittedFields: PageField[];
  cookies: string[];
}

const SERVICE_NAMES: Record<string, string> = {
  '': 'Console Home', console: 'Console Home', ec2: 'EC2', s3: 'S3', iam: 'IAM', lambda: 'Lambda',
  billing: 'Billing', cloudwatch: 'CloudWatch', rds: 'RDS', vpc: 'VPC', health: 'Health', ls: 'Lightsail',
};

export function serviceName(url: URL): string {
  if (url.hostname.startsWith('health.') || url.hostname.startsWith('phd.')) return 'Health';
  if (url.hostname.startsWith('lightsail.')) return 'Lightsail';
  const first = url.pathname.split('/')[1] ?? '';
  return SERVICE_NAMES[first] ?? first;
}

/** What the nav bar shows: the role's display name, or `user @ account`. */
export function identityLabel(identity: SimIdentity): string {
  if (identity.kind === 'role') return identity.displayName ?? `${identity.roleName} @ ${identity.accountId}`;
  return `${identity.userName} @ ${identity.alias ?? identity.accountId}`;
}

function sessionData(input: ConsolePageInput): Record<string, unknown> {
  const { identity, session } = input;
  const data: Record<string, unknown> = {
    accountId: identity.accountId,
    accountAlias: identity.alias ?? null,
    sessionARN: identity.arn,
    displayName: identityLabel(identity),
    infrastructureRegion: input.region,
    prismModeEnabled: Boolean(session),
    ...(session ? { sessionDifferentiator: session.sessionDifferentiator } : {}),
    signInEndpoint: input.signInEndpoint,
  };
  for (const field of input.omittedFields) delete data[field];
  return data;
}

function accountInfo(input: ConsolePageInput): Record<string, string | undefined> {
  const { identity, user } = input;
  return {
    loginDisplayNameAccount: user.alias ?? user.accountId,
    loginDisplayNameUser: user.userName,
    roleDisplayNameAccount: identity.kind === 'role' ? (identity.accountLabel ?? identity.accountId) : undefined,
    roleDisplayNameUser: identity.kind === 'role' ? identity.displayName : undefined,
  };
}

/** ` name="value"`, or nothing once the signals are removed. */
function signal(removed: boolean, name: string, value: string): SafeHtml {
  return removed ? html`` : html` ${name}="${value}"`;
}

function sessionList(input: ConsolePageInput): SafeHtml {
  if (!input.sessions) return html``;
  const items = input.sessions.map((session) => {
    const here = session.sessionDifferentiator === input.session?.sessionDifferentiator;
    const href = `https://${session.subdomain}.${input.region}.${PARTITIONS.aws.consoleRoot}/console/home?region=${input.region}`;
    return html`<li><a href="${href}">${identityLabel(session.identity)}</a>${here ? ' (this session)' : ''}</li>`;
  });
  return html`<div data-testid="sim-sessions"><strong>Sessions</strong><ul>${items}</ul></div>`;
}

export function renderConsolePage(input: ConsolePageInput): Reply {
  const { identity, user, signalsRemoved: removed, url } = input;
  const info = accountInfo(input);
  const service = serviceName(url);
  // The role's colour as a rule of the page's nonce'd sheet: the page's CSP refuses style attributes.
  const colour = identity.kind === 'role' && /^[0-9a-f]{6}$/i.test(identity.color ?? '') ? `\n.sim-identity.sim-role { background: #${identity.color}; }` : '';
  // A session the access portal started has no user to go back to: it is the browser's login.
  const classicRole = identity.kind === 'role' && !input.session && identity.arn !== user.arn;
  const switchPage = `https://${input.signInEndpoint}/switchrole?redirect_uri=${encodeURIComponent(url.href)}`;
  const partition: Partition = identity.partition;
  const body = html`
<div class="sim-banner">Switchyard test simulator — not the real AWS console</div>
<header class="sim-nav"${signal(removed, 'id', 'awsc-nav-header')}>
  <span class="sim-logo">aws</span><span>Simulated AWS Console</span>
  <span data-testid="sim-service">${service}</span>
  <span class="sim-spacer"></span>
  <span data-testid="sim-partition">${partition}</span>
  <span data-testid="sim-region">${input.region}</span>
  <button type="button"${signal(removed, 'id', 'nav-usernameMenu')}><span data-testid="sim-identity" class="sim-identity${identity.kind === 'role' ? ' sim-role' : ''}">${identityLabel(identity)}</span></button>
  ${classicRole ? html`<button type="button" data-testid="sim-switch-back">Switch back</button>` : ''}
  <a data-testid="sim-switch-role" href="${switchPage}">Switch role</a>
</header>
<section class="sim-account-menu"${signal(removed, 'data-testid', 'account-detail-menu')}>
  <div>Account ID: <span data-testid="sim-account-id">${identity.accountId}</span>${identity.alias ? html` (${identity.alias})` : ''}</div>
  <div>Signed in as: <span${signal(removed, 'id', 'awsc-login-display-name-user')}>${info.loginDisplayNameUser}</span> @ <span${signal(removed, 'id', 'awsc-login-display-name-account')}>${info.loginDisplayNameAccount}</span></div>
  <div>Role: <span${signal(removed, 'id', 'awsc-role-display-name-user')}>${info.roleDisplayNameUser ?? ''}</span>${identity.kind === 'role' ? ' @ ' : '(none)'}<span${signal(removed, 'id', 'awsc-role-display-name-account')}>${info.roleDisplayNameAccount ?? ''}</span></div>
  <div>ARN: <code data-testid="sim-arn">${identity.arn}</code></div>
  ${sessionList(input)}
</section>
<main data-testid="sim-console">
  <h1>${service}</h1>
  <p>Region <strong>${input.region}</strong> · path <code data-testid="sim-path">${url.pathname}${url.search}</code></p>
  <p>Base user: ${user.arn}</p>
</main>
${removed ? '' : html`<form id="sim-csrf-form" hidden><input type="hidden" name="csrf" value="${input.csrf}"></form>`}
`;
  const head = removed
    ? html``
    : html`<meta name="awsc-session-data" content="${JSON.stringify(sessionData(input))}">
${input.omittedFields.includes('signInEndpoint') ? '' : html`<meta id="awsc-signin-endpoint" name="awsc-signin-endpoint" content="${input.signInEndpoint}">`}`;
  const scripts: string[] = [];
  if (!removed) {
    // Newer consoles return the token as a Promise; callers must await it.
    scripts.push(`window.AWSC = { Auth: { getMbtc: () => Promise.resolve(${scriptJson(input.csrf)}) } };
window.ConsoleNavService = { AccountInfo: ${scriptJson(info)} };`);
  }
  if (classicRole) {
    // The console's own "Switch back": the same form POST with action=switchToBasis.
    scripts.push(`(() => {
  const token = ${scriptJson(input.csrf)};
  const endpoint = ${scriptJson(input.signInEndpoint)};
  document.querySelector('[data-testid="sim-switch-back"]').addEventListener('click', () => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = 'https://' + endpoint + '/switchrole';
    const fields = { action: 'switchToBasis', src: 'nav', csrf: token, redirect_uri: encodeURIComponent(location.href) };
    for (const [name, value] of Object.entries(fields)) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  });
})();`);
  }
  return htmlReply({ title: `${service} | Simulated AWS Console`, head, body, scripts, style: colour, cookies: input.cookies });
}
