import { consoleHost, isRegionOf, parseConsoleUrl, type Partition } from '../console/partition';
import type { Profile } from '../profile/profile';

/**
 * First path segments of console services that have no region: they live on the plain console host
 * and take no region parameter. Matched as whole segments, so /route53resolver stays regional.
 */
export const GLOBAL_SERVICE_PATHS: readonly string[] = [
  'iam', 'iamv2', 'billing', 'costmanagement', 'organizations', 'cloudfront', 'route53', 'support',
];

export function isGlobalServicePath(pathname: string): boolean {
  const first = pathname.split('/')[1] ?? '';
  return GLOBAL_SERVICE_PATHS.includes(first.toLowerCase());
}

function validRegion(region: string | undefined, partition: Partition): string | undefined {
  return region !== undefined && isRegionOf(region, partition) ? region : undefined;
}

function decodeQueryName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

function regionParam(search: string): string | undefined {
  return new URLSearchParams(search).get('region') ?? undefined;
}

/**
 * Sets (or with undefined, removes) the region parameter, editing the raw query so every other
 * parameter keeps its exact encoding: console pages are picky about their own query strings.
 */
export function withRegionParam(search: string, region: string | undefined): string {
  const pairs = search.replace(/^\?/, '').split('&').filter((pair) => pair !== '');
  const out: string[] = [];
  let placed = false;
  for (const pair of pairs) {
    if (decodeQueryName(pair.split('=')[0] ?? '') !== 'region') out.push(pair);
    else if (region !== undefined && !placed) {
      out.push(`region=${encodeURIComponent(region)}`);
      placed = true;
    }
  }
  if (region !== undefined && !placed) out.push(`region=${encodeURIComponent(region)}`);
  return out.length > 0 ? `?${out.join('&')}` : '';
}

/** The console home of a partition, in `region` when it is one of the partition's regions. */
export function consoleHomeUrl(partition: Partition, region?: string): string {
  const r = validRegion(region, partition);
  const host = consoleHost(partition, r);
  return r === undefined ? `https://${host}/console/home` : `https://${host}/console/home?region=${r}`;
}

/**
 * Where to land after switching: the same page when the user is on a console page of the profile's
 * partition, moved to the profile's region (host prefix and region= together, as the console itself
 * does), else the console home. A multi-session subdomain is dropped: the new session gets its own.
 */
export function landingUrl(profile: Pick<Profile, 'partition' | 'region'>, currentUrl?: string): string {
  const { partition } = profile;
  const profileRegion = validRegion(profile.region, partition);
  const current = currentUrl === undefined ? undefined : parseConsoleUrl(currentUrl, partition);
  if (!current) return consoleHomeUrl(partition, profileRegion);

  const { url, info } = current;
  // Health, Lightsail and PHD pages are not on the console host and have no regional form.
  if (info.page !== undefined) return url.href;

  if (isGlobalServicePath(url.pathname)) {
    url.hostname = consoleHost(partition);
    url.search = withRegionParam(url.search, undefined);
    return url.href;
  }
  const region = profileRegion ?? info.region ?? validRegion(regionParam(url.search), partition);
  url.hostname = consoleHost(partition, region);
  if (region !== undefined) url.search = withRegionParam(url.search, region);
  return url.href;
}

/** The current page without its multi-session subdomain (where "switch back" lands), else the console home. */
export function switchBackUrl(partition: Partition, currentUrl?: string): string {
  const current = currentUrl === undefined ? undefined : parseConsoleUrl(currentUrl, partition);
  if (!current) return consoleHomeUrl(partition);
  if (current.info.multiSession) current.url.hostname = consoleHost(partition, current.info.region);
  return current.url.href;
}
