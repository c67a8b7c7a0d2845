import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sender } from './messaging';

// One fake runtime for every context: a message goes to the listeners registered on it, each
// seeing the sender the test names, and the answer comes back as Chrome sends it (JSON). No
// listener keeping the channel open means no answer: the sender's promise rejects, as in Chrome.
const wire = vi.hoisted(() => {
  const ID = 'switchyard-id';
  const ORIGIN = `chrome-extension://${ID}`;
  type Listener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => unknown;
  const listeners: Listener[] = [];
  const state = { sender: {} as object };
  const deliver = (message: unknown) =>
    new Promise((resolve, reject) => {
      const answer = (response: unknown) => resolve(response === undefined ? undefined : JSON.parse(JSON.stringify(response)));
      const open = listeners.map((listener) => listener(JSON.parse(JSON.stringify(message)), state.sender, answer)).includes(true);
      if (!open) reject(new Error('The message port closed before a response was received.'));
    });
  (globalThis as Record<string, unknown>).chrome = {
    runtime: { id: ID, getURL: (path: string) => `${ORIGIN}${path}`, sendMessage: deliver, onMessage: { addListener: (f: Listener) => listeners.push(f) } },
    tabs: { sendMessage: (_tabId: number, message: unknown) => deliver(message) },
  };
  return { ID, ORIGIN, listeners, state };
});

const pages = await import('./messaging');
const content = await import('./content-runtime');
const { HandlerFailed, isFromOurBackground } = await import('./envelope');

const CONSOLE = 'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1';
const senders = {
  popup: { id: wire.ID, url: `${wire.ORIGIN}/src/popup/index.html` },
  /** The options page is open in a tab: an extension page that carries a tab. */
  optionsTab: { id: wire.ID, url: `${wire.ORIGIN}/src/options/index.html`, tab: { id: 3 }, frameId: 0 },
  background: { id: wire.ID, url: `${wire.ORIGIN}/service-worker-loader.js` },
  backgroundNoUrl: { id: wire.ID },
  consoleScript: { id: wire.ID, url: CONSOLE, tab: { id: 4, url: CONSOLE }, frameId: 0 },
  consoleFrame: { id: wire.ID, url: CONSOLE, tab: { id: 4, url: CONSOLE }, frameId: 2 },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
  otherBackground: { id: 'someone-else' },
  /** Not a sender Chrome makes: it isolates the tab check from the url check. */
  webUrlNoTab: { id: wire.ID, url: CONSOLE },
  webPage: { id: wire.ID, url: 'https://evil.example/' },
};
type SenderName = keyof typeof senders;
const from = (name: SenderName) => (wire.state.sender = senders[name]);

beforeEach(() => {
  wire.listeners.length = 0;
});

describe('one answer rule for every door', () => {
  it('a content script sees its request fail when the background handler fails, with the reason', async () => {
    pages.listen({ setBadgeCollapsed: { from: () => true, handle: () => Promise.reject(new Error('storage is full')) } });
    from('consoleScript');
    const sent = content.sendToBackground('setBadgeCollapsed', { collapsed: true });
    await expect(sent).rejects.toBeInstanceOf(HandlerFailed);
    await expect(sent).rejects.toThrow('storage is full');
  });

  it('a page sees the same', async () => {
    pages.listen({ getDeck: { from: () => true, handle: () => { throw new Error('storage is full'); } } });
    from('popup');
    await expect(pages.sendToBackground('getDeck', {})).rejects.toThrow(new HandlerFailed('storage is full'));
  });

  it('the background sees its request to a content script fail when the script\'s handler fails', async () => {
    content.listenToBackground({ readConsole: () => { throw new Error('the page went away'); } });
    from('background');
    await expect(pages.sendToTab(4, 'readConsole', {})).rejects.toThrow(new HandlerFailed('the page went away'));
  });

  it('an answer that is not a failure comes through as it was sent, in every door', async () => {
    pages.listen({ setBadgeCollapsed: { from: () => true, handle: () => ({}) } });
    content.listenToBackground({ refreshBadge: () => ({}) });
    from('consoleScript');
    await expect(content.sendToBackground('setBadgeCollapsed', { collapsed: false })).resolves.toEqual({});
    from('background');
    await expect(pages.sendToTab(4, 'refreshBadge', {})).resolves.toEqual({});
  });

  it('no answer at all (nobody listening) is not mistaken for a handler\'s failure', async () => {
    from('consoleScript');
    const sent = content.sendToBackground('setBadgeCollapsed', { collapsed: true });
    await expect(sent).rejects.toThrow();
    await expect(sent).rejects.not.toBeInstanceOf(HandlerFailed);
  });
});

describe('the background door refuses senders', () => {
  /** Whether a message from `name` reaches a handler whose own check lets everyone in. */
  async function reaches(name: SenderName, check: (sender: Sender) => boolean = () => true): Promise<boolean> {
    wire.listeners.length = 0;
    const handle = vi.fn(() => ({}) as Record<string, never>);
    pages.listen({ setBadgeCollapsed: { from: check, handle } });
    from(name);
    await pages.sendToBackground('setBadgeCollapsed', { collapsed: true }).catch(() => undefined);
    return handle.mock.calls.length > 0;
  }

  it('ignores another extension, whatever the handler\'s own check says', async () => {
    expect(await reaches('otherExtension')).toBe(false);
    expect(await reaches('popup')).toBe(true);
  });

  it('ignores a sender the handler\'s check refuses', async () => {
    expect(await reaches('popup', () => false)).toBe(false);
  });

  it('fromExtensionPage: our pages only, never a content script or a sender without a url', () => {
    expect(pages.fromExtensionPage(senders.popup as Sender)).toBe(true);
    expect(pages.fromExtensionPage(senders.consoleScript as Sender)).toBe(false);
    expect(pages.fromExtensionPage(senders.backgroundNoUrl as Sender)).toBe(false);
  });

  it('isFromOurBackground (the content door\'s rule): no tab, our id, and our url when there is one', () => {
    const ours = (sender: object) => isFromOurBackground(sender, wire.ID, new URL(`${wire.ORIGIN}/`).origin);
    expect(ours(senders.background)).toBe(true);
    expect(ours(senders.backgroundNoUrl)).toBe(true);
    expect(ours(senders.popup)).toBe(true);
    expect(ours(senders.optionsTab)).toBe(false);
    expect(ours(senders.webPage)).toBe(false);
    expect(ours(senders.webUrlNoTab)).toBe(false);
    expect(ours(senders.consoleScript)).toBe(false);
    expect(ours(senders.otherBackground)).toBe(false);
  });

  it('fromContentScript: a tab, its top frame, and a web page\'s url (not ours, not missing)', () => {
    expect(pages.fromContentScript(senders.consoleScript as Sender)).toBe(true);
    expect(pages.fromContentScript(senders.popup as Sender)).toBe(false);
    expect(pages.fromContentScript(senders.webUrlNoTab as Sender)).toBe(false);
    expect(pages.fromContentScript(senders.consoleFrame as Sender)).toBe(false);
    expect(pages.fromContentScript(senders.optionsTab as Sender)).toBe(false);
    expect(pages.fromContentScript({ ...senders.consoleScript, url: undefined } as Sender)).toBe(false);
  });
});

describe('the content script door refuses senders', () => {
  /** Whether a message from `name` reaches the content script's handler, and gets any answer. */
  async function send(name: SenderName, type = 'refreshBadge'): Promise<{ handled: boolean; answered: boolean }> {
    wire.listeners.length = 0;
    const handle = vi.fn(() => ({}));
    content.listenToBackground({ refreshBadge: handle });
    from(name);
    const answered = await chrome.tabs.sendMessage(4, { type, payload: {} }).then(() => true, () => false);
    return { handled: handle.mock.calls.length > 0, answered };
  }
  const reaches = async (name: SenderName) => (await send(name)).handled;

  it('answers our background and our pages', async () => {
    expect(await send('background')).toEqual({ handled: true, answered: true });
    expect(await reaches('backgroundNoUrl')).toBe(true);
    expect(await reaches('popup')).toBe(true);
  });

  it('ignores another extension', async () => {
    expect(await reaches('otherExtension')).toBe(false);
    expect(await reaches('otherBackground')).toBe(false);
  });

  it('ignores any sender in a tab: a content script of ours, or our page open in a tab', async () => {
    expect(await reaches('consoleScript')).toBe(false);
    expect(await reaches('optionsTab')).toBe(false);
  });

  it('ignores a sender whose url is not ours', async () => expect(await reaches('webPage')).toBe(false));

  it('leaves a message it has no handler of its own for unanswered', async () => {
    expect(await send('background', 'constructor')).toEqual({ handled: false, answered: false });
    expect(await send('background', 'postSwitchForm')).toEqual({ handled: false, answered: false });
  });
});
