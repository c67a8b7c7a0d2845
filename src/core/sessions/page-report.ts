import type { ConsolePageFacts } from '../console/page-state';
import { isRegionOf, parseConsoleUrl } from '../console/partition';
import { sessionLabelOf } from '../switch/base-session-url';
import type { PageReport } from './session-list';

/** When a page's read shows its session alive: when the page loaded, which the session cannot be
 *  younger than (a role session ends at most its duration after it started, and it started before
 *  the page). Reading an old page again proves nothing newer, so the read's own time is used only
 *  when the page gave no usable load time (then `now`). */
export function reportTime(loadedAt: unknown, now: number): number {
  return typeof loadedAt === 'number' && Number.isFinite(loadedAt) && loadedAt <= now ? loadedAt : now;
}

/**
 * The report of a console page the background has read (page-state.ts), for recordPage; undefined
 * when the page did not say who is signed in (nothing to record). Its time is the page's load time
 * (`facts.loadedAt`, reportTime), not `now`. The region is the host's
 * (`<region>.console…`), else the page's `region=` parameter when it is a region of the partition;
 * a global page has none. The label is the multi-session host's, when the page is on one.
 */
export function pageReport(facts: ConsolePageFacts & { loadedAt?: number }, tabId: number, now: number): PageReport | undefined {
  const identity = facts?.reading?.identity;
  const seenAt = reportTime(facts?.loadedAt, now);
  if (!identity || !Number.isInteger(tabId) || !Number.isFinite(seenAt)) return undefined;
  const report: PageReport = { tabId, seenAt, identity };
  const page = typeof facts.url === 'string' ? parseConsoleUrl(facts.url, identity.partition) : undefined;
  // An AWS page on a console host that is not the console (Health, Lightsail, phd): no session of it.
  if (page !== undefined && page.info.page !== undefined) return undefined;
  const query = page?.url.searchParams.get('region') ?? undefined;
  const region = page?.info.region ?? (query !== undefined && isRegionOf(query, identity.partition) ? query : undefined);
  if (region !== undefined) report.region = region;
  if (facts.baseUser) report.baseUser = facts.baseUser;
  const label = typeof facts.url === 'string' ? sessionLabelOf(facts.url) : undefined;
  if (label !== undefined) report.label = label;
  return report;
}
