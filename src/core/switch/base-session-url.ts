// "Back to <user>" in a multi-session console: the base session lives on its own subdomain
// (<accountId>-<8 chars>.<region>.console…). Going back opens (or focuses) that session's console
// on the same service and region.
import { consoleHost, isRegionOf, parseConsoleHost, parseConsoleUrl, type Partition } from '../console/partition';
import { consoleHomeUrl } from './landing-url';

function parse(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The multi-session label (`<accountId>-<8 chars>`) of a console URL, if it is on one. */
export function sessionLabelOf(url: string): string | undefined {
  const parsed = parse(url);
  const session = parsed && parseConsoleHost(parsed.hostname)?.multiSession;
  return session ? `${session.accountId}-${session.sessionLabel}` : undefined;
}

/** The page `currentUrl` shows (service, path, region), in the session labelled `baseLabel`. */
export function onSessionUrl(currentUrl: string, baseLabel: string): string | undefined {
  const url = parse(currentUrl);
  const info = url && parseConsoleHost(url.hostname);
  if (!url || !info?.multiSession || info.region === undefined || !/^\d{12}-[a-z0-9]{8}$/.test(baseLabel)) return undefined;
  url.hostname = [baseLabel, ...url.hostname.split('.').slice(1)].join('.');
  return url.href;
}

/** Whether a tab already shows the target page: same host and path (the hash is the page's own
 *  navigation state, the query may carry a region= that the host already says). */
export function showsSamePage(tabUrl: string | undefined, target: string): boolean {
  const a = tabUrl === undefined ? undefined : parse(tabUrl);
  const b = parse(target);
  return a !== undefined && b !== undefined && a.host === b.host && a.pathname === b.pathname;
}

/** What a signed-in session is, as far as opening its console goes (a core/sessions Session). */
export interface SessionPlace {
  partition: Partition;
  /** The multi-session host label (`<accountId>-<8 chars>`); none for a classic session. */
  label?: string;
  region?: string;
}

/** The console's own default region, where a multi-session host needs one and nothing names it. */
const DEFAULT_REGION = 'us-east-1';

/**
 * Where a signed-in session's console opens (reusing it, issue #16): the page `fromUrl` shows
 * (service, path, region) when it is a console page of the session's partition, else the console
 * home in the session's region; on the session's own host (its label's subdomain in multi-session
 * mode, where a page on another session's host would show that session). Undefined when no such
 * URL can be made (a label that is not one).
 */
export function sessionConsoleUrl(session: SessionPlace, fromUrl?: string): string | undefined {
  const from = fromUrl === undefined ? undefined : parseConsoleUrl(fromUrl, session.partition);
  const page = from && from.info.page === undefined ? from.url : undefined;
  const query = page?.searchParams.get('region') ?? undefined;
  const pageRegion = from?.info.region ?? (query !== undefined && isRegionOf(query, session.partition) ? query : undefined);
  if (session.label === undefined) {
    if (page && !from?.info.multiSession) return page.href;
    const region = pageRegion ?? session.region;
    if (!page) return consoleHomeUrl(session.partition, region);
    page.hostname = consoleHost(session.partition, region);
    return page.href;
  }
  if (!/^\d{12}-[a-z0-9]{8}$/.test(session.label)) return undefined;
  const region = [pageRegion, session.region, DEFAULT_REGION].find((r) => r !== undefined && isRegionOf(r, session.partition));
  if (region === undefined) return undefined;
  const url = page ?? new URL(`https://x/console/home?region=${region}`);
  url.hostname = `${session.label}.${consoleHost(session.partition, region)}`;
  return url.href;
}

/** The tab to bring forward among a session's open tabs: the one showing `target` (the page the
 *  switch started from, on that session's host), else one of the same service and region, else
 *  one in the same region, else the one looked at last. */
export function pickSessionTab<T extends { url?: string; lastAccessed?: number }>(tabs: readonly T[], target: string | undefined): T | undefined {
  const goal = target === undefined ? undefined : parse(target);
  const service = (url: URL) => url.pathname.split('/')[1] ?? '';
  const score = (tab: T): number => {
    const url = tab.url === undefined ? undefined : parse(tab.url);
    if (!url || !goal) return 0;
    if (showsSamePage(tab.url, goal.href)) return 3;
    if (url.host !== goal.host) return 0;
    return service(url) === service(goal) ? 2 : 1;
  };
  let best: T | undefined;
  for (const tab of tabs) {
    if (best === undefined || score(tab) > score(best) || (score(tab) === score(best) && (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0))) best = tab;
  }
  return best;
}
