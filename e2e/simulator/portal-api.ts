// The access portal's API on `portal.sso.<region>.<dns suffix>` (/work/notes/portal-api.md), in
// both dialects AWS serves: the documented one (`/assignment/accounts`, `/assignment/roles`) and the
// one the portal's own page calls (`/instance/appinstances`, `/instance/appinstance/<ins>/profiles`),
// plus the page's console sign-in (`/federation/console`, invented: see README).
// Authentication is the header `x-amz-sso_bearer_token` (the portal cookie's value), never a cookie.
// The page calls it cross-origin, so CORS decides what a browser lets through: only a portal origin
// is granted (its exact origin, no credentials), after a preflight for the header.
import { isPortalHost } from './access-portal';
import { jsonReply, type Reply } from './html';
import { parseApiHost, type Portal, type PortalAssignment, type PortalState } from './portal-state';
import type { SimRequest } from './sim-request';
import type { RecordedPortalRequest } from './types';

export const TOKEN_HEADER = 'x-amz-sso_bearer_token';

/** The documented range of `max_result`. */
const MAX_RESULT = 100;

export function isPortalApiHost(host: string): boolean {
  return parseApiHost(host) !== undefined;
}

/** `https://<portal host>` with nothing else: the only origins the API answers to. */
function portalOriginHost(origin: string | undefined): string | undefined {
  if (!origin || !URL.canParse(origin)) return undefined;
  const url = new URL(origin);
  return url.protocol === 'https:' && url.port === '' && url.origin === origin && isPortalHost(url.hostname) ? url.hostname : undefined;
}

function error(status: number, type: string, message: string, cors: Record<string, string>): Reply {
  return jsonReply(status, { message }, { ...cors, 'x-amzn-errortype': type });
}

/** The portal's assignments by app instance and by account id, made once per assignment list (a read
 *  of a thousand accounts asks for each in turn; a scan for each was a visible share of the figure). */
const indexes = new WeakMap<PortalAssignment[], { byInstance: Map<string, PortalAssignment>; byAccount: Map<string, PortalAssignment> }>();
function indexOf(portal: Portal): { byInstance: Map<string, PortalAssignment>; byAccount: Map<string, PortalAssignment> } {
  let index = indexes.get(portal.assignments);
  if (!index) {
    index = { byInstance: new Map(portal.assignments.map((a) => [a.instanceId, a])), byAccount: new Map(portal.assignments.map((a) => [a.account.accountId, a])) };
    indexes.set(portal.assignments, index);
  }
  return index;
}

/** One page of `items` from `offset`, with the token of the next page when there is one. */
function page<T>(state: PortalState, portal: Portal, list: string, items: T[], offset: number, size: number): { items: T[]; next?: string } {
  const end = offset + size;
  return { items: items.slice(offset, end), ...(end < items.length ? { next: state.issueToken(portal, list, end) } : {}) };
}

/** Exactly these query parameters, each once; else why not. */
function queryOf(url: URL, allowed: string[]): Record<string, string> | string {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name)) return `unknown parameter ${name}`;
    if (name in query) return `repeated parameter ${name}`;
    query[name] = value;
  }
  return query;
}

export function handlePortalApi(state: PortalState, request: SimRequest): Reply {
  const api = parseApiHost(request.url.hostname);
  if (!api) return jsonReply(404, { message: 'not an API host' });
  const origin = request.headers['origin'];
  const originHost = portalOriginHost(origin);
  const cors: Record<string, string> = { vary: 'Origin', ...(originHost && origin ? { 'access-control-allow-origin': origin } : {}) };
  const token = request.headers[TOKEN_HEADER];
  const record: RecordedPortalRequest = {
    host: request.url.hostname,
    method: request.method,
    path: request.url.pathname + request.url.search,
    ...(origin === undefined ? {} : { origin }),
    token: token === undefined ? 'missing' : 'wrong',
    status: 0,
    preflight: request.method === 'OPTIONS',
    ...(request.httpVersion === undefined ? {} : { httpVersion: request.httpVersion }),
  };
  state.requests.push(record);
  const answer = (reply: Reply): Reply => {
    record.status = reply.status;
    return reply;
  };

  if (request.method === 'OPTIONS') {
    // The preflight of a GET that carries the token header: granted to a portal origin only.
    const asked = (request.headers['access-control-request-headers'] ?? '').toLowerCase().split(',').map((h) => h.trim()).filter(Boolean);
    const method = request.headers['access-control-request-method'];
    const granted = Boolean(originHost) && method === 'GET' && asked.every((h) => h === TOKEN_HEADER);
    if (!granted) return answer({ status: 403, headers: { vary: 'Origin' }, body: '' });
    return answer({ status: 204, headers: { ...cors, 'access-control-allow-methods': 'GET', 'access-control-allow-headers': TOKEN_HEADER }, body: '' });
  }
  if (origin !== undefined && !originHost) return answer(error(403, 'ForbiddenException', 'origin not allowed', {}));
  if (request.method !== 'GET') return answer(error(405, 'InvalidRequestException', `${request.method} is not served`, cors));

  const portal = state.byToken(token, api);
  if (portal) record.token = 'matched';
  if (!portal) return answer(error(401, 'UnauthorizedException', 'Session token not found or invalid', cors));
  // Stricter than anything known of AWS: a page of one portal may not read with another portal's session.
  if (originHost && originHost !== portal.host) return answer(error(403, 'ForbiddenException', 'origin is not this session\'s portal', cors));
  record.portal = portal.host;

  const fault = state.fault;
  if (fault && !request.url.pathname.startsWith('/federation/')) {
    fault.seen += 1;
    if (fault.seen > fault.afterRequests) {
      if (fault.once) delete state.fault;
      if ('body' in fault) return answer({ status: 200, headers: { ...cors, 'content-type': 'application/json' }, body: fault.body });
      return answer(error(fault.status, fault.status === 429 ? 'TooManyRequestsException' : 'InternalServerException', 'simulated failure', cors));
    }
  }
  return answer(route(state, portal, request.url, cors));
}

function route(state: PortalState, portal: Portal, url: URL, cors: Record<string, string>): Reply {
  const bad = (message: string): Reply => error(400, 'InvalidRequestException', message, cors);
  const notFound = (message: string): Reply => error(404, 'ResourceNotFoundException', message, cors);
  const path = url.pathname;

  if (path === '/instance/appinstances' || path.startsWith('/instance/appinstance/')) {
    const query = queryOf(url, ['next_token']);
    if (typeof query === 'string') return bad(query);
    if (path === '/instance/appinstances') {
      const list = 'appinstances';
      const offset = query['next_token'] === undefined ? 0 : state.redeemToken(portal, list, query['next_token']);
      if (offset === undefined) return bad('invalid pagination token');
      const apps = [...portal.assignments.map((a) => accountApp(portal, a)), ...OTHER_APPS];
      const { items, next } = page(state, portal, list, apps, offset, portal.accountsPage);
      return jsonReply(200, { result: items, paginationToken: next ?? null }, cors);
    }
    const match = /^\/instance\/appinstance\/([^/]+)\/profiles$/.exec(path);
    const assignment = match ? indexOf(portal).byInstance.get(match[1] ?? '') : undefined;
    if (!assignment) return notFound(`no app instance ${match?.[1] ?? path}`);
    const list = `profiles:${assignment.instanceId}`;
    const offset = query['next_token'] === undefined ? 0 : state.redeemToken(portal, list, query['next_token']);
    if (offset === undefined) return bad('invalid pagination token');
    const profiles = [...assignment.sets].map(([name, set]) => ({
      id: set.profileId,
      name,
      description: `Permission set ${name}`,
      url: `https://${portal.host}/start/#/console?account_id=${assignment.account.accountId}&role_name=${encodeURIComponent(name)}`,
      protocol: 'SAML',
      relayState: null,
    }));
    const { items, next } = page(state, portal, list, profiles, offset, portal.profilesPage);
    return jsonReply(200, { result: items, paginationToken: next ?? null }, cors);
  }

  if (path === '/assignment/accounts' || path === '/assignment/roles') {
    const accounts = path === '/assignment/accounts';
    const query = queryOf(url, accounts ? ['max_result', 'next_token'] : ['account_id', 'max_result', 'next_token']);
    if (typeof query === 'string') return bad(query);
    const max = query['max_result'] === undefined ? MAX_RESULT : Number(query['max_result']);
    if (!/^\d+$/.test(query['max_result'] ?? '1') || !(max >= 1 && max <= MAX_RESULT)) return bad(`max_result must be 1 to ${MAX_RESULT}`);
    if (accounts) {
      const list = 'accounts';
      const offset = query['next_token'] === undefined ? 0 : state.redeemToken(portal, list, query['next_token']);
      if (offset === undefined) return bad('invalid pagination token');
      const all = portal.assignments.map(({ account }) => ({ accountId: account.accountId, accountName: account.accountName, emailAddress: account.emailAddress ?? null }));
      const { items, next } = page(state, portal, list, all, offset, Math.min(max, portal.accountsPage));
      return jsonReply(200, { accountList: items, ...(next ? { nextToken: next } : {}) }, cors);
    }
    const accountId = query['account_id'];
    if (accountId === undefined) return bad('account_id is required');
    const assignment = indexOf(portal).byAccount.get(accountId);
    if (!assignment) return notFound(`no assignment in account ${accountId}`);
    const list = `roles:${accountId}`;
    const offset = query['next_token'] === undefined ? 0 : state.redeemToken(portal, list, query['next_token']);
    if (offset === undefined) return bad('invalid pagination token');
    const roles = [...assignment.sets.keys()].map((roleName) => ({ roleName, accountId }));
    const { items, next } = page(state, portal, list, roles, offset, Math.min(max, portal.profilesPage));
    return jsonReply(200, { roleList: items, ...(next ? { nextToken: next } : {}) }, cors);
  }

  if (path === '/federation/console') {
    const query = queryOf(url, ['account_id', 'role_name']);
    if (typeof query === 'string') return bad(query);
    const accountId = query['account_id'] ?? '';
    const permissionSet = query['role_name'] ?? '';
    if (!state.roleName(portal, accountId, permissionSet)) return error(403, 'ForbiddenException', `no assignment of ${permissionSet} in ${accountId}`, cors);
    return jsonReply(200, { signInToken: state.issueSignIn(portal, accountId, permissionSet), signInFederationLocation: federationLocation(portal) }, cors);
  }
  return notFound(`${path} is not served`);
}

/** The sign-in service's federation endpoint of the portal's partition. */
export function federationLocation(portal: Pick<Portal, 'partition' | 'region'>): string {
  const host = portal.partition === 'aws-eusc' ? `${portal.region}.signin.amazonaws-eusc.eu` : { aws: 'signin.aws.amazon.com', 'aws-us-gov': 'signin.amazonaws-us-gov.com', 'aws-cn': 'signin.amazonaws.cn', 'aws-eusc': '' }[portal.partition];
  return `https://${host}/federation`;
}

/** An AWS account as the portal page's API lists it: an app of application "AWS Account". */
function accountApp(portal: Portal, assignment: Portal['assignments'][number]): Record<string, unknown> {
  const { account } = assignment;
  return {
    id: assignment.instanceId,
    name: `${account.accountId} (${account.accountName})`,
    description: 'AWS Account',
    applicationId: 'app-4a8c5e0ebd1e7f28',
    applicationName: 'AWS Account',
    icon: `https://${portal.host}/start/images/aws-account.svg`,
    searchMetadata: { AccountId: account.accountId, AccountName: account.accountName, AccountEmail: account.emailAddress ?? '' },
  };
}

/** Not every app is an AWS account: a SAML application is listed alongside, with no account data. */
const OTHER_APPS = [{
  id: 'ins-9d0c0ffee0ddba11',
  name: 'Team chat',
  description: 'Custom SAML 2.0 application',
  applicationId: 'app-1f2e3d4c5b6a7980',
  applicationName: 'Custom SAML 2.0 application',
  icon: null,
  searchMetadata: null,
}];
