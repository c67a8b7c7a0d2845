import type { CoreIssue } from '../core/issues/issue';
import { HandlerFailed } from '../platform/envelope';

/** What the popup and the options page say when a request to the background rejected: its handler failed (with the
 *  reason), or the background did not answer at all. The console badge says the same. */
export function backgroundIssue(error: unknown): CoreIssue {
  if (error instanceof HandlerFailed) {
    return { code: 'errBackgroundFailed', params: [error.message], message: `Switchyard could not finish this: ${error.message}` };
  }
  return { code: 'errBackgroundUnavailable', message: 'Switchyard could not reach its background page. Try again.' };
}
