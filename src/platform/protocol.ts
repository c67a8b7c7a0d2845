// The one message contract between the popup, the background and the content scripts.
// Each handler checks who sent it (see messaging.ts); payloads are plain data.
import type { BaseUser } from '../core/console/base-user';
import type { BadgeData } from '../core/badge/format';
import type { RawConsolePage } from '../core/console/page-state';
import type { DeckSnapshot } from '../core/deck/deck-snapshot';
import type { OpResult } from '../core/deck/entry-ops';
import type { OptionsOpResult } from '../core/store/options-ops';
import type { Settings, StoreData } from '../core/store/schema';
import type { CoreIssue } from '../core/issues/issue';
import type { IdentityReading } from '../core/console/identity';
import type { ClassicSwitchForm, MultiSessionRequest } from '../core/switch/switch-request';
import type { SwitchRefusal } from '../core/switch/switch-refusal';
import type { Session } from '../core/sessions/session-list';

/** What the console content script reads on its page, unparsed: the background makes sense of it
 *  (core/console/page-state.ts), so that the console's main thread only reads. */
export interface ConsolePage extends RawConsolePage {
  /** Where the page signs in, and its region (for the sign-in host when it names none): untrusted. */
  signInEndpoint?: string;
  infrastructureRegion?: string;
  report: SignalReport;
  /** When the page loaded (its performance.timeOrigin), ms since epoch: what a read of it proves
   *  of its session's age, however late the read comes (a session started before its page). */
  loadedAt?: number;
}

/** What Switchyard makes of a console page (the background reads it from a ConsolePage). */
export interface ConsoleState {
  url: string;
  reading: IdentityReading;
  mode: 'classic' | 'multi-session';
  csrfFound: boolean;
  /** Who "Back to <user>" returns to, when the page names the signed-in user. */
  baseUser?: BaseUser;
  /** Which of the page's signals were there (for the options page's diagnostics). */
  signals?: SignalReport;
  /** When the page loaded (ConsolePage.loadedAt). */
  loadedAt?: number;
}

/** Each console signal Switchyard reads, and whether this page had it. */
export interface SignalReport {
  sessionData: boolean;
  userInfoCookie: boolean;
  accountAliasCookie: boolean;
  /** ConsoleNavService.AccountInfo, read by the page-world probe. */
  accountInfo: boolean;
  /** The navigation elements found, by selector. */
  dom: string[];
  /** Where the CSRF token came from: AWSC.Auth.getMbtc() in the page, an input[name=csrf], or nowhere. */
  csrf: 'page' | 'input' | 'none';
  signInEndpoint: boolean;
  /** Whether the page-world probe answered at all. */
  probe: boolean;
}

export type TabState = (
  /** tabId: the tab that was read, for follow-up requests (e.g. returnToUser). */
  | { kind: 'console'; console: ConsoleState; tabId?: number }
  /** A console page whose content script did not answer (opened before install, or still loading). */
  | { kind: 'console-unreachable'; url: string }
  | { kind: 'not-console' }
) & {
  /** The last switch of ours from this tab, when AWS refused it (until dismissed or switched again). */
  refusal?: { refusal: SwitchRefusal; tabId: number };
};

/** What a switch attempted in a console tab came to (background/switch-in-tab.ts). */
export type ContentSwitchResult =
  | { kind: 'posted' }
  | { kind: 'destination'; url: string }
  | { kind: 'refused'; issue: CoreIssue }
  /** The page no longer carries what a direct switch needs (AWS changed it): use the switch page. */
  | { kind: 'console-changed'; missing: string[] };

/** How a change the popup asked for went: saved (with what the op gave back), or why not. */
export interface DeckUpdate extends OpResult {
  saved: boolean;
  problem?: CoreIssue;
  /** The list with the change, when saved. */
  deck?: DeckSnapshot;
}

/** How a change the options page asked for went: saved (with what the op gave back), or why not. */
export interface OptionsUpdate extends OptionsOpResult {
  saved: boolean;
  problem?: CoreIssue;
  /** The list now: with the change when saved, else as it still is. */
  data: StoreData;
  /** Even reading failed: `data` is an empty list, not the user's (keep what was shown). */
  unread?: true;
}

/** How a setting the options page chose went: the settings, not the whole list (the page shows
 *  only them); none when even reading failed (keep what was shown). */
export interface SettingUpdate {
  saved: boolean;
  problem?: CoreIssue;
  settings?: Settings;
}

/** The console sessions signed in in this browser, as the popup shows them (issue #16). */
export interface SessionsAnswer {
  /** Pruned (core/sessions/session-state.ts), and each session's tabs checked to be open console
   *  tabs of it: what "signed in", the tab counts and the "n of 5" header are drawn from. */
  sessions: Session[];
  /** The title of each of those tabs, by tab id: the confirmation before signing an identity in
   *  again names the tabs it would sign out. */
  titles: Record<number, string>;
  /** The background's clock when it answered (for "seen 5 min ago" and "possibly expired"). */
  now: number;
  /** The session of the tab the popup works on, when that is a known console tab. */
  currentKey?: string;
}

/** What the user sees after asking for a switch. */
export type SwitchOutcome =
  /** The entry was signed in already: its session's console tab was brought to the front (or, with
   *  none open, its console opened in a new tab: 'opened'), and no one signed in again. */
  | { kind: 'focused'; url: string }
  | { kind: 'posted' }
  | { kind: 'opened'; url: string }
  | { kind: 'switch-page'; url: string; reason: 'not-console' | 'other-partition' | 'console-changed' | 'new-tab' }
  | { kind: 'refused'; issue: CoreIssue }
  | { kind: 'failed'; issue: CoreIssue };

/** "Back to <user>": how it went. */
export type ReturnOutcome =
  /** Classic: the console's own switch-back form was posted in the tab. */
  | { kind: 'posted' }
  /** Multi-session: the base session's console tab was brought to the front, or opened. */
  | { kind: 'focused'; url: string }
  | { kind: 'opened'; url: string }
  /** The tab is already signed in as the user (no role to leave). */
  | { kind: 'not-switched' }
  | { kind: 'failed'; issue: CoreIssue };

/** What the console badge draws: formatted data, the user's badge preferences, and its words
 *  already in the user's language (the console page then needs no i18n lookups of its own). */
export interface BadgeView {
  /** settings.badge: the user may turn the badge off (the production frame stays). */
  visible: boolean;
  collapsed: boolean;
  data: BadgeData;
  text: BadgeText;
}

export interface BadgeText {
  title: string;
  name: string;
  account: string;
  role: string;
  region: string;
  /** The region as shown: the region, or "Global". */
  regionValue?: string;
  production: string;
  multiSession: string;
  /** Multi-session: "base session" or "role session" (BadgeData.session), with what that means. */
  session?: string;
  sessionTitle?: string;
  /** "Back to <user>", when a role is active. */
  back?: string;
  /** Multi-session: the back button brings the base session's tab to the front; it says so. */
  backTitle?: string;
  collapse: string;
  expand: string;
  /** One sentence per thing the page no longer carries. */
  problems: string[];
}

/** What the options page's diagnostics show: the most recently used console tab and its signals. */
export type Diagnostics =
  | { kind: 'none' }
  | { kind: 'unreachable'; url: string }
  | { kind: 'console'; url: string; state: ConsoleState };

/** What the sign-in page's content script should do on its page. */
export type SignInPageAction = { kind: 'confirm' } | { kind: 'explain'; label: string } | { kind: 'none' };

/** What a sign-in page says of itself (core/switch/switch-refusal.ts judges it). */
export interface SignInPageReport {
  hasSwitchForm: boolean;
  /** When the page's navigation started, ms since the epoch. */
  navigatedAt: number;
}

export interface MessageMap {
  // popup → background
  getTabState: { request: { tabId?: number }; response: TabState };
  /** The popup's "Dismiss" on the refusal it shows for that tab. */
  dismissRefusal: { request: { tabId: number }; response: Record<string, never> };
  /** `signInAgain`: the key of the signed-in session the user confirmed to sign in anew (its open
   *  tabs will be signed out); only that session is passed over, any other is still reused.
   *  `pastLimit`: the user chose to switch although the sessions Switchyard knows of fill the
   *  five-session limit (some may have ended without its knowing; AWS then decides). */
  switchProfile: { request: { profileId: string; tabId?: number; newTab?: boolean; signInAgain?: string; pastLimit?: boolean }; response: SwitchOutcome };
  /** Brings a signed-in session's console tab to the front, or opens its console (the popup's
   *  "Signed in now" rows, the base session's included): no sign-in. `tabId`: the popup's tab. */
  focusSession: { request: { key: string; tabId?: number }; response: SwitchOutcome };
  /** The signed-in console sessions; `tabId` names the popup's tab (else the active tab). */
  getSessions: { request: { tabId?: number }; response: SessionsAnswer };
  /** A change to the list (a StoreOp, checked by the background before it is applied). */
  updateDeck: { request: { op: unknown }; response: DeckUpdate };
  /** The whole list as the popup shows it, when session storage has none yet. */
  getDeck: { request: Record<string, never>; response: DeckSnapshot };
  // background → console content script
  /** The page, and an id of this read (not secret: the read's CSRF token stays in the page). */
  readConsole: { request: Record<string, never>; response: { page: ConsolePage; readId: number } };
  /** Classic switch or switch-back, built from the page as read `readId`: the content script fills
   *  in that read's CSRF token (which never leaves the page) and posts. */
  postSwitchForm: { request: { form: ClassicSwitchForm; readId: number }; response: { kind: 'posted' } | { kind: 'console-changed'; missing: string[] } };
  /** Multi-session switch: sent from the page (its origin and cookies); the background reads the reply. */
  fetchSwitch: { request: { request: MultiSessionRequest }; response: { status: number; body: string } | { error: 'network' | 'refused-host' } };
  // sign-in content script → background
  signInPageOpened: { request: SignInPageReport; response: SignInPageAction };
  // console content script → background
  consolePageOpened: { request: { page: ConsolePage }; response: BadgeView };
  setBadgeCollapsed: { request: { collapsed: boolean }; response: Record<string, never> };
  // popup (tabId, or the active tab) or the console badge (its own tab) → background
  returnToUser: { request: { tabId?: number }; response: ReturnOutcome };
  // options page → background
  getDiagnostics: { request: Record<string, never>; response: Diagnostics };
  /** A change to the list or where it lives (an OptionsOp, checked by the background first). */
  updateOptions: { request: { op: unknown }; response: OptionsUpdate | SettingUpdate };
  // background → console content script
  refreshBadge: { request: Record<string, never>; response: Record<string, never> };
}

export type MessageName = keyof MessageMap;
export type Message<N extends MessageName = MessageName> = { type: N; payload: MessageMap[N]['request'] };
