// The parts of a request the simulated services look at, and helpers shared by them.
import { CREDS_COOKIE, requestCookie } from './cookies';
import { consoleUrlOf, PARTITIONS, type ConsoleHost } from './partitions';
import type { SimState } from './state';
import type { Partition, SimSession } from './types';

export interface SimRequest {
  url: URL;
  method: string;
  /** Lower-case names (the Cookie header included), one value each. */
  headers: Record<string, string>;
  body: string | null;
  /** As the connection spoke it: '1.1', or '2.0' (HTTP/2, the portal API's server). */
  httpVersion?: string;
}

/** Whether the request carries the partition's sign-in cookie (sent only with the browser's cookies). */
export function hasSignInCookie(state: SimState, partition: Partition, request: SimRequest): boolean {
  const expected = state.credsCookie(partition);
  return expected !== undefined && requestCookie(request.headers['cookie'], CREDS_COOKIE) === expected;
}

/** The region a console URL points at: its host prefix, else its `region=` query, else the default. */
export function regionOf(url: URL, host: ConsoleHost): string {
  if (host.region) return host.region;
  const query = url.searchParams.get('region');
  const hosts = PARTITIONS[host.partition];
  return query && hosts.region.test(query) ? query : hosts.defaultRegion;
}

/** The same path and query, on a multi-session subdomain. */
export function onSession(url: URL, session: SimSession, region: string): string {
  return `https://${session.subdomain}.${region}.${PARTITIONS.aws.consoleRoot}${url.pathname}${url.search}${url.hash}`;
}

/** Where a switch to `session` lands, given the console URL it asked for. */
export function sessionLanding(redirect: string, partition: Partition, session: SimSession): string {
  const target = consoleUrlOf(redirect, partition);
  if (!target) return `https://${session.host}/console/home`;
  return onSession(target.url, session, regionOf(target.url, target.host));
}
