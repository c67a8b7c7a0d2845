// Who may ask the background what: each message names the senders it answers (messaging.ts
// ignores any other sender), and what a console page asks about is its own tab.
import { parseConsoleHost, parseSignInHost } from '../core/console/partition';
import { fromContentScript, fromExtensionPage, type Handlers, type Sender } from '../platform/messaging';
import { activeTab, tabById } from '../platform/tabs';
import { badgeView, setBadgeCollapsed } from './badge-data';
import { recordTabRead } from './console-page';
import { diagnostics } from './diagnostics';
import { currentDeck, updateDeck } from './deck-changes';
import { updateFromOptions } from './options-changes';
import { dismissRefusal } from './pending-switches';
import { returnToUser } from './return-to-user';
import { sessionsAnswer } from './live-sessions';
import { focusSession } from './session-reuse';
import { signInPageAction } from './sign-in-page';
import { switchProfile } from './switch-profile';
import { tabState } from './tab-state';

// The popup names the tab it works on; without one, the active tab of the current window.
const targetTab = (tabId?: number) => (tabId === undefined ? activeTab() : tabById(tabId));

/** Our console content script, in the top frame of a console page. */
export const fromConsolePage = (sender: Sender) => fromContentScript(sender) && parseConsoleHost(new URL(sender.url!).hostname) !== undefined;

/** Our sign-in content script, in the top frame of an AWS sign-in page (never the console's script). */
export const fromSignInPage = (sender: Sender) => fromContentScript(sender) && parseSignInHost(new URL(sender.url!).hostname) !== undefined;

export const handlers: Handlers = {
  getTabState: { from: fromExtensionPage, handle: async ({ tabId }) => tabState(await targetTab(tabId)) },
  switchProfile: {
    from: fromExtensionPage,
    handle: async ({ profileId, tabId, newTab, signInAgain, pastLimit }) => switchProfile(profileId, await targetTab(tabId), newTab, undefined, { signInAgain: typeof signInAgain === 'string' ? signInAgain : undefined, pastLimit: pastLimit === true }),
  },
  getSessions: { from: fromExtensionPage, handle: async ({ tabId }) => sessionsAnswer(await targetTab(tabId)) },
  focusSession: {
    from: fromExtensionPage,
    handle: async ({ key, tabId }) =>
      typeof key === 'string' ? focusSession(key, await targetTab(tabId)) : { kind: 'failed', issue: { code: 'errSessionGone', message: 'Switchyard no longer finds that session’s console.' } },
  },
  signInPageOpened: {
    from: fromSignInPage,
    handle: (report, sender) => signInPageAction(sender.tab!.id!, sender.url!, report),
  },
  dismissRefusal: {
    from: fromExtensionPage,
    handle: async ({ tabId }) => {
      if (Number.isInteger(tabId)) await dismissRefusal(tabId);
      return {};
    },
  },
  // An incognito tab's page is not kept on disk (storage.local is shared with regular windows), nor
  // in the list of signed-in sessions. The page is recorded alongside its badge being worked out.
  consolePageOpened: {
    from: fromConsolePage,
    handle: async ({ page }, sender) => {
      const incognito = sender.tab?.incognito === true;
      const tabId = sender.tab?.id;
      const [view] = await Promise.all([
        badgeView(page, { keep: !incognito }),
        tabId === undefined ? undefined : recordTabRead(tabId, { page }, incognito),
      ]);
      return view;
    },
  },
  setBadgeCollapsed: { from: fromConsolePage, handle: ({ collapsed }) => setBadgeCollapsed(collapsed === true) },
  // From the badge, a console page acts on its own tab only; the popup names its tab.
  returnToUser: {
    from: (sender) => fromExtensionPage(sender) || fromConsolePage(sender),
    handle: async ({ tabId }, sender) => returnToUser(fromConsolePage(sender) ? sender.tab : await targetTab(tabId)),
  },
  getDiagnostics: { from: fromExtensionPage, handle: () => diagnostics() },
  updateDeck: { from: fromExtensionPage, handle: ({ op }) => updateDeck(op) },
  getDeck: { from: fromExtensionPage, handle: () => currentDeck() },
  updateOptions: { from: fromExtensionPage, handle: ({ op }) => updateFromOptions(op) },
};
