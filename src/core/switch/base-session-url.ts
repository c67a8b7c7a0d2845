// "Back to <user>" in a multi-session console: the base session lives on its own subdomain
// (<accountId>-<8 chars>.<region>.console…). Going back opens (or focuses) that session's console
// on the same service and region.
import { parseConsoleHost } from '../console/partition';

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
