// What the simulated IAM Identity Center knows, per access portal (start host): whether the browser
// is signed in to it (the session token that its `x-amz-sso_authn` cookie carries), the user's
// assignments (accounts and the permission sets in each), and everything the portal API was asked.
// Independent of the extension's code on purpose (never src/core/portal): a stand-in that shared the
// extension's reading of the portal could not catch a misreading.
import { randomBytes } from 'node:crypto';
import { isPortalHost } from './access-portal';
import { PARTITIONS } from './partitions';
import type { Partition, RecordedPortalRequest, SimPortalAccount, SimPortalFault } from './types';

/** The portal cookie whose value the portal page sends as `x-amz-sso_bearer_token` (observed). */
export const PORTAL_COOKIE = 'x-amz-sso_authn';

/** Small on purpose, so a few dozen accounts already cross pages. */
export const DEFAULT_ACCOUNTS_PAGE = 20;
export const DEFAULT_PROFILES_PAGE = 2;

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Base64 with `+`, `/` and `=`: a page token that is not URL-encoded on its way back breaks. */
const pageToken = (): string => `${randomBytes(48).toString('base64')}+/=`;

export interface PortalAssignment {
  account: SimPortalAccount;
  /** `ins-<16 hex>`: the account's app instance, as the portal page's API names it. */
  instanceId: string;
  /** Permission set name → its profile id (`p-<16 hex>`) and the role's 16-hex suffix in the account. */
  sets: Map<string, { profileId: string; roleSuffix: string }>;
}

export interface Portal {
  host: string;
  partition: Partition;
  region: string;
  userName: string;
  /** The session token (the cookie's value) while signed in. */
  token?: string;
  assignments: PortalAssignment[];
  accountsPage: number;
  profilesPage: number;
}

/** A page token the API handed out: where the next page starts, for which list. */
interface IssuedToken {
  portal: Portal;
  list: string;
  offset: number;
}

/** The portal's partition, by the AWS CLI's portal host suffixes (facts file). */
export function portalPartition(host: string): Partition {
  if (/\.(awsapps\.cn|portal\.amazonaws\.com\.cn|app\.amazonwebservices\.com\.cn)$/.test(host) || host === 'identitycenter.amazonaws.com.cn') return 'aws-cn';
  if (/\.(portal\.amazonaws\.eu|api\.amazonwebservices\.eu)$/.test(host)) return 'aws-eusc';
  return 'aws';
}

/** The region a start host names (instances since 2026: `<id>.<region>.portal…`, `<id>.portal.<region>.app.aws`). */
export function hostRegion(host: string): string | undefined {
  const labels = host.split('.');
  const anyRegion = /^(?:us-gov-|cn-|eusc-)?[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
  return labels.slice(1).find((label) => anyRegion.test(label));
}

/** `portal.sso.<region>.<dns suffix>`: the API host of a region (documented pattern). */
const API_HOST = /^portal\.sso\.([a-z0-9-]+)\.(amazonaws\.com|amazonaws\.com\.cn|amazonaws\.eu)$/;

export function parseApiHost(host: string): { region: string; partition: Partition } | undefined {
  const match = API_HOST.exec(host);
  if (!match?.[1] || !match[2]) return undefined;
  const region = match[1];
  const partition: Partition | undefined =
    match[2] === 'amazonaws.com.cn' ? 'aws-cn' : match[2] === 'amazonaws.eu' ? 'aws-eusc' : PARTITIONS['aws-us-gov'].region.test(region) ? 'aws-us-gov' : 'aws';
  return PARTITIONS[partition].region.test(region) ? { region, partition } : undefined;
}

export function apiHostOf(portal: Pick<Portal, 'partition' | 'region'>): string {
  const suffix = portal.partition === 'aws-cn' ? 'amazonaws.com.cn' : portal.partition === 'aws-eusc' ? 'amazonaws.eu' : 'amazonaws.com';
  return `portal.sso.${portal.region}.${suffix}`;
}

/** A start URL or a bare host → the start host. */
export function startHost(startUrlOrHost: string): string {
  const host = startUrlOrHost.includes('://') ? new URL(startUrlOrHost).hostname : startUrlOrHost.toLowerCase();
  if (!isPortalHost(host)) throw new Error(`simulator: ${startUrlOrHost} is not an access portal host`);
  return host;
}

export class PortalState {
  readonly requests: RecordedPortalRequest[] = [];
  private readonly portals = new Map<string, Portal>();
  private readonly issued = new Map<string, IssuedToken>();
  /** One-use console sign-in tokens from `/federation/console`. */
  private readonly signInTokens = new Map<string, { portal: Portal; accountId: string; permissionSet: string }>();
  fault?: SimPortalFault & { seen: number };

  /** The portal of a start host; made (signed out, no assignments) on first mention. */
  portal(startUrlOrHost: string): Portal {
    const host = startHost(startUrlOrHost);
    let portal = this.portals.get(host);
    if (!portal) {
      const partition = portalPartition(host);
      portal = { host, partition, region: hostRegion(host) ?? PARTITIONS[partition].defaultRegion, userName: 'alice@example.com', assignments: [], accountsPage: DEFAULT_ACCOUNTS_PAGE, profilesPage: DEFAULT_PROFILES_PAGE };
      this.portals.set(host, portal);
    }
    return portal;
  }

  /** The portal a request's session token belongs to, if it is signed in and of this API host's region. */
  byToken(token: string | undefined, api: { region: string; partition: Partition }): Portal | undefined {
    if (!token) return undefined;
    for (const portal of this.portals.values()) {
      if (portal.token !== undefined && portal.token === token && portal.region === api.region && apiHostOf(portal) === apiHostOf(api)) return portal;
    }
    return undefined;
  }

  signIn(portal: Portal): void {
    portal.token ??= randomBytes(96).toString('base64url');
  }

  signOut(portal: Portal): void {
    delete portal.token;
    for (const [token, issued] of this.issued) if (issued.portal === portal) this.issued.delete(token);
  }

  /** Replaces the portal's assignments; accounts and permission sets that stay keep their ids. */
  setAssignments(portal: Portal, accounts: SimPortalAccount[]): void {
    const before = new Map(portal.assignments.map((a) => [a.account.accountId, a]));
    portal.assignments = accounts.map((account) => {
      const old = before.get(account.accountId);
      const sets = new Map<string, { profileId: string; roleSuffix: string }>();
      for (const name of account.permissionSets) sets.set(name, old?.sets.get(name) ?? { profileId: `p-${hex(8)}`, roleSuffix: hex(8) });
      return { account: { ...account, permissionSets: [...account.permissionSets] }, instanceId: old?.instanceId ?? `ins-${hex(8)}`, sets };
    });
  }

  issueToken(portal: Portal, list: string, offset: number): string {
    const token = pageToken();
    this.issued.set(token, { portal, list, offset });
    return token;
  }

  /** Where a page token says the next page starts, if this portal issued it for this list. */
  redeemToken(portal: Portal, list: string, token: string): number | undefined {
    const issued = this.issued.get(token);
    return issued?.portal === portal && issued.list === list ? issued.offset : undefined;
  }

  issueSignIn(portal: Portal, accountId: string, permissionSet: string): string {
    const token = randomBytes(48).toString('base64url');
    this.signInTokens.set(token, { portal, accountId, permissionSet });
    return token;
  }

  /** A console sign-in token, once. */
  redeemSignIn(token: string): { portal: Portal; accountId: string; permissionSet: string } | undefined {
    const found = this.signInTokens.get(token);
    this.signInTokens.delete(token);
    return found;
  }

  /** The role the console session of an assignment is: `AWSReservedSSO_<PermissionSet>_<16 hex>`. */
  roleName(portal: Portal, accountId: string, permissionSet: string): string | undefined {
    const set = portal.assignments.find((a) => a.account.accountId === accountId)?.sets.get(permissionSet);
    return set ? `AWSReservedSSO_${permissionSet}_${set.roleSuffix}` : undefined;
  }
}
