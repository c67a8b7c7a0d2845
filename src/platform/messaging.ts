import { browser, type Runtime } from './browser';
import { answerWith, isMessage, unwrap } from './envelope';
import type { Message, MessageMap, MessageName } from './protocol';

export type Sender = Runtime.MessageSender;
type Handler<N extends MessageName> = (
  payload: MessageMap[N]['request'],
  sender: Sender,
) => Promise<MessageMap[N]['response']> | MessageMap[N]['response'];

export type Handlers = { [N in MessageName]?: { from: (sender: Sender) => boolean; handle: Handler<N> } };

/** Send to the background (from the popup or the options page). Rejects when the background
 *  does not answer, and with HandlerFailed when its handler failed (envelope.ts). */
export async function sendToBackground<N extends MessageName>(
  type: N,
  payload: MessageMap[N]['request'],
): Promise<MessageMap[N]['response']> {
  return unwrap(await browser.runtime.sendMessage({ type, payload } satisfies Message<N>));
}

/** Send to the content script of one tab (top frame only). */
export function sendToTab<N extends MessageName>(
  tabId: number,
  type: N,
  payload: MessageMap[N]['request'],
): Promise<MessageMap[N]['response']> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Message<N>, { frameId: 0 }).then(unwrap<MessageMap[N]['response']>);
}

/** Listens for the messages named in `handlers`. A message whose sender fails the handler's
 *  `from` check, or that is not one of ours, is ignored: it gets no answer. A handler that fails
 *  answers with the failure marker (envelope.ts), so the sender's promise rejects. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    const entry = handlers[message.type] as
      | { from: (sender: Sender) => boolean; handle: (payload: unknown, sender: Sender) => unknown }
      | undefined;
    if (!entry || !entry.from(sender)) return undefined;
    return answerWith(() => entry.handle(message.payload, sender), sendResponse);
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

const extensionOrigin = () => new URL(browser.runtime.getURL('/')).origin;

const isOurPage = (url: string | undefined): boolean => url !== undefined && new URL(url).origin === extensionOrigin();

/** Senders: an extension page of ours (popup, options) — never a content script, whose url is the web page's. */
export const fromExtensionPage = (sender: Sender): boolean => isOurPage(sender.url);

/** Senders: our content script in the top-level frame of a tab. */
export const fromContentScript = (sender: Sender): boolean =>
  sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && sender.url !== undefined && !isOurPage(sender.url);
