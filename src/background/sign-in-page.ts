import { parseSignInHost } from '../core/console/partition';
import { judgeSignInPage } from '../core/switch/switch-refusal';
import type { SignInPageAction, SignInPageReport } from '../platform/protocol';
import { tabStaysOn } from '../platform/tabs';
import { claimArmedSwitch, dropAttempt, readTabAttempt, recordAttempt, recordRefusal } from './pending-switches';

/**
 * A page on a sign-in host asks what to do. Confirm only the exact switch page this extension
 * armed in that tab; explain a refusal only when this page is where a switch we posted from that
 * tab ended (whatever the page looks like). Anything else (a link someone crafted, a page the
 * user opened later) is left alone.
 */
export async function signInPageAction(tabId: number, url: string, report: SignInPageReport): Promise<SignInPageAction> {
  if (!parseSignInHost(new URL(url).hostname)) return { kind: 'none' };
  const hasSwitchForm = report.hasSwitchForm === true;
  const navigatedAt = Number.isFinite(report.navigatedAt) ? report.navigatedAt : Number.NaN;
  if (hasSwitchForm) {
    const armed = await claimArmedSwitch(tabId, url);
    if (armed) {
      // Confirming posts the switch: its answer is judged like one posted from a console.
      await recordAttempt(tabId, armed);
      return { kind: 'confirm' };
    }
  }
  const attempt = await readTabAttempt(tabId);
  if (!attempt) return { kind: 'none' };
  const leaving = !(await tabStaysOn(tabId, url));
  const verdict = Number.isNaN(navigatedAt) ? 'unrelated' : judgeSignInPage(attempt, { hasSwitchForm, navigatedAt, leaving }, Date.now());
  if (verdict === 'refused') {
    await recordRefusal(tabId, attempt);
    return { kind: 'explain', label: attempt.label };
  }
  if (verdict === 'unrelated') await dropAttempt(tabId);
  return { kind: 'none' };
}
