import { consoleHostOfUrl, isConsoleUrlOf } from '../core/console/partition';
import type { Profile } from '../core/profile/profile';
import { switchPageUrl } from '../core/switch/switch-page';
import { portalShortcut } from '../core/profile/identity-center';
import type { Entry } from '../core/store/schema';
import { allEntries, loadStore, updateStore } from '../platform/store';
import type { SwitchOutcome } from '../platform/protocol';
import { navigateTab, openBlankTab, openTab, type Tab } from '../platform/tabs';
import type { ConsoleTabRead } from './console-page';
import { armSwitchPage, forgetSwitches } from './pending-switches';
import { sessionSwitch, type PlainOptions, type Step, type SwitchContext } from './session-switch';
import { openDestination, switchInTab } from './switch-in-tab';

export interface SwitchOptions {
  /** The key of the signed-in session the user confirmed to sign in anew (its open tabs will be
   *  signed out). */
  signInAgain?: string;
  /** The user chose to switch past the five-session limit as Switchyard counts it. */
  pastLimit?: boolean;
}

/**
 * Switches to a saved entry from the session the rules name (session-switch.ts: a signed-in entry
 * is reused, a role tab's switch goes through the base session, a chained entry from its source
 * role), then the most direct way the tab allows: a classic POST or a multi-session call from a
 * console tab of the same partition; otherwise the console's own prefilled switch page in a new
 * tab, which we then confirm (we armed it). `read`: the tab as the caller has just read it (a
 * keyboard switch reads it to choose the entry), not read again. The popup, the address bar and the
 * keyboard commands all switch through here.
 */
export async function switchProfile(profileId: string, tab: Tab | undefined, newTab = false, read?: ConsoleTabRead, options: SwitchOptions = {}): Promise<SwitchOutcome> {
  // The organisation's catalog entries switch like the user's own.
  const snapshot = await loadStore();
  const entries = allEntries(snapshot);
  const profile = entries.find((entry) => entry.id === profileId);
  if (!profile) return { kind: 'failed', issue: { code: 'errProfileGone', message: 'This entry no longer exists.' } };
  // A role behind an External ID can only be assumed through the API (facts file): say so.
  if (profile.consoleSwitchable === false) {
    return { kind: 'refused', issue: { code: 'errNeedsExternalId', message: 'This role needs an External ID, which the console cannot send: it can only be assumed through the API.' } };
  }
  // A new switch from this tab: what the tab said of the last one no longer holds.
  if (tab?.id !== undefined) await forgetSwitches(tab.id);
  const ctx: SwitchContext = { newTab, entries, bases: snapshot.data.bases ?? [], signInAgain: options.signInAgain, pastLimit: options.pastLimit === true };
  if (tab) ctx.tab = tab;
  if (read) ctx.read = read;
  const outcome = profile.sso ? await openPortal(profile, tab) : await sessionSwitch(profile, ctx, plainSwitch);
  if (outcome.kind !== 'refused' && outcome.kind !== 'failed') await recordUse(profile.id);
  return outcome;
}

/** Identity Center entries sign in through the access portal's console shortcut, in a new tab. */
async function openPortal(profile: Entry, from: Tab | undefined): Promise<SwitchOutcome> {
  const shortcut = portalShortcut(profile);
  if ('error' in shortcut) return { kind: 'failed', issue: shortcut.error };
  await openTab(shortcut.url, { openerTabId: from?.id });
  return { kind: 'opened', url: shortcut.url };
}

/** Usage counts and recency order the popup ("order that learns"). The switch has happened
 *  whatever becomes of this bookkeeping: updateStore returns a failure as data (noted for the
 *  options page), never as an error that would report the switch as failed. */
async function recordUse(id: string, now = Date.now()): Promise<void> {
  await updateStore((data) => {
    const usage = data.usage[id];
    data.usage[id] = { count: (usage?.count ?? 0) + 1, lastUsed: now };
  });
}

/** The switch from the starting tab itself, or the switch page (session-switch.ts's PlainSwitch). */
export async function plainSwitch(profile: Entry, ctx: SwitchContext, read: ConsoleTabRead | undefined, options: PlainOptions): Promise<Step> {
  const { tab, newTab } = ctx;
  const consoleInfo = consoleHostOfUrl(tab?.url);
  if (options.switchPage) return openSwitchPage(profile, tab, 'not-console');
  if (newTab || !tab?.id || !consoleInfo) return openSwitchPage(profile, tab, newTab ? 'new-tab' : 'not-console');
  if (consoleInfo.partition !== profile.partition) return openSwitchPage(profile, tab, 'other-partition');

  // A tab without a content script answers 'console-changed'; a failure of our own storage rejects.
  const result = await switchInTab(tab.id, profile, read);
  switch (result.kind) {
    case 'posted':
      return { outcome: { kind: 'posted' }, tabId: tab.id };
    case 'refused':
      return { outcome: { kind: 'refused', issue: result.issue } };
    case 'console-changed':
      return openSwitchPage(profile, tab, 'console-changed');
    case 'destination':
      return openDestination(result.url, profile.partition, { openerTabId: tab.id, active: options.active });
  }
}

async function openSwitchPage(
  profile: Profile,
  from: Tab | undefined,
  reason: 'not-console' | 'other-partition' | 'console-changed' | 'new-tab',
): Promise<Step> {
  const sameConsole = from?.url && isConsoleUrlOf(from.url, profile.partition) ? from.url : undefined;
  const url = switchPageUrl(profile, sameConsole);
  // Armed before it is navigated, as the page asks at once; openBlankTab hands the tab over only once
  // its blank page has loaded, as Chromium can lose a navigation sent to a tab still loading it.
  const tab = await openBlankTab(from?.id);
  if (tab.id === undefined) return { outcome: { kind: 'failed', issue: { code: 'errTabFailed', message: 'The browser did not open a tab.' } } };
  await armSwitchPage(tab.id, url, profile);
  await navigateTab(tab.id, url);
  return { outcome: { kind: 'switch-page', url, reason }, tabId: tab.id };
}
