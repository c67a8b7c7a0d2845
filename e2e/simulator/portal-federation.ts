// `GET https://<sign-in host>/federation?Action=login&SigninToken=…&Destination=…`: the sign-in
// service's federation endpoint (documented for custom identity brokers), which the access portal's
// console shortcut ends on. The token is one the portal API gave for one assignment; the console
// session it starts is the permission set's role in that account, `AWSReservedSSO_<PermissionSet>_<16 hex>`.
import { credsCookie, identityCookies, partitionScope } from './cookies';
import { htmlReply, html, redirectReply, type Reply } from './html';
import { consoleUrlOf, PARTITIONS } from './partitions';
import { regionOf, sessionLanding, type SimRequest } from './sim-request';
import type { SimState } from './state';
import type { Partition, SimIdentity } from './types';

/** Identity Center's roles live under this path in each account. */
export const SSO_ROLE_PATH = '/aws-reserved/sso.amazonaws.com/';

function refused(reason: string): Reply {
  return htmlReply({ status: 400, title: 'Sign-in failed', body: html`<main data-testid="sim-federation-refused"><h1>Sign-in failed</h1><p class="sim-reason">${reason}</p></main>` });
}

export function handleFederation(state: SimState, partition: Partition, request: SimRequest): Reply {
  const query = request.url.searchParams;
  if (request.method !== 'GET') return refused(`${request.method} is not served`);
  if (query.get('Action') !== 'login') return refused('Action must be login');
  const grant = state.portal.redeemSignIn(query.get('SigninToken') ?? '');
  if (!grant) return refused('the sign-in token is not valid (each is good once)');
  const { portal, accountId, permissionSet } = grant;
  if (portal.partition !== partition && !(portal.partition === 'aws' && partition === 'aws-us-gov')) return refused(`the token is of ${portal.partition}, not ${partition}`);
  const destination = query.get('Destination') ?? `https://${PARTITIONS[partition].consoleRoot}/console/home`;
  const target = consoleUrlOf(destination, partition);
  if (!target) return refused(`Destination ${JSON.stringify(destination)} is not an https console URL of ${partition}`);
  const roleName = state.portal.roleName(portal, accountId, permissionSet);
  if (!roleName) return refused(`${permissionSet} is no longer assigned in ${accountId}`);
  const session = `${roleName}/${portal.userName}`;
  const identity: SimIdentity = {
    partition,
    kind: 'role',
    accountId,
    accountLabel: accountId,
    userName: portal.userName,
    roleName,
    rolePath: SSO_ROLE_PATH,
    displayName: session,
    arn: `arn:${partition}:sts::${accountId}:assumed-role/${session}`,
  };
  const region = regionOf(target.url, target.host);
  const signedIn = state.federate(identity, region);
  if (!signedIn) return refused('the browser already has the maximum number of sessions');
  state.portalSignIns.push({ portal: portal.host, accountId, permissionSet, identity });
  const creds = credsCookie(partition, signedIn.creds);
  if (signedIn.session) return redirectReply(sessionLanding(destination, partition, signedIn.session), [creds]);
  return redirectReply(destination, [creds, ...identityCookies(identity, partitionScope(partition), state.signalsRemoved)]);
}
