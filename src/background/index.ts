// Service worker entry: wiring only. It keeps no state in module variables.
import { fromContentScript, fromExtensionPage, listen } from '../platform/messaging';
import { activeTab, tabById } from '../platform/tabs';
import { signInPageAction } from './sign-in-page';
import { switchProfile } from './switch-profile';
import { tabState } from './tab-state';

// The popup names the tab it works on; without one, the active tab of the current window.
const targetTab = (tabId?: number) => (tabId === undefined ? activeTab() : tabById(tabId));

listen({
  getTabState: { from: fromExtensionPage, handle: async ({ tabId }) => tabState(await targetTab(tabId)) },
  switchProfile: {
    from: fromExtensionPage,
    handle: async ({ profileId, tabId, newTab }) => switchProfile(profileId, await targetTab(tabId), newTab),
  },
  signInPageOpened: {
    from: fromContentScript,
    handle: ({ hasSwitchForm }, sender) => signInPageAction(sender.tab!.id!, sender.url!, hasSwitchForm),
  },
});
