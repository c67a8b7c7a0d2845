// The options page's one way to change the saved data: an op sent to the background, which owns
// the store (background/options-changes.ts), the way the popup sends its changes. Never rejects:
// a background that failed or did not answer is a change not saved, with the reason.
import type { OptionsOp } from '../core/store/options-ops';
import { emptyStore } from '../core/store/schema';
import { sendToBackground } from '../platform/messaging';
import type { OptionsUpdate } from '../platform/protocol';
import { backgroundIssue } from '../ui/background-issue';

export function saveFromOptions(op: OptionsOp): Promise<OptionsUpdate> {
  return sendToBackground('updateOptions', { op }).catch(
    (error: unknown): OptionsUpdate => ({ saved: false, problem: backgroundIssue(error), data: emptyStore(), unread: true }),
  );
}
