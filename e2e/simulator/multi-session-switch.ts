// `POST /sessions/<sessionDifferentiator>/v1/switchrole`: the multi-session console's switch, called
// by `fetch` from a console page with the page's cookies. The page is on a console host and this is the
// sign-in host: cross-origin, with JSON and a custom header, so the browser sends a CORS preflight
// first. Only a console origin of the partition is granted (its exact origin, with credentials); any
// other origin gets no Access-Control-Allow-* at all, so the browser blocks the fetch.
import { jsonReply, type Reply } from './html';
import { consoleUrlOf } from './partitions';
import { accountError, colorError, displayNameError, roleNameError } from './role-fields';
import { hasSignInCookie, regionOf, sessionLanding, type SimRequest } from './sim-request';
import { roleArnOf, type SimState } from './state';
import type { Partition, RecordedSwitch, SwitchOutcome } from './types';

export const MULTI_SESSION_PATH = /^\/sessions\/([^/]+)\/v1\/switchrole$/;

function corsHeaders(origin: string | undefined, allowed: boolean): Record<string, string> {
  const grant: Record<string, string> = allowed && origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {};
  return { ...grant, vary: 'Origin' };
}

function stringFields(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
}

function parseBody(text: string | null): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function handleMultiSession(state: SimState, partition: Partition, request: SimRequest, differentiator: string): Reply {
  const origin = request.headers['origin'];
  const originHost = origin ? consoleUrlOf(`${origin}/`, partition) : undefined;
  const cors = corsHeaders(origin, Boolean(originHost));
  if (request.method === 'OPTIONS') {
    // The preflight: what the POST may carry, for a console origin only.
    const preflight = originHost
      ? { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type, x-csrf-protection', 'access-control-max-age': '600' }
      : cors;
    state.preflights.push({ host: request.url.hostname, origin, granted: Boolean(originHost) });
    return { status: originHost ? 204 : 403, headers: preflight, body: '' };
  }
  if (request.method !== 'POST') return jsonReply(405, { errorCode: 'METHOD_NOT_ALLOWED' }, cors);

  const body = parseBody(request.body);
  const record: RecordedSwitch = {
    kind: 'multi-session',
    host: request.url.hostname,
    fields: body ? stringFields(body) : {},
    outcome: 'ok',
    at: state.now(),
    origin,
    session: differentiator,
  };
  state.switches.push(record);
  const answer = (status: number, value: unknown, outcome: SwitchOutcome = 'ok', reason?: string): Reply => {
    Object.assign(record, { status, outcome, reason });
    return jsonReply(status, value, cors);
  };
  const refuse = (status: number, errorCode: string, outcome: Exclude<SwitchOutcome, 'ok'>, reason: string): Reply =>
    answer(status, { errorCode }, outcome, reason);

  if (!originHost) return refuse(403, 'FORBIDDEN', 'bad-csrf', `origin ${JSON.stringify(origin ?? '')} is not a console host of ${partition}`);
  if (request.headers['x-csrf-protection'] !== '1') return refuse(403, 'FORBIDDEN', 'bad-csrf', 'header X-CSRF-PROTECTION: 1 is missing');
  if (!hasSignInCookie(state, partition, request)) {
    return refuse(401, 'UNAUTHENTICATED', 'no-session', 'no sign-in cookie came with the request (fetch needs credentials: "include")');
  }
  const session = partition === 'aws' && state.mode === 'multi-session' ? state.session(differentiator) : undefined;
  if (!session) {
    // Facts file: "404/410 session gone". A session that was signed in and has ended answers 410.
    const ended = partition === 'aws' && state.mode === 'multi-session' ? state.endedSession(differentiator) : undefined;
    if (ended) return refuse(410, 'SESSION_EXPIRED', 'no-session', `session ${JSON.stringify(differentiator)} has ended (${ended.reason})`);
    return refuse(404, 'SESSION_NOT_FOUND', 'no-session', `no session ${JSON.stringify(differentiator)}`);
  }
  const fromSession = originHost.host.session;
  if (fromSession && fromSession.differentiator !== differentiator) {
    return refuse(403, 'FORBIDDEN', 'bad-csrf', `the request comes from session ${fromSession.differentiator}, not ${differentiator}`);
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'bad-field', `content-type ${JSON.stringify(request.headers['content-type'] ?? '')} is not application/json`);
  }
  if (!body) return refuse(400, 'INVALID_REQUEST', 'bad-field', 'the body is not a JSON object');

  const account = asString(body['account']);
  const roleName = asString(body['roleName']);
  const displayName = body['displayName'] === undefined ? '' : asString(body['displayName']);
  const color = body['color'] === undefined ? '' : asString(body['color']);
  const redirectUri = asString(body['redirectUri']);
  const target = redirectUri ? consoleUrlOf(redirectUri, partition) : undefined;
  const fieldError =
    (displayName === undefined || color === undefined ? 'displayName and color must be strings' : undefined) ??
    accountError(account) ??
    roleNameError(roleName) ??
    displayNameError(displayName) ??
    colorError(color) ??
    (target ? undefined : `redirectUri ${JSON.stringify(redirectUri ?? '')} is not an https console URL of ${partition}`) ??
    (target?.host.session ? `redirectUri ${JSON.stringify(redirectUri)} still carries a session subdomain` : undefined);
  if (fieldError || !target || !account || !roleName) return refuse(400, 'INVALID_REQUEST', 'bad-field', fieldError ?? 'invalid');

  const found = state.lookupRole(partition, account, roleName);
  if ('reason' in found) return refuse(400, 'ROLE_NOT_FOUND', 'unknown-role', found.reason);
  if (!state.mayAssume(found.role, session.identity)) {
    // AWS answers this one with HTTP 200: the body counts as much as the status.
    const principal = session.identity.kind === 'role' ? roleArnOf(session.identity) : session.identity.arn;
    return refuse(200, 'UNAUTHORIZED', 'not-authorized', `the trust policy of ${found.role.name} does not name ${principal} (from session ${differentiator})`);
  }
  const created = state.createSession(state.roleIdentity(found.role, account, displayName ?? '', color ?? ''), regionOf(target.url, target.host));
  if (!created) return refuse(400, 'SESSION_LIMIT_EXCEEDED', 'bad-field', 'the browser already has the maximum number of sessions');
  record.landing = sessionLanding(target.url.href, partition, created);
  return answer(200, { destination: record.landing });
}
