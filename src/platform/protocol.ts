// The one message contract between the popup, the background and the content scripts.
// Each handler checks who sent it (see messaging.ts); payloads are plain data.
import type { CoreIssue } from '../core/issue';
import type { IdentityReading } from '../core/identity';
import type { Profile } from '../core/profile';

/** What the console content script found on its page. */
export interface ConsoleState {
  url: string;
  reading: IdentityReading;
  mode: 'classic' | 'multi-session';
  csrfFound: boolean;
}

export type TabState =
  | { kind: 'console'; console: ConsoleState }
  /** A console page whose content script did not answer (opened before install, or still loading). */
  | { kind: 'console-unreachable'; url: string }
  | { kind: 'not-console' };

/** What the console content script did with a switch request. */
export type ContentSwitchResult =
  | { kind: 'posted' }
  | { kind: 'destination'; url: string }
  | { kind: 'refused'; issue: CoreIssue }
  /** The page no longer carries what a direct switch needs (AWS changed it): use the switch page. */
  | { kind: 'console-changed'; missing: string[] };

/** What the user sees after asking for a switch. */
export type SwitchOutcome =
  | { kind: 'posted' }
  | { kind: 'opened'; url: string }
  | { kind: 'switch-page'; url: string; reason: 'not-console' | 'other-partition' | 'console-changed' | 'new-tab' }
  | { kind: 'refused'; issue: CoreIssue }
  | { kind: 'failed'; issue: CoreIssue };

/** What the sign-in page's content script should do on a switch-role page. */
export type SignInPageAction = { kind: 'confirm' } | { kind: 'explain'; label: string } | { kind: 'none' };

export interface MessageMap {
  // popup → background
  getTabState: { request: { tabId?: number }; response: TabState };
  switchProfile: { request: { profileId: string; tabId?: number; newTab?: boolean }; response: SwitchOutcome };
  // background → console content script
  readConsole: { request: Record<string, never>; response: ConsoleState };
  performSwitch: { request: { profile: Profile }; response: ContentSwitchResult };
  // sign-in content script → background
  signInPageOpened: { request: { hasSwitchForm: boolean }; response: SignInPageAction };
}

export type MessageName = keyof MessageMap;
export type Message<N extends MessageName = MessageName> = { type: N; payload: MessageMap[N]['request'] };
