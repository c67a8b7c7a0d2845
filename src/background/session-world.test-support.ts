// A browser with console tabs, for the background's session tests: tabs (some signed in to a
// multi-session console, some classic), each with a fake content script that answers readConsole
// from what its page says and fetchSwitch with whatever the test chose; what the background opens,
// focuses and sends is recorded. Use with vi.mock of ../platform/tabs, tabs-matching, messaging.
import type { MultiSessionRequest } from '../core/switch/switch-request';
import type { Tab } from '../platform/tabs';

export const BASE_ACCOUNT = '111122223333';
export const ROLE_ACCOUNT = '123456789012';
const ENDPOINT = 'us-east-1.signin.aws.amazon.com';

/** Who a page is signed in as: the base user, a role, or no one (AWS's signed-out page). */
export type Who = { user: string } | { role: string; account?: string } | 'signed-out';

export interface FakeTab {
  id: number;
  url: string;
  title?: string;
  incognito?: boolean;
  lastAccessed?: number;
  /** Who its console page is signed in as; undefined: no content script answers. */
  who?: Who;
  /** Its multi-session differentiator; none: classic. */
  differentiator?: string;
  /** When its page loaded (ConsolePage.loadedAt); none: just now. */
  loadedAt?: number;
  /** Its page never answers (a frozen background tab). */
  frozen?: boolean;
}

export interface Sent {
  tabId: number;
  request: MultiSessionRequest;
}

export function sessionHost(account: string, differentiator: string, region = 'us-east-1'): string {
  return `${account}-${differentiator}.${region}.console.aws.amazon.com`;
}

export function fakeWorld() {
  const state = {
    tabs: new Map<number, FakeTab>(),
    nextId: 100,
    opened: [] as Array<{ url: string; active: boolean; id: number }>,
    focused: [] as number[],
    sent: [] as Sent[],
    posted: [] as number[],
    /** What fetchSwitch answers (a test may set it). */
    reply: (_sent: Sent): { status: number; body: string } => ({ status: 200, body: JSON.stringify({ destination: `https://${sessionHost(ROLE_ACCOUNT, 'newsess1')}/console/home` }) }),
    /** A tab opened on a URL: what its page will be signed in as (a test may set it). */
    onOpen: (_url: string): Partial<FakeTab> => ({}),
    /** Tab look-ups never answer (a busy browser), to show what does not wait on them. */
    slowLookups: false,
  };

  function pageOf(tab: FakeTab) {
    const who = tab.who!;
    const hostname = new URL(tab.url).hostname;
    let sessionData: string | undefined;
    if (who !== 'signed-out') {
      const account = 'user' in who ? BASE_ACCOUNT : (who.account ?? ROLE_ACCOUNT);
      const sessionARN = 'user' in who ? `arn:aws:iam::${account}:user/${who.user}` : `arn:aws:sts::${account}:assumed-role/${who.role}/alice`;
      const multi = tab.differentiator === undefined ? {} : { prismModeEnabled: true, sessionDifferentiator: tab.differentiator, signInEndpoint: ENDPOINT };
      sessionData = JSON.stringify({ accountId: account, sessionARN, ...multi });
    }
    return { url: tab.url, csrfFound: true, signals: { hostname, ...(sessionData ? { sessionData } : {}) }, report: {}, loadedAt: tab.loadedAt ?? Date.now() };
  }

  const asTab = (tab: FakeTab): Tab => ({ index: 0, highlighted: false, active: false, pinned: false, incognito: false, ...tab });

  const add = (tab: FakeTab) => {
    state.tabs.set(tab.id, tab);
    return tab;
  };

  const tabs = {
    activeTab: async () => [...state.tabs.values()][0],
    tabById: async (id: number): Promise<Tab | undefined> => {
      if (state.slowLookups) await new Promise(() => undefined);
      return state.tabs.has(id) ? asTab(state.tabs.get(id)!) : undefined;
    },
    openTab: async (url: string, options: { active?: boolean } = {}) => {
      const id = state.nextId++;
      state.opened.push({ url, active: options.active ?? true, id });
      add({ id, url, ...state.onOpen(url) });
      return { id, url };
    },
    openBlankTab: async () => {
      const id = state.nextId++;
      state.opened.push({ url: 'about:blank', active: true, id });
      add({ id, url: 'about:blank' });
      return { id, url: 'about:blank' };
    },
    navigateTab: async (id: number, url: string) => {
      const tab = state.tabs.get(id);
      if (tab) Object.assign(tab, { url }, state.onOpen(url));
    },
  };
  const matching = {
    tabsMatching: async () => [...state.tabs.values()].filter((t) => /^https:\/\/([a-z0-9-]+\.)*console\.aws\.amazon\.com\//.test(t.url)).map(asTab),
    focusTab: async (tab: { id?: number }) => void state.focused.push(tab.id!),
  };
  const messaging = {
    sendToTab: async (tabId: number, type: string, payload: unknown) => {
      const tab = state.tabs.get(tabId);
      if (!tab || tab.who === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (tab.frozen) return new Promise(() => undefined);
      if (type === 'readConsole') return { page: pageOf(tab), readId: 1 };
      if (type === 'fetchSwitch') {
        const sent = { tabId, request: (payload as { request: MultiSessionRequest }).request };
        state.sent.push(sent);
        return state.reply(sent);
      }
      if (type === 'postSwitchForm') return (state.posted.push(tabId), { kind: 'posted' });
      throw new Error(`unexpected ${type}`);
    },
  };
  const reset = () => {
    state.tabs.clear();
    state.nextId = 100;
    state.opened = [];
    state.focused = [];
    state.sent = [];
    state.posted = [];
    state.reply = (_sent) => ({ status: 200, body: JSON.stringify({ destination: `https://${sessionHost(ROLE_ACCOUNT, 'newsess1')}/console/home` }) });
    state.onOpen = () => ({});
    state.slowLookups = false;
  };
  return { state, add, tabs, matching, messaging, reset };
}
