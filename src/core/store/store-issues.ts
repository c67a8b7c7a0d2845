// What the user is told when the synced list cannot be read or a save cannot go through. Pure
// functions of the facts, so each message can be produced (and its test written) without a browser.
import { coreIssue, type CoreIssue } from '../issues/issue';
import type { SyncRead, WritePlan } from './packing/sync-layout';

/**
 * What a list needs in sync storage and what is free there, as the KB (one decimal) the user
 * reads side by side. Each rounded on its own, a list 20 bytes too big read "needs 100.0 KB …
 * only 100.0 KB are free". Rounded to the nearest tenth as usual, unless that prints a list that
 * does not fit as needing no more than is free: then needed is rounded up and free down, which
 * always parts them. (Tenths of a KB by bytes × 10 / 1024, exact in a double: 100 KB is 100.0.)
 */
export function neededAndFreeKb(needed: number, free: number): [needed: string, free: string] {
  const tenths = (bytes: number, round: (x: number) => number) => round((Math.max(0, bytes) * 10) / 1024);
  let [n, f] = [tenths(needed, Math.round), tenths(free, Math.round)];
  if (needed > free && n <= f) [n, f] = [tenths(needed, Math.ceil), tenths(free, Math.floor)];
  return [(n / 10).toFixed(1), (f / 10).toFixed(1)];
}

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
  return coreIssue('errSyncTooBig', neededAndFreeKb(plan.needed, plan.available));
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
