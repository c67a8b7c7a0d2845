// The console's cookies. `aws-userInfo` and `aws-account-alias` are readable by page scripts (the
// extension reads them); `aws-creds` stands for the HttpOnly sign-in cookies that the sign-in service
// requires on every switch, so a request sent without the browser's cookies is refused as AWS would.
import { PARTITIONS } from './partitions';
import type { Partition, SimIdentity } from './types';

export const CREDS_COOKIE = 'aws-creds';
export const USER_INFO_COOKIE = 'aws-userInfo';
export const ALIAS_COOKIE = 'aws-account-alias';

/** Where a cookie lives: the partition-wide domain, or host-only (a multi-session subdomain). */
export type CookieScope = { domain: string } | 'host-only';

function cookie(name: string, value: string, scope: CookieScope, extra = ''): string {
  const domain = scope === 'host-only' ? '' : `; Domain=${scope.domain}`;
  return `${name}=${value}${domain}; Path=/; Secure; SameSite=Lax${extra}`;
}

function expired(name: string, scope: CookieScope): string {
  return cookie(name, '', scope, '; Max-Age=0');
}

export function partitionScope(partition: Partition): CookieScope {
  return { domain: PARTITIONS[partition].cookieDomain };
}

export function userInfoValue(identity: SimIdentity): string {
  const username = identity.kind === 'role' ? `assumed-role/${identity.roleName}/${identity.userName}` : identity.userName;
  return encodeURIComponent(
    JSON.stringify({
      arn: identity.arn,
      alias: identity.alias ?? '',
      username,
      keybase: '',
      issuer: `https://${PARTITIONS[identity.partition].signinHost}/signin`,
      signinType: 'PUBLIC',
    }),
  );
}

/** Set-Cookie values that describe `identity`, or remove the description when `removed`. */
export function identityCookies(identity: SimIdentity, scope: CookieScope, removed: boolean): string[] {
  if (removed) return [expired(USER_INFO_COOKIE, scope), expired(ALIAS_COOKIE, scope)];
  return [
    cookie(USER_INFO_COOKIE, userInfoValue(identity), scope),
    identity.alias ? cookie(ALIAS_COOKIE, encodeURIComponent(identity.alias), scope) : expired(ALIAS_COOKIE, scope),
  ];
}

/** Removes the partition-wide identity cookies (multi-session pages keep their own, host-only). */
export function expirePartitionIdentity(partition: Partition): string[] {
  const scope = partitionScope(partition);
  return [expired(USER_INFO_COOKIE, scope), expired(ALIAS_COOKIE, scope)];
}

export function credsCookie(partition: Partition, value: string): string {
  return cookie(CREDS_COOKIE, encodeURIComponent(value), partitionScope(partition), '; HttpOnly');
}

/** The value of one cookie in a request's Cookie header (first occurrence), decoded. */
export function requestCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}
