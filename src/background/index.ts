// Service worker entry: wiring only. It keeps no state in module variables.
import { onCommand } from '../platform/commands-api';
import { onInstalled, onStartOrInstall } from '../platform/lifecycle';
import { messagesReady } from '../platform/i18n';
import { listen } from '../platform/messaging';
import { onOmniboxChanged, onOmniboxEntered, onOmniboxStarted } from '../platform/omnibox-api';
import { refreshPopupCache } from '../platform/popup-cache';
import { onStoreChanged } from '../platform/store';
import { releaseLeftovers } from '../platform/portal-leftovers';
import { onTabClosed } from '../platform/tabs';
import { rebuildBadgeData, refreshBadgeData, refreshBadges } from './badge-data';
import { runCommand } from './keyboard-commands';
import { handlers } from './handlers';
import { omniboxChanged, omniboxEntered, omniboxStarted } from './omnibox-suggest';
import { forgetTab } from './pending-switches';
import { forgetSessionTab } from './session-store';
import { welcomeOnInstall } from './welcome-tab';

// First of all, before any page of ours can exist: the process's message table is loaded from here,
// where no one can close the context mid-load (platform/i18n.ts), and read from _locales if it is empty.
void messagesReady();
listen(handlers);

onCommand((name) => void runCommand(name));
onTabClosed((tabId) => {
  void forgetTab(tabId).catch(() => undefined);
  void forgetSessionTab(tabId);
});
onOmniboxStarted(omniboxStarted);
onOmniboxChanged((text, suggest) => void omniboxChanged(text, suggest));
onOmniboxEntered((text, disposition) => void omniboxEntered(text, disposition));
// The store's one writer also merges another browser's synced list back (no page does).
onStoreChanged((snapshot) => {
  // The stored badges first, then the open console tabs redraw from them.
  void refreshBadgeData(snapshot).catch(() => undefined).then(refreshBadges);
  void refreshPopupCache(snapshot);
}, { reconcile: true });
// After a browser start (session storage is empty, the language may be new), an install or an update.
onStartOrInstall(() => {
  void refreshPopupCache();
  void rebuildBadgeData().catch(() => undefined);
  // What a portal read cut short by the quit or the update was given (optional permissions outlive both).
  void releaseLeftovers().catch(() => undefined);
});
// A fresh install opens the welcome page once (never on an update or a reload).
onInstalled((reason) => void welcomeOnInstall(reason).catch((error: unknown) => console.warn('Switchyard: the welcome page did not open', error)));
