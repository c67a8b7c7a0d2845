// Where a portal's accounts are read: from a start URL to the portal's API base, the requests of a
// read, and the origin whose optional host permission must be asked for (that portal's, nothing
// wider). Host facts: /work/notes/portal-api.md §1 and §3.
import { regionPartition, type Partition } from '../console/partition';
import { portalOrigin, portalPartition, portalRegion } from '../profile/portal-hosts';
import { portalIssue, type PortalIssue } from './portal-issues';

/** The two ways the portal lists accounts: the documented portal API (`/assignment/…`) and the
 *  calls the portal's own page is seen to make (`/instance/appinstance…`). */
export type PortalDialect = 'assignment' | 'appinstances';

/** The documented maximum of `max_result` (1–100). */
export const PAGE_SIZE = 100;

/** A page of 100 accounts is ~15 KB of JSON; an answer over this is not read at all (the caller
 *  reads the body with shared/read-bytes.ts's limit, then shared/json-text.ts's parseJsonText:
 *  anything that is not JSON reaches takeAnswer as undefined and fails the read as changed shape). */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

export interface PortalEndpoints {
  /** The start URL as given (it is what entries keep). */
  startUrl: string;
  /** `https://<start host>`: the page the user is signed in to. */
  portalOrigin: string;
  region: string;
  partition: Partition;
  /** `https://portal.sso.<region>.<dns suffix>`, no trailing slash. */
  apiBase: string;
  /** Match patterns for permissions.request({ origins }): the portal's origin only. The API host
   *  needs none: the request there is the portal page's own fetch, under the API's CORS. */
  permissionOrigins: string[];
}

// The SDKs' endpoint rule: portal.sso.{Region}.{dnsSuffix}; GovCloud is named on amazonaws.com too.
const DNS_SUFFIX: Record<Partition, string> = {
  aws: 'amazonaws.com',
  'aws-us-gov': 'amazonaws.com',
  'aws-cn': 'amazonaws.com.cn',
  'aws-eusc': 'amazonaws.eu',
};

/**
 * The endpoints of a portal. The region comes from the portal's host when it names one (instances
 * made since 2026); else it must be given (`sso_region`, an entry, or the portal page): an older
 * `*.awsapps.com` address does not say it, and a guessed region would send the request elsewhere.
 */
export function portalEndpoints(startUrl: string, region?: string): { value: PortalEndpoints } | { error: PortalIssue } {
  const origin = portalOrigin(startUrl);
  if (origin === undefined) return { error: portalIssue('errPortalStartUrl', [startUrl]) };
  const named = portalRegion(startUrl);
  const given = region?.trim() === '' ? undefined : region?.trim();
  if (named !== undefined && given !== undefined && given !== named) return { error: portalIssue('errPortalRegionMismatch', [origin, named, given]) };
  const chosen = named ?? given;
  if (chosen === undefined) return { error: portalIssue('errPortalRegionUnknown', [origin]) };
  const hostPartition = portalPartition(startUrl);
  const partition = regionPartition(chosen);
  // GovCloud portals use the commercial host names: a us-gov region on an `aws` host is theirs.
  const fits = partition !== undefined && (partition === hostPartition || (hostPartition === 'aws' && partition === 'aws-us-gov'));
  if (!fits) return { error: portalIssue('errPortalRegionFormat', [chosen, hostPartition]) };
  const apiBase = `https://portal.sso.${chosen}.${DNS_SUFFIX[partition]}`;
  return { value: { startUrl, portalOrigin: origin, region: chosen, partition, apiBase, permissionOrigins: [`${origin}/*`] } };
}

/** One request of a read. `token` is the page token the previous page gave (none for the first). */
export type PortalRequest =
  | { kind: 'accounts'; token?: string }
  | { kind: 'roles'; accountId: string; instanceId?: string; token?: string };

/** The path and query of a request (to put after the API base). */
export function requestPath(dialect: PortalDialect, request: PortalRequest): string {
  const token = request.token === undefined ? '' : `next_token=${encodeURIComponent(request.token)}`;
  if (dialect === 'assignment') {
    const page = `max_result=${PAGE_SIZE}${token && `&${token}`}`;
    return request.kind === 'accounts'
      ? `/assignment/accounts?${page}`
      : `/assignment/roles?account_id=${encodeURIComponent(request.accountId)}&${page}`;
  }
  const query = token && `?${token}`;
  if (request.kind === 'accounts') return `/instance/appinstances${query}`;
  // The page asks by app instance; an account read without one cannot be asked for (portal-read
  // never plans it), but the path stays inside the API rather than going anywhere.
  return `/instance/appinstance/${encodeURIComponent(request.instanceId ?? '')}/profiles${query}`;
}

/** The full URL of a request: always on the portal's own API base. */
export function requestUrl(endpoints: Pick<PortalEndpoints, 'apiBase'>, dialect: PortalDialect, request: PortalRequest): string {
  return endpoints.apiBase + requestPath(dialect, request);
}

/** Whether `url` is on the API base (the one check before any fetch or before trusting an answer's URL). */
export function isOnApi(endpoints: Pick<PortalEndpoints, 'apiBase'>, url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.origin === endpoints.apiBase && parsed.username === '' && parsed.password === '';
}

/** Words for a request in messages: its path without the page token (which is the portal's). */
export function requestName(request: PortalRequest): string {
  if (request.kind === 'accounts') return 'accounts';
  return `permission sets of ${request.accountId}`;
}
