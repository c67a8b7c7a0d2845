import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageName } from '../platform/protocol';

// The handlers' work is replaced: these tests are about who may ask, and which tab they act on.
const ID = 'switchyard-id';
const ORIGIN = `chrome-extension://${ID}`;
vi.mock('../platform/browser', () => ({ browser: { runtime: { id: ID, getURL: (path: string) => `${ORIGIN}${path}` } } }));
const calls = vi.hoisted(() => ({ returnToUser: [] as unknown[], signInPageAction: [] as unknown[][], recorded: [] as unknown[][], sessions: [] as unknown[], switched: [] as unknown[][] }));
vi.mock('../platform/tabs', () => ({ activeTab: async () => ({ id: 1 }), tabById: async (id: number) => ({ id }) }));
vi.mock('./badge-data', () => ({ badgeView: async () => ({}), setBadgeCollapsed: async () => ({}) }));
vi.mock('./diagnostics', () => ({ diagnostics: async () => ({ kind: 'none' }) }));
vi.mock('./deck-changes', () => ({ currentDeck: async () => ({}), updateDeck: async () => ({}) }));
vi.mock('./options-changes', () => ({ updateFromOptions: async () => ({ saved: true, data: {} }) }));
vi.mock('./pending-switches', () => ({ dismissRefusal: async () => undefined }));
vi.mock('./return-to-user', () => ({ returnToUser: async (tab: unknown) => (calls.returnToUser.push(tab), { kind: 'posted' }) }));
vi.mock('./sign-in-page', () => ({ signInPageAction: async (...args: unknown[]) => (calls.signInPageAction.push(args), { kind: 'none' }) }));
vi.mock('./switch-profile', () => ({ switchProfile: async (...args: unknown[]) => (calls.switched.push(args), { kind: 'posted' }) }));
vi.mock('./console-page', () => ({ recordTabRead: async (...args: unknown[]) => void calls.recorded.push(args) }));
vi.mock('./live-sessions', () => ({ sessionsAnswer: async (tab: unknown) => (calls.sessions.push(tab), { sessions: [], titles: {}, now: 0 }) }));
vi.mock('./tab-state', () => ({ tabState: async () => ({ kind: 'not-console' }) }));

const { handlers } = await import('./handlers');
type Sender = Parameters<NonNullable<typeof handlers.getDeck>['from']>[0];

const CONSOLE = 'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1';
const SIGN_IN = 'https://signin.aws.amazon.com/switchrole?account=123456789012&roleName=Admin';
const inTab = (url: string, frameId = 0, tabUrl = url): Sender =>
  ({ id: ID, url, tab: { id: 4, url: tabUrl, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, frameId });
const senders = {
  popup: { id: ID, url: `${ORIGIN}/src/popup/index.html` },
  consolePage: inTab(CONSOLE),
  consoleFrame: inTab(CONSOLE, 3),
  /** The tab's url may lag behind the document that sends (a navigation still committing). */
  signInPage: inTab(SIGN_IN, 0, CONSOLE),
  /** Our content scripts run only on AWS hosts; a look-alike host is still not the console. */
  otherSite: inTab('https://us-east-1.console.aws.amazon.com.evil.example/ec2/home'),
} satisfies Record<string, Sender>;

const accepts = (type: MessageName, sender: Sender) => handlers[type]!.from(sender);

beforeEach(() => {
  calls.returnToUser.length = 0;
  calls.signInPageAction.length = 0;
  calls.recorded.length = 0;
  calls.sessions.length = 0;
  calls.switched.length = 0;
});

describe('who may ask the background', () => {
  it.each(['getTabState', 'switchProfile', 'getSessions', 'focusSession', 'dismissRefusal', 'getDiagnostics', 'updateDeck', 'getDeck', 'updateOptions'] as const)(
    '%s: only our pages, never a console page\'s script',
    (type) => {
      expect(accepts(type, senders.popup)).toBe(true);
      expect(accepts(type, senders.consolePage)).toBe(false);
      expect(accepts(type, senders.signInPage)).toBe(false);
    },
  );

  it.each(['consolePageOpened', 'setBadgeCollapsed'] as const)('%s: only the top frame of a console page', (type) => {
    expect(accepts(type, senders.consolePage)).toBe(true);
    expect(accepts(type, senders.consoleFrame)).toBe(false);
    expect(accepts(type, senders.signInPage)).toBe(false);
    expect(accepts(type, senders.otherSite)).toBe(false);
    expect(accepts(type, senders.popup)).toBe(false);
  });

  it('signInPageOpened: only the top frame of a sign-in page, never a console page or one of our pages', () => {
    expect(accepts('signInPageOpened', senders.signInPage)).toBe(true);
    expect(accepts('signInPageOpened', senders.popup)).toBe(false);
    expect(accepts('signInPageOpened', senders.consolePage)).toBe(false);
    expect(accepts('signInPageOpened', inTab(SIGN_IN, 2))).toBe(false);
    expect(accepts('signInPageOpened', inTab('https://signin.aws.amazon.com.evil.example/switchrole'))).toBe(false);
  });

  it('returnToUser: our pages and console pages, nothing else', () => {
    expect(accepts('returnToUser', senders.popup)).toBe(true);
    expect(accepts('returnToUser', senders.consolePage)).toBe(true);
    expect(accepts('returnToUser', senders.signInPage)).toBe(false);
    expect(accepts('returnToUser', senders.otherSite)).toBe(false);
    expect(accepts('returnToUser', senders.consoleFrame)).toBe(false);
  });
});

describe('which tab a request acts on', () => {
  it('"Back to user" from a console page acts on that page\'s own tab, whatever tab it names', async () => {
    await handlers.returnToUser!.handle({ tabId: 99 }, senders.consolePage);
    expect(calls.returnToUser).toEqual([senders.consolePage.tab]);
  });

  it('"Back to user" from the popup acts on the tab the popup names', async () => {
    await handlers.returnToUser!.handle({ tabId: 99 }, senders.popup);
    expect(calls.returnToUser).toEqual([{ id: 99 }]);
  });

  it('a sign-in page is asked about as the tab and the address of the document that sent it', async () => {
    await handlers.signInPageOpened!.handle({ hasSwitchForm: true, navigatedAt: 0 }, senders.signInPage);
    expect(calls.signInPageAction[0]!.slice(0, 2)).toEqual([4, SIGN_IN]);
  });

  it('getSessions answers about the tab the popup names', async () => {
    await handlers.getSessions!.handle({ tabId: 99 }, senders.popup);
    expect(calls.sessions).toEqual([{ id: 99 }]);
  });

  it('a switch passes on the user’s confirmation to sign in again, and only a true one', async () => {
    await handlers.switchProfile!.handle({ profileId: 'a', tabId: 99, signInAgain: 'aws/abc', pastLimit: true }, senders.popup);
    await handlers.switchProfile!.handle({ profileId: 'a', tabId: 99, signInAgain: true as unknown as string, pastLimit: 'yes' as unknown as boolean }, senders.popup);
    expect(calls.switched.map((args) => args[4])).toEqual([{ signInAgain: 'aws/abc', pastLimit: true }, { signInAgain: undefined, pastLimit: false }]);
  });

  it('a console page that opens is recorded as its own tab, and an incognito one is marked so', async () => {
    const page = { url: CONSOLE } as never;
    await handlers.consolePageOpened!.handle({ page }, senders.consolePage);
    await handlers.consolePageOpened!.handle({ page }, { ...senders.consolePage, tab: { ...senders.consolePage.tab!, incognito: true } });
    expect(calls.recorded).toEqual([[4, { page }, false], [4, { page }, true]]);
  });
});
