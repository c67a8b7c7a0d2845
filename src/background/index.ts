// Service worker entry: wiring only. It keeps no state in module variables.
import { fromContentScript, fromExtensionPage, listen } from '../platform/messaging';
import { signInPageAction } from './sign-in-page';
import { switchProfile } from './switch-profile';
import { tabState } from './tab-state';

listen({
  getTabState: { from: fromExtensionPage, handle: () => tabState() },
  switchProfile: { from: fromExtensionPage, handle: ({ profileId, newTab }) => switchProfile(profileId, newTab) },
  signInPageOpened: {
    from: fromContentScript,
    handle: ({ hasSwitchForm }, sender) => signInPageAction(sender.tab!.id!, sender.url!, hasSwitchForm),
  },
});
