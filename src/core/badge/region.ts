import { isGlobalServicePath } from '../switch/landing-url';
import { isRegionOf, parseConsoleHost } from '../console/partition';

/** The console region a page is in: the host's region prefix (multi-session hosts carry one too),
 *  else its `region=` parameter; 'global' on services that have no region (IAM, billing…). */
export function pageRegion(pageUrl: string): string | 'global' | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const host = parseConsoleHost(url.hostname);
  if (!host) return undefined;
  if (host.region !== undefined) return host.region;
  const param = url.searchParams.get('region');
  if (param !== null && isRegionOf(param, host.partition)) return param;
  return host.page === undefined && isGlobalServicePath(url.pathname) ? 'global' : undefined;
}
