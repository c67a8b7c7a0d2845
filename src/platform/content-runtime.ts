// The door to the extension APIs for content scripts: the same typed contract as messaging.ts,
// without webextension-polyfill (a third of the console script's size, and the console pays for
// every byte on every page load). It touches only runtime messaging, reading storage.local and
// i18n, which need no promise wrapping that both browsers do not already have.
import { answerWith, isFromOurBackground, isMessage, unwrap } from './envelope';
import type { Message, MessageMap, MessageName } from './protocol';

interface ContentSender {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

interface ContentApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: ContentSender, sendResponse: (response: unknown) => void) => boolean | undefined,
      ): void;
    };
  };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

// Firefox has `browser` (promise-based); Chrome has `chrome`, whose sendMessage also returns a
// promise in MV3. `browser` is checked for a runtime id because a page element with id="browser"
// would otherwise be found on the window (DOM clobbering) in Chrome, which has no `browser`.
const scope = globalThis as unknown as { browser?: ContentApi; chrome?: ContentApi };
const api: ContentApi = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;

export type ContentHandlers = {
  [N in MessageName]?: (payload: MessageMap[N]['request']) => Promise<MessageMap[N]['response']> | MessageMap[N]['response'];
};

/** Send to the background. As from the pages (messaging.ts): rejects when the background does
 *  not answer, and with HandlerFailed when its handler failed (envelope.ts). */
export function sendToBackground<N extends MessageName>(type: N, payload: MessageMap[N]['request']): Promise<MessageMap[N]['response']> {
  return api.runtime.sendMessage({ type, payload } satisfies Message<N>).then(unwrap<MessageMap[N]['response']>);
}

/** Reads keys of storage.local directly (no round trip through the background, which may be
 *  asleep). Content scripts may read, as any extension context; what they read is ours, written
 *  by our background, never by the page. */
export function readLocal(keys: string[]): Promise<Record<string, unknown>> {
  return api.storage.local.get(keys);
}

/** Answers the messages named in `handlers` from our background; anything else gets no answer.
 *  A handler that fails answers with the failure marker, so the background's promise rejects. */
export function listenToBackground(handlers: ContentHandlers): void {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const ours = isFromOurBackground(sender, api.runtime.id, new URL(api.runtime.getURL('/')).origin);
    if (!ours || !isMessage(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handle = handlers[message.type] as (payload: unknown) => unknown;
    return answerWith(() => handle(message.payload), sendResponse);
  });
}

/** The address of one of the extension's own files (for a content script, one that
 *  web_accessible_resources offers to the page it runs on). */
export function extensionUrl(path: string): string {
  return api.runtime.getURL(path);
}

/** A UI string from _locales, with `$1`… substitutions; the key itself when missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return api.i18n.getMessage(key, substitutions) || key;
}
