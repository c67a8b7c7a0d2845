// Serving any path on a console host: the page of whoever is signed in there. In multi-session mode
// each session lives on its own subdomain; the plain console hosts send the browser to the base
// user's session, as the real console sends it to a session.
import { renderConsolePage } from './console-page';
import { credsCookie, expirePartitionIdentity, identityCookies, partitionScope } from './cookies';
import { htmlReply, html, redirectReply, type Reply } from './html';
import { consoleSignInHost, PARTITIONS, type ConsoleHost } from './partitions';
import { onSession, regionOf, type SimRequest } from './sim-request';
import { renderNotFound, renderSignedOut } from './signin-pages';
import type { SimState } from './state';

export function handleConsole(state: SimState, request: SimRequest, host: ConsoleHost): Reply {
  const { url } = request;
  const { partition } = host;
  if (request.method !== 'GET') {
    return htmlReply({ status: 405, title: 'Method not allowed', body: html`<p>${request.method} is not served here.</p>` });
  }
  const creds = state.credsCookie(partition);
  if (creds === undefined) return renderSignedOut(`nobody is signed in to ${partition}`);
  const region = regionOf(url, host);
  const common = {
    url,
    region,
    user: state.userIdentity(partition),
    signalsRemoved: state.signalsRemoved,
    omittedFields: state.omittedFields,
  };

  if (partition === 'aws' && state.mode === 'multi-session') {
    const base = state.baseSession();
    if (!base) return renderSignedOut('the base session is gone');
    if (!host.session && !host.other) return redirectReply(onSession(url, base, region));
    const session = host.session ? state.session(host.session.differentiator) : base;
    const ended = host.session && !session ? state.endedSession(host.session.differentiator) : undefined;
    if (ended && ended.identity.accountId === host.session?.accountId) {
      // A tab of a session that is gone shows the sign-in page on its next load, as the console's does.
      return renderSignedOut(ended.reason === 'expired' ? `session ${ended.sessionDifferentiator} has expired` : `session ${ended.sessionDifferentiator} was signed out: ${ended.identity.arn} signed in again`);
    }
    if (!session || (host.session && session.identity.accountId !== host.session.accountId)) {
      return renderNotFound(`There is no session ${url.hostname.split('.')[0] ?? ''} in this browser.`);
    }
    const signInEndpoint = `${region}.${PARTITIONS.aws.signinHost}`;
    return renderConsolePage({
      ...common,
      identity: session.identity,
      session,
      sessions: state.sessions(),
      signInEndpoint,
      csrf: state.csrf(partition, signInEndpoint) ?? '',
      // Each session's cookies are its own (host-only); the partition-wide ones would mix sessions.
      cookies: [
        credsCookie(partition, creds),
        ...expirePartitionIdentity(partition),
        ...identityCookies(session.identity, 'host-only', state.signalsRemoved),
      ],
    });
  }

  if (host.session) return renderNotFound('Multi-session is not enabled: session subdomains do not exist.');
  const identity = state.classicIdentity(partition) ?? state.userIdentity(partition);
  const signInEndpoint = consoleSignInHost(partition, region);
  return renderConsolePage({
    ...common,
    identity,
    signInEndpoint,
    csrf: state.csrf(partition, signInEndpoint) ?? '',
    cookies: [credsCookie(partition, creds), ...identityCookies(identity, partitionScope(partition), state.signalsRemoved)],
  });
}
