// What the user is told when the synced list cannot be read or a save cannot go through. Pure
// functions of the facts, so each message can be produced (and its test written) without a browser.
import { coreIssue, type CoreIssue } from '../issues/issue';
import type { SyncRead, WritePlan } from './packing/sync-layout';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Why the synced list is not shown (undefined when it can be). */
export function syncReadIssue(read: SyncRead): CoreIssue | undefined {
  switch (read.kind) {
    case 'newer':
      return coreIssue('errSyncNewer', [read.version]);
    case 'incomplete':
      return coreIssue('warnSyncIncomplete', [read.detail]);
    case 'damaged':
      return coreIssue('errSyncDamaged', [read.detail]);
    default:
      return undefined;
  }
}

/** A change refused because sync holds a list this browser has not fully read (another browser's
 *  write still arriving, or damaged): saving would replace it. */
export function notReadIssue(): CoreIssue {
  return coreIssue('errSyncNotRead');
}

export function tooBigIssue(plan: Extract<WritePlan, { ok: false }>): CoreIssue {
  return coreIssue('errSyncTooBig', [kb(plan.needed), kb(plan.available)]);
}

/** A storage call that failed: quota and rate limits named as such. */
export function writeErrorIssue(error: unknown): CoreIssue {
  const text = error instanceof Error ? error.message : String(error);
  // Chrome: "Resource::kMaxWriteOperationsPerMinute quota exceeded" ("MAX_WRITE_OPERATIONS_PER_MINUTE…"
  // in older versions), "Resource::kQuotaBytes quota exceeded";
  // Firefox: "QuotaExceededError: storage.sync API call exceeded its quota limitations."
  if (/write_?operations/i.test(text)) return coreIssue('errSyncRate');
  if (/quota/i.test(text)) return coreIssue('errSyncQuota', [text]);
  return coreIssue('errSaveFailed', [text]);
}
