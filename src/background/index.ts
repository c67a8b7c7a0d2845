// Service worker entry: wiring only. It keeps no state in module variables.
import { parseConsoleHost } from '../core/partition';
import { onCommand } from '../platform/commands';
import { onStartOrInstall } from '../platform/lifecycle';
import { fromContentScript, fromExtensionPage, listen, type Sender } from '../platform/messaging';
import { onOmniboxChanged, onOmniboxEntered, onOmniboxStarted } from '../platform/omnibox';
import { refreshPopupCache } from '../platform/popup-cache';
import { onStoreChanged } from '../platform/store';
import { activeTab, tabById } from '../platform/tabs';
import { badgeView, rebuildBadgeData, refreshBadgeData, refreshBadges, setBadgeCollapsed } from './badge';
import { runCommand } from './commands';
import { diagnostics } from './diagnostics';
import { currentDeck, updateDeck } from './deck';
import { omniboxChanged, omniboxEntered, omniboxStarted } from './omnibox';
import { dismissRefusal } from './pending-switches';
import { returnToUser } from './return-to-user';
import { signInPageAction } from './sign-in-page';
import { switchProfile } from './switch-profile';
import { tabState } from './tab-state';

// The popup names the tab it works on; without one, the active tab of the current window.
const targetTab = (tabId?: number) => (tabId === undefined ? activeTab() : tabById(tabId));

/** Our console content script, in the top frame of a console page. */
const fromConsolePage = (sender: Sender) => fromContentScript(sender) && parseConsoleHost(new URL(sender.url!).hostname) !== undefined;

listen({
  getTabState: { from: fromExtensionPage, handle: async ({ tabId }) => tabState(await targetTab(tabId)) },
  switchProfile: {
    from: fromExtensionPage,
    handle: async ({ profileId, tabId, newTab }) => switchProfile(profileId, await targetTab(tabId), newTab),
  },
  signInPageOpened: {
    from: fromContentScript,
    handle: (report, sender) => signInPageAction(sender.tab!.id!, sender.url!, report),
  },
  dismissRefusal: {
    from: fromExtensionPage,
    handle: async ({ tabId }) => {
      if (Number.isInteger(tabId)) await dismissRefusal(tabId);
      return {};
    },
  },
  // An incognito tab's page is not kept on disk (storage.local is shared with regular windows).
  consolePageOpened: { from: fromConsolePage, handle: ({ page }, sender) => badgeView(page, { keep: sender.tab?.incognito !== true }) },
  setBadgeCollapsed: { from: fromConsolePage, handle: ({ collapsed }) => setBadgeCollapsed(collapsed === true) },
  // From the badge, a console page acts on its own tab only; the popup names its tab.
  returnToUser: {
    from: (sender) => fromExtensionPage(sender) || fromConsolePage(sender),
    handle: async ({ tabId }, sender) => returnToUser(fromConsolePage(sender) ? sender.tab : await targetTab(tabId)),
  },
  getDiagnostics: { from: fromExtensionPage, handle: () => diagnostics() },
  updateDeck: { from: fromExtensionPage, handle: ({ op }) => updateDeck(op) },
  getDeck: { from: fromExtensionPage, handle: () => currentDeck() },
});

onCommand((name) => void runCommand(name));
onOmniboxStarted(omniboxStarted);
onOmniboxChanged((text, suggest) => void omniboxChanged(text, suggest));
onOmniboxEntered((text, disposition) => void omniboxEntered(text, disposition));
onStoreChanged((snapshot) => {
  // The stored badges first, then the open console tabs redraw from them.
  void refreshBadgeData(snapshot).catch(() => undefined).then(refreshBadges);
  void refreshPopupCache(snapshot);
});
// After a browser start (session storage is empty, the language may be new), an install or an update.
onStartOrInstall(() => {
  void refreshPopupCache();
  void rebuildBadgeData().catch(() => undefined);
});
