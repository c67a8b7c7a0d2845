import { parseSignInHost } from '../core/partition';
import type { SignInPageAction } from '../platform/protocol';
import { claimArmedSwitch, recordAttempt, takeAttempt } from './pending-switches';

/**
 * A switch-role page on a sign-in host asks what to do. Confirm only the exact page this
 * extension armed in that tab; explain a refusal only when that tab just posted a switch of ours
 * and came back to the form. Anything else (a link someone crafted) is left alone.
 */
export async function signInPageAction(tabId: number, url: string, hasSwitchForm: boolean): Promise<SignInPageAction> {
  if (!parseSignInHost(new URL(url).hostname) || !hasSwitchForm) return { kind: 'none' };
  const label = await takeAttempt(tabId);
  if (await claimArmedSwitch(tabId, url)) {
    // Remember the attempt again: if AWS refuses it, this tab lands back on the form.
    if (label !== undefined) await recordAttempt(tabId, label);
    return { kind: 'confirm' };
  }
  return label !== undefined ? { kind: 'explain', label } : { kind: 'none' };
}
