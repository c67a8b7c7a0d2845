// `POST /switchrole` (the classic form switch and "Switch back") and `GET /switchrole` (the prefilled
// "Switch Role" page), as strict as the real sign-in service: a refused switch changes nothing and
// re-displays the form with AWS's one error message.
import { blankReply, redirectReply, type Reply } from './html';
import { consoleUrlOf, PARTITIONS } from './partitions';
import { accountError, colorError, displayNameError, roleNameError } from './role-fields';
import { hasSignInCookie, regionOf, sessionLanding, type SimRequest } from './sim-request';
import { renderSignedOut, renderSwitchError, renderSwitchForm } from './signin-pages';
import type { SimState } from './state';
import type { Partition, RecordedSwitch, SwitchOutcome } from './types';

type Refusal = { outcome: Exclude<SwitchOutcome, 'ok'>; reason: string };

/** The decoded redirect URL, or why `redirect_uri` is not `encodeURIComponent(<console URL>)`. */
function decodeRedirect(raw: string | undefined, partition: Partition): { url: string } | Refusal {
  if (!raw) return { outcome: 'bad-field', reason: 'redirect_uri is missing' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { outcome: 'bad-field', reason: 'redirect_uri does not percent-decode' };
  }
  if (encodeURIComponent(decoded) !== raw) {
    return { outcome: 'bad-field', reason: `redirect_uri must be encodeURIComponent(url), got ${JSON.stringify(raw)}` };
  }
  if (!consoleUrlOf(decoded, partition)) {
    return { outcome: 'bad-field', reason: `redirect_uri ${JSON.stringify(decoded)} is not an https console URL of ${partition}` };
  }
  return { url: decoded };
}

function formFields(body: string): Record<string, string> | undefined {
  const params = new URLSearchParams(body);
  const fields: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name in fields) return undefined; // a repeated field is ambiguous: refused
    fields[name] = value;
  }
  return fields;
}

export function handleClassicPost(state: SimState, partition: Partition, request: SimRequest): Reply {
  // ESC keeps a token per sign-in host: a console page's token is good only where that page posts.
  const host = request.url.hostname;
  const fields = formFields(request.body ?? '') ?? {};
  const record: RecordedSwitch = {
    kind: fields['action'] === 'switchToBasis' ? 'switch-back' : 'classic',
    host: request.url.hostname,
    fields,
    outcome: 'ok',
    at: state.now(),
  };
  state.switches.push(record);
  const refuse = ({ outcome, reason }: Refusal): Reply => {
    Object.assign(record, { outcome, reason });
    if (outcome === 'no-session') return renderSignedOut(reason);
    // The shapes a refusal may take besides the form (facts file: not guaranteed), by option.
    if (state.refusalPage === 'error-page') return renderSwitchError(reason);
    if (state.refusalPage === 'blank') return blankReply();
    if (state.refusalPage === 'sign-in-redirect') {
      const back = fields['redirect_uri'] ?? '';
      return redirectReply(`https://${request.url.hostname}/signin?redirect_uri=${encodeURIComponent(back)}&error=${encodeURIComponent(outcome)}`);
    }
    return renderSwitchForm({
      csrf: state.csrf(partition, host) ?? '',
      values: {
        account: fields['account'] ?? '',
        roleName: fields['roleName'] ?? '',
        displayName: fields['displayName'] ?? '',
        color: fields['color'] ?? '',
        redirectField: fields['redirect_uri'] ?? '',
      },
      error: { reason },
    });
  };

  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return refuse({ outcome: 'bad-field', reason: `content-type ${JSON.stringify(request.headers['content-type'] ?? '')} is not a form POST` });
  }
  if (!formFields(request.body ?? '')) return refuse({ outcome: 'bad-field', reason: 'a form field is repeated' });
  if (!hasSignInCookie(state, partition, request)) {
    return refuse({ outcome: 'no-session', reason: `no sign-in cookie for ${partition} came with the request` });
  }
  const action = fields['action'];
  if (action !== 'switchFromBasis' && action !== 'switchToBasis') {
    return refuse({ outcome: 'bad-field', reason: `action ${JSON.stringify(action ?? '')} is not switchFromBasis or switchToBasis` });
  }
  if (fields['csrf'] !== state.csrf(partition, host)) {
    return refuse({ outcome: 'bad-csrf', reason: fields['csrf'] ? `csrf is not the current session token of ${host}` : 'csrf is missing' });
  }
  if (fields['src'] !== 'nav') return refuse({ outcome: 'bad-field', reason: `src must be "nav", got ${JSON.stringify(fields['src'] ?? '')}` });
  const redirect = decodeRedirect(fields['redirect_uri'], partition);
  if ('outcome' in redirect) return refuse(redirect);
  record.redirectUri = redirect.url;

  const multiSession = partition === 'aws' && state.mode === 'multi-session';
  if (action === 'switchToBasis') {
    const base = state.baseSession();
    record.landing = multiSession && base ? sessionLanding(redirect.url, partition, base) : redirect.url;
    state.setClassicIdentity(partition, state.userIdentity(partition));
    state.rotateCsrf(partition, host);
    return redirectReply(record.landing);
  }

  const fieldError =
    (['0', '1'].includes(fields['mfaNeeded'] ?? '') ? undefined : 'mfaNeeded must be 0 or 1') ??
    accountError(fields['account']) ??
    roleNameError(fields['roleName']) ??
    displayNameError(fields['displayName']) ??
    colorError(fields['color']);
  if (fieldError) return refuse({ outcome: 'bad-field', reason: fieldError });
  const account = fields['account'] ?? '';
  const found = state.lookupRole(partition, account, fields['roleName'] ?? '');
  if ('reason' in found) return refuse({ outcome: 'unknown-role', reason: found.reason });
  // Every classic switch is authorised by the base user, whichever role is active now.
  if (!state.mayAssume(found.role, state.userIdentity(partition))) {
    return refuse({ outcome: 'not-authorized', reason: `the trust policy of ${found.role.name} does not allow ${state.userIdentity(partition).arn}` });
  }
  const identity = state.roleIdentity(found.role, account, fields['displayName'] ?? '', fields['color'] ?? '');
  if (multiSession) {
    // With multi-session on, the form switch opens one more session instead of replacing this one.
    const target = consoleUrlOf(redirect.url, partition);
    const session = target && state.createSession(identity, regionOf(target.url, target.host));
    if (!session) return refuse({ outcome: 'bad-field', reason: 'the browser already has the maximum number of sessions' });
    record.landing = sessionLanding(redirect.url, partition, session);
  } else {
    state.setClassicIdentity(partition, identity);
    record.landing = redirect.url;
  }
  state.rotateCsrf(partition, host);
  return redirectReply(record.landing);
}

export function handleSwitchPageGet(state: SimState, partition: Partition, request: SimRequest): Reply {
  const query = request.url.searchParams;
  const fields = Object.fromEntries(query);
  const record: RecordedSwitch = { kind: 'switch-page-get', host: request.url.hostname, fields, outcome: 'ok', at: state.now() };
  state.switches.push(record);
  if (!hasSignInCookie(state, partition, request)) {
    Object.assign(record, { outcome: 'no-session', reason: `no sign-in cookie for ${partition} came with the request` });
    return renderSignedOut(record.reason ?? '');
  }
  const redirect = query.get('redirect_uri') ?? `https://${PARTITIONS[partition].consoleRoot}/console/home`;
  return renderSwitchForm({
    csrf: state.csrf(partition, request.url.hostname) ?? '',
    values: {
      account: query.get('account') ?? '',
      roleName: query.get('roleName') ?? '',
      displayName: query.get('displayName') ?? '',
      color: query.get('color') ?? '',
      // The console's own form keeps the URL percent-encoded in its hidden field.
      redirectField: encodeURIComponent(redirect),
    },
  });
}
