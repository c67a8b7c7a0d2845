// The options page's one way to change the saved data: an op sent to the background, which owns
// the store (background/options-changes.ts), the way the popup sends its changes. Never rejects:
// a background that failed or did not answer is a change not saved, with the reason.
import type { OptionsOp, SettingOp } from '../core/store/options-ops';
import { emptyStore } from '../core/store/schema';
import { sendToBackground } from '../platform/messaging';
import type { OptionsUpdate, SettingUpdate } from '../platform/protocol';
import { backgroundIssue } from '../ui/background-issue';

// A setting is answered with the settings only (background/options-changes.ts); the other ops with the list.
export function saveFromOptions(op: SettingOp): Promise<SettingUpdate>;
export function saveFromOptions(op: Exclude<OptionsOp, SettingOp>): Promise<OptionsUpdate>;
export function saveFromOptions(op: OptionsOp): Promise<OptionsUpdate | SettingUpdate> {
  return sendToBackground('updateOptions', { op }).catch(
    (error: unknown): OptionsUpdate => ({ saved: false, problem: backgroundIssue(error), data: emptyStore(), unread: true }),
  );
}
