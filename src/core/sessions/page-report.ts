import type { ConsolePageFacts } from '../console/page-state';
import { isRegionOf, parseConsoleUrl } from '../console/partition';
import { sessionLabelOf } from '../switch/base-session-url';
import type { PageReport } from './session-list';

/**
 * The report of a console page the background has read (page-state.ts), for recordPage; undefined
 * when the page did not say who is signed in (nothing to record). The region is the host's
 * (`<region>.console…`), else the page's `region=` parameter when it is a region of the partition;
 * a global page has none. The label is the multi-session host's, when the page is on one.
 */
export function pageReport(facts: ConsolePageFacts, tabId: number, seenAt: number): PageReport | undefined {
  const identity = facts?.reading?.identity;
  if (!identity || !Number.isInteger(tabId) || !Number.isFinite(seenAt)) return undefined;
  const report: PageReport = { tabId, seenAt, identity };
  const page = typeof facts.url === 'string' ? parseConsoleUrl(facts.url, identity.partition) : undefined;
  const query = page?.url.searchParams.get('region') ?? undefined;
  const region = page?.info.region ?? (query !== undefined && isRegionOf(query, identity.partition) ? query : undefined);
  if (region !== undefined) report.region = region;
  if (facts.baseUser) report.baseUser = facts.baseUser;
  const label = typeof facts.url === 'string' ? sessionLabelOf(facts.url) : undefined;
  if (label !== undefined) report.label = label;
  return report;
}
