// core/switch: switching role, from the request to the page the user lands on. Start here: the
// classic switch form this file builds. sign-in-host.ts picks the sign-in host; landing-url.ts the
// page after the switch; multi-session-reply.ts reads the multi-session console's answer;
// switch-refusal.ts (with sign-in-watch.ts) tells a refused switch; switch-page.ts is the console's
// own switch page every switch falls back to; base-session-url.ts goes back to the base session.
import { coreIssue, type CoreIssue } from '../issues/issue';
import { landingUrl, switchBackUrl } from './landing-url';
import { signInHostFrom, type Partition } from '../console/partition';
import { roleNameForSwitch, switchDisplayName, type Profile } from '../profile/profile';
import { signInHostFor } from './sign-in-host';

export { landingUrl, switchBackUrl, GLOBAL_SERVICE_PATHS } from './landing-url';
export { interpretMultiSessionReply, type MultiSessionOutcome } from './multi-session-reply';

export interface ClassicSwitchForm {
  action: string;
  fields: Array<[name: string, value: string]>;
}

/** What the console page says about its sign-in service (core/switch/sign-in-host.ts), and its token. */
interface FormContext {
  csrf: string;
  currentUrl?: string;
  signInEndpoint?: string;
  infrastructureRegion?: string;
}

function formAction(partition: Partition, ctx: FormContext): string {
  const { signInEndpoint, infrastructureRegion, currentUrl: pageUrl } = ctx;
  return `https://${signInHostFor(partition, { signInEndpoint, infrastructureRegion, pageUrl })}/switchrole`;
}

/**
 * The classic console's switch: a top-level form POST. redirect_uri's value is itself
 * percent-encoded, as the console's own forms send it.
 */
export function classicSwitchForm(
  profile: Profile,
  ctx: FormContext,
): ClassicSwitchForm {
  return {
    action: formAction(profile.partition, ctx),
    fields: [
      ['action', 'switchFromBasis'],
      ['src', 'nav'],
      ['roleName', roleNameForSwitch(profile)],
      ['account', profile.account],
      ['mfaNeeded', '0'],
      ['color', profile.color ?? ''],
      ['csrf', ctx.csrf],
      ['redirect_uri', encodeURIComponent(landingUrl(profile, ctx.currentUrl))],
      ['displayName', switchDisplayName(profile)],
    ],
  };
}

/** "Back to <user>" in classic mode: the same POST with action=switchToBasis, landing on this page. */
export function switchBackForm(ctx: FormContext & { partition: Partition }): ClassicSwitchForm {
  return {
    action: formAction(ctx.partition, ctx),
    fields: [
      ['action', 'switchToBasis'],
      ['src', 'nav'],
      ['csrf', ctx.csrf],
      ['redirect_uri', encodeURIComponent(switchBackUrl(ctx.partition, ctx.currentUrl))],
    ],
  };
}

export interface MultiSessionRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

// The differentiator becomes a path segment: '/' or a dot segment would let it point elsewhere.
function isUsableDifferentiator(value: string): boolean {
  return value.trim() !== '' && !/[/\\]/.test(value) && value !== '.' && value !== '..';
}

/**
 * The multi-session console's switch: a JSON POST sent with the page's cookies. Unlike the classic
 * form, redirectUri is sent as a plain URL (JSON needs no form encoding).
 */
export function multiSessionSwitchRequest(
  profile: Profile,
  ctx: { signInEndpoint: string; sessionDifferentiator: string; currentUrl?: string },
): MultiSessionRequest | { error: CoreIssue } {
  // With cookies attached, this request must never go to a host that merely looks like AWS.
  const host = signInHostFrom(ctx.signInEndpoint, profile.partition);
  if (host === undefined) return { error: coreIssue('errSignInEndpoint', [ctx.signInEndpoint, profile.partition]) };
  if (!isUsableDifferentiator(ctx.sessionDifferentiator)) {
    return { error: coreIssue('errSessionDifferentiator', [ctx.sessionDifferentiator]) };
  }
  return {
    url: `https://${host}/sessions/${encodeURIComponent(ctx.sessionDifferentiator)}/v1/switchrole`,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-PROTECTION': '1' },
    body: JSON.stringify({
      account: profile.account,
      roleName: roleNameForSwitch(profile),
      displayName: switchDisplayName(profile),
      color: profile.color ?? '',
      redirectUri: landingUrl(profile, ctx.currentUrl),
    }),
  };
}
