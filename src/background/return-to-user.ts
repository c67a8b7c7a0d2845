// "Back to <user>", from the badge, the popup or the keyboard. Classic console: the console's own
// switch-back POST in that tab. Multi-session: the base session is still signed in on its own
// subdomain, so its console is brought to the front (or opened) on the same service and region.
import { isSwitchedRole } from '../core/console/base-user';
import { onSessionUrl, sessionLabelOf, showsSamePage } from '../core/switch/base-session-url';
import type { CoreIssue } from '../core/issues/issue';
import { switchBackUrl } from '../core/switch/landing-url';
import { consoleHostOfUrl } from '../core/console/partition';
import { switchBackForm } from '../core/switch/switch-request';
import { focusTab } from '../platform/tabs-matching';
import { sendToTab } from '../platform/messaging';
import type { ConsoleState, ReturnOutcome } from '../platform/protocol';
import { openTab, type Tab } from '../platform/tabs';
import { readConsoleTab } from './console-page';
import { consoleTabs } from './console-tabs';
import { forgetSwitches } from './pending-switches';

const ISSUES = {
  errReturnNotConsole: '“Back to user” works on an AWS console tab. Switch to the console tab you want to return in, then try again.',
  errReturnUnreachable: 'This console tab is not ready for Switchyard yet. Reload it, then try again.',
  errReturnConsoleChanged: 'Switchyard cannot read who is signed in on this console page (AWS may have changed the page), so it cannot switch back. Use “Switch back” in the console’s account menu.',
  errReturnNoToken: 'Switchyard cannot read this page’s switch token (AWS may have changed the page). Use “Switch back” in the console’s account menu.',
} as const;

const failed = (code: keyof typeof ISSUES): ReturnOutcome => ({ kind: 'failed', issue: { code, message: ISSUES[code] } satisfies CoreIssue });


export async function returnToUser(tab: Tab | undefined): Promise<ReturnOutcome> {
  if (tab?.id === undefined || !consoleHostOfUrl(tab.url)) return failed('errReturnNotConsole');
  let read;
  try {
    read = await readConsoleTab(tab.id);
  } catch {
    return failed('errReturnUnreachable');
  }
  const { page, state } = read;
  const identity = state.reading.identity;
  if (!identity || identity.kind === 'unknown') return failed('errReturnConsoleChanged');
  if (!isSwitchedRole(identity, state.baseUser)) return { kind: 'not-switched' };
  if (state.mode === 'multi-session') return toBaseSession(tab, state);
  if (!page.csrfFound) return failed('errReturnNoToken');
  // The console's own switch-back, landing on this same page; the page fills in its token.
  const { url: currentUrl, signInEndpoint, infrastructureRegion } = page;
  const form = switchBackForm({ partition: identity.partition, csrf: '', currentUrl, signInEndpoint, infrastructureRegion });
  try {
    // Another switch in this tab: what the tab said of the last one no longer holds.
    await forgetSwitches(tab.id);
    const result = await sendToTab(tab.id, 'postSwitchForm', { form, readId: read.readId });
    return result.kind === 'posted' ? { kind: 'posted' } : failed('errReturnNoToken');
  } catch {
    return failed('errReturnUnreachable');
  }
}

/** Is the tab the base session of the multi-session console (signed in as the user, not a role)? */
async function isBaseSession(tab: Tab, baseAccountId: string | undefined): Promise<boolean> {
  const label = sessionLabelOf(tab.url ?? '');
  if (tab.id === undefined || label === undefined) return false;
  if (baseAccountId !== undefined && !label.startsWith(`${baseAccountId}-`)) return false;
  try {
    const { state } = await readConsoleTab(tab.id);
    const identity = state.reading.identity;
    return identity !== undefined && identity.kind !== 'unknown' && !isSwitchedRole(identity, state.baseUser);
  } catch {
    return false;
  }
}

async function toBaseSession(from: Tab, state: ConsoleState): Promise<ReturnOutcome> {
  const partition = state.reading.identity!.partition;
  const ownLabel = sessionLabelOf(state.url);
  const others = (await consoleTabs()).filter((tab) => tab.id !== from.id && sessionLabelOf(tab.url ?? '') !== ownLabel);
  const found = await Promise.all(others.map((tab) => isBaseSession(tab, state.baseUser?.accountId)));
  const bases = others.filter((_, index) => found[index]);
  const baseLabel = bases.map((tab) => sessionLabelOf(tab.url ?? '')).find((label) => label !== undefined);
  // No tab of the base session is open: the plain console host leads to it.
  const target = (baseLabel && onSessionUrl(state.url, baseLabel)) || switchBackUrl(partition, state.url);
  const showing = bases.find((tab) => showsSamePage(tab.url, target));
  if (showing) {
    await focusTab(showing);
    return { kind: 'focused', url: showing.url ?? target };
  }
  await openTab(target, { openerTabId: from.id });
  return { kind: 'opened', url: target };
}
