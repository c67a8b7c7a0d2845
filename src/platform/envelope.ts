// The one envelope every context sends (pages, service worker, content scripts) and the one rule
// for its answer: a handler's value, or the marker of a handler that failed, which the sender's
// promise turns back into a rejection. Both doors use it (messaging.ts for pages and the service
// worker, content-runtime.ts for content scripts), so a failure means the same thing everywhere.
// No browser API here: content scripts pay for every byte.
import type { Message } from './protocol';

const FAILED = 'switchyardFailed';

/** A message that reached a sender's door and came back as a failure of its handler (as opposed
 *  to no answer at all: the other side missing, asleep for good, or refusing the sender). */
export class HandlerFailed extends Error {}

/** Whether `value` has the shape of our envelope (`type` a string, `payload` an object). */
export function isMessage(value: unknown): value is Message {
  const { type, payload } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return typeof type === 'string' && typeof payload === 'object' && payload !== null;
}

/** Runs `handle` and answers with its value, or with the failure marker when it throws or rejects.
 *  The answer goes through sendResponse: Chrome ignores a promise returned by the listener. */
export function answerWith(handle: () => unknown, sendResponse: (response: unknown) => void): true {
  Promise.resolve()
    .then(handle)
    .then(sendResponse, (error: unknown) => sendResponse({ [FAILED]: error instanceof Error ? error.message : String(error) }));
  return true;
}

/** The value a handler answered with; throws HandlerFailed when it failed. */
export function unwrap<T>(response: unknown): T {
  if (typeof response === 'object' && response !== null && FAILED in response) {
    throw new HandlerFailed(String((response as Record<string, unknown>)[FAILED]));
  }
  return response as T;
}

/** Who may ask a content script anything: only our background (or an extension page of ours).
 *  Such senders carry no tab, and their url, when given, is ours; the page itself cannot send
 *  here. `ourId` and `ourOrigin` are the extension's (runtime.id, the origin of runtime.getURL). */
export function isFromOurBackground(sender: { id?: string; url?: string; tab?: unknown }, ourId: string | undefined, ourOrigin: string): boolean {
  if (sender.id !== ourId || sender.tab !== undefined) return false;
  return sender.url === undefined || new URL(sender.url).origin === ourOrigin;
}
