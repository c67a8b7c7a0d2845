// The sign-in service's pages: the "Switch Role" form (prefilled from the query, or re-displayed
// with AWS's error after a refused POST) and the page shown when nobody is signed in.
import { html, htmlReply, type Reply } from './html';

/** The switch page's preset colours (facts file); the POST accepts any 6 hex digits. */
export const PRESET_COLORS: Array<[string, string]> = [
  ['Red', 'f2b0a9'],
  ['Blue', '83d4e8'],
  ['Green', 'b7ca9d'],
  ['Yellow', 'efda95'],
  ['Orange', 'fbc8aa'],
];

/** AWS shows this one message for every refused switch, whatever the field. */
export const SWITCH_ERROR_MESSAGE = 'Invalid information in one or more fields. Check your information or contact your administrator.';

export interface SwitchFormValues {
  account: string;
  roleName: string;
  displayName: string;
  color: string;
  /** The hidden field's value: already `encodeURIComponent(url)`, as the console's form keeps it. */
  redirectField: string;
}

export interface SwitchFormPage {
  csrf: string;
  values: SwitchFormValues;
  error?: { reason: string };
}

function colorOptions(selected: string): ReturnType<typeof html> {
  const presets = PRESET_COLORS.map(([label, hex]) => html`<option value="${hex}"${hex === selected.toLowerCase() ? ' selected' : ''}>${label}</option>`);
  const custom = selected && !PRESET_COLORS.some(([, hex]) => hex === selected.toLowerCase())
    ? html`<option value="${selected}" selected>#${selected}</option>`
    : '';
  return html`<option value=""${selected ? '' : ' selected'}>None</option>${presets}${custom}`;
}

export function renderSwitchForm(page: SwitchFormPage): Reply {
  const { values, error } = page;
  const alert = error
    ? html`<div class="sim-alert" role="alert" data-testid="sim-signin-error">${SWITCH_ERROR_MESSAGE}
<div class="sim-reason" data-testid="sim-signin-error-reason">Simulator: ${error.reason}</div></div>`
    : '';
  const body = html`
<div class="sim-banner">Switchyard test simulator — not the real AWS sign-in page</div>
<div class="sim-signin" data-testid="sim-switch-page">
  <h1>Switch Role</h1>
  ${alert}
  <form id="switchrole_form" method="post" action="/switchrole">
    <label for="account">Account</label>
    <input id="account" name="account" type="text" value="${values.account}">
    <label for="roleName">Role</label>
    <input id="roleName" name="roleName" type="text" value="${values.roleName}">
    <label for="displayName">Display Name</label>
    <input id="displayName" name="displayName" type="text" value="${values.displayName}">
    <label for="color">Color</label>
    <select id="color" name="color">${colorOptions(values.color)}</select>
    <input type="hidden" name="csrf" value="${page.csrf}">
    <input type="hidden" name="action" value="switchFromBasis">
    <input type="hidden" name="src" value="nav">
    <input type="hidden" name="mfaNeeded" value="0">
    <input type="hidden" name="redirect_uri" value="${values.redirectField}">
    <button type="submit" id="input_switchrole_button">Switch Role</button>
  </form>
</div>`;
  return htmlReply({ title: 'Switch Role', body });
}

/** A refusal answered without the form (the `error-page` variant): AWS's message, nothing to submit. */
export function renderSwitchError(reason: string): Reply {
  const body = html`
<div class="sim-banner">Switchyard test simulator — not the real AWS sign-in page</div>
<div class="sim-signin" data-testid="sim-switch-error">
  <h1>Switch Role</h1>
  <div class="sim-alert" role="alert" data-testid="sim-signin-error">${SWITCH_ERROR_MESSAGE}
<div class="sim-reason" data-testid="sim-signin-error-reason">Simulator: ${reason}</div></div>
</div>`;
  return htmlReply({ title: 'Switch Role', body });
}

/** The sign-in page (`GET /signin`), where the `sign-in-redirect` variant sends a refusal. It offers
 *  to sign in again; it carries no switch form. */
export function renderSignInPage(): Reply {
  const body = html`
<div class="sim-banner">Switchyard test simulator — not the real AWS sign-in page</div>
<div class="sim-signin" data-testid="sim-signin-page">
  <h1>Sign in</h1>
  <form id="signin_form" method="get" action="/signin">
    <label for="account">Account ID or alias</label>
    <input id="account" name="account" type="text">
    <button type="submit">Next</button>
  </form>
</div>`;
  return htmlReply({ title: 'Sign in', body });
}

/** Nobody is signed in (or the browser did not send the sign-in cookie). */
export function renderSignedOut(reason: string): Reply {
  const body = html`
<div class="sim-banner">Switchyard test simulator — not the real AWS sign-in page</div>
<div class="sim-signin" data-testid="sim-signed-out">
  <h1>Sign in</h1>
  <div class="sim-alert" role="alert" data-testid="sim-signin-error">Your session has expired. Please sign in again.
<div class="sim-reason" data-testid="sim-signin-error-reason">Simulator: ${reason}</div></div>
</div>`;
  return htmlReply({ title: 'Sign in', body });
}

export function renderNotFound(what: string): Reply {
  const body = html`<div class="sim-signin" data-testid="sim-not-found"><h1>Not found</h1><p>${what}</p></div>`;
  return htmlReply({ status: 404, title: 'Not found', body });
}
