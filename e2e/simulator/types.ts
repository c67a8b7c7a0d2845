// The public shapes of the AWS console simulator used by the end-to-end tests.

export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn' | 'aws-eusc';

export type ConsoleMode = 'classic' | 'multi-session';

/** A role that exists in the simulated IAM. */
export interface SimRole {
  /** Default 'aws'. */
  partition?: Partition;
  /** Exactly 12 digits, a string (leading zeros matter). */
  accountId: string;
  /** The account's alias, if it has one (the switch form accepts it instead of the id). */
  alias?: string;
  /** IAM path, `/` or `/a/b/`. Default '/'. */
  path?: string;
  /** The role name in its exact case: the switch form refuses any other case. */
  name: string;
  /** Default true: the role's trust policy allows the signed-in base user. */
  assumable?: boolean;
  /**
   * Multi-session only: the role ARNs this role's trust policy names as principals
   * (`arn:aws:iam::123456789012:role/Admin`, `…:role/ops/ReadOnly` with its path), whose sessions may
   * chain into it. Default none: a switch from a role session is role chaining, which the target
   * must trust by that exact ARN (account, path and name); a role of the same name in another
   * account is another principal. Anything but a role ARN is refused when the simulator starts.
   */
  chainableFrom?: string[];
}

/** The IAM user signed in to a partition. */
export interface SimBase {
  accountId: string;
  userName: string;
  alias?: string;
}

export interface SimulatorOptions {
  /** Replaces the default roles entirely when given. */
  roles?: SimRole[];
  /** Merged over the default base users; `null` leaves that partition signed out. */
  base?: Partial<Record<Partition, SimBase | null>>;
  /** Console mode of the aws partition. Default 'classic'. */
  mode?: ConsoleMode;
  /** How a refused classic POST answers. Default 'form'. */
  refusalPage?: RefusalPage;
}

/**
 * The shape of the answer to a refused classic switch (facts file: "its exact shape is not
 * guaranteed"): 'form' the Switch Role page again with AWS's error; 'error-page' that error on a
 * page without the form; 'blank' an empty page; 'sign-in-redirect' on to the sign-in page.
 */
export type RefusalPage = 'form' | 'error-page' | 'blank' | 'sign-in-redirect';

export type SwitchOutcome = 'ok' | 'bad-csrf' | 'unknown-role' | 'not-authorized' | 'bad-field' | 'no-session';

export interface RecordedSwitch {
  kind: 'classic' | 'switch-back' | 'multi-session' | 'switch-page-get';
  host: string;
  /** Form fields as decoded once by the form encoding, query parameters, or JSON body keys (stringified). */
  fields: Record<string, string>;
  outcome: SwitchOutcome;
  at: number;
  /** Classic: `fields.redirect_uri` decoded once more (the URL it names), when it decodes. */
  redirectUri?: string;
  /** Why the request was refused, in words (simulator-only, for failing tests' messages). */
  reason?: string;
  /** Where a successful switch lands (classic redirect or multi-session destination). */
  landing?: string;
  /** Multi-session: the request's Origin header and the HTTP status answered. */
  origin?: string;
  /** Multi-session: the session the request switches from (the differentiator in its path). */
  session?: string;
  status?: number;
}

/** A CORS preflight (`OPTIONS`) the multi-session endpoint answered. */
export interface RecordedPreflight {
  host: string;
  origin?: string;
  /** Whether the answer granted the origin (a console origin of the partition). */
  granted: boolean;
}

export interface SimIdentity {
  partition: Partition;
  kind: 'user' | 'role';
  accountId: string;
  alias?: string;
  /** Role: the account as the switch named it (id or alias), shown as the role's account. */
  accountLabel?: string;
  /** The base user's name (for a role: the user who assumed it). */
  userName: string;
  roleName?: string;
  rolePath?: string;
  displayName?: string;
  color?: string;
  /** IAM user ARN, or the STS assumed-role ARN for a role. */
  arn: string;
}

export interface SimSession {
  sessionDifferentiator: string;
  /** `<accountId>-<differentiator>`: the session's own label in console host names. */
  subdomain: string;
  /** The session's console host in the region it was created for. */
  host: string;
  region: string;
  identity: SimIdentity;
  /** When it was signed in, on the simulator's clock (`Date.now()` plus `advanceTime`). */
  createdAt: number;
  /** When a role session ends on its own (1 hour after it began); the base user's session has none. */
  expiresAt?: number;
}

/** One session the simulator created: every sign-in, including the base session and any that later ended. */
export interface SimSignIn {
  sessionDifferentiator: string;
  identity: SimIdentity;
  /** On the simulator's clock. */
  at: number;
}

/** A session that is no longer signed in, and why. */
export interface SimEndedSession {
  sessionDifferentiator: string;
  identity: SimIdentity;
  reason: 'signed-in-again' | 'expired';
}

export interface ConsoleUrlOptions {
  partition?: Partition;
  /** Default: the partition's default region; `null` for a global page (no region). */
  region?: string | null;
  /** Default '/console/home'. May carry a query. */
  path?: string;
}

/** Session-data fields a console update may drop; `signInEndpoint` takes `#awsc-signin-endpoint` with it. */
export type PageField = 'signInEndpoint' | 'infrastructureRegion';

export interface Simulator {
  /** Every switchrole request, in order. */
  switches: RecordedSwitch[];
  /** Every CORS preflight of the multi-session endpoint, in order. */
  preflights: RecordedPreflight[];
  /** The classic (single-session) identity of a partition. Throws if the partition is signed out. */
  identity(partition?: Partition): SimIdentity;
  /** The current CSRF token of a partition's sign-in session: the one its console pages in the
   *  default region carry, or (ESC keeps one per sign-in host) the one of `signinHost`. */
  csrf(partition?: Partition, signinHost?: string): string;
  setMode(mode: ConsoleMode): void;
  /** "AWS changed the page": console pages drop every machine-readable identity signal. */
  setSignalsRemoved(removed: boolean): void;
  /** Console pages leave these fields out of their session data (and the endpoint element). */
  setOmittedPageFields(fields: PageField[]): void;
  consoleUrl(opts?: ConsoleUrlOptions): string;
  /** Multi-session sessions of the aws partition that are signed in now, base session first. */
  sessions(): SimSession[];
  /** Every multi-session session created, in order (the base session's too): a test counts sign-ins here. */
  signIns: SimSignIn[];
  /** The sign-ins of one identity (by ARN, e.g. `arn:aws:sts::123456789012:assumed-role/Admin/alice`). */
  signInsOf(arn: string): SimSignIn[];
  /** Sessions that ended (signed out by a new sign-in of the same identity, or expired), in order. */
  endedSessions(): SimEndedSession[];
  /** Moves the simulator's clock on: role sessions whose hour has passed end. */
  advanceTime(ms: number): void;
  /** Ends one role session now, as if its duration had passed. Throws for the base session or an unknown one. */
  expireSession(differentiator: string): void;
  /** The IAM Identity Center access portals: sign-in, assignments, the API's request log. */
  portal: SimPortal;
}

/** An AWS account assigned to the portal's user, with the permission sets the user may use in it. */
export interface SimPortalAccount {
  /** 12 digits. */
  accountId: string;
  accountName: string;
  emailAddress?: string;
  permissionSets: string[];
}

/** One request the portal API (`portal.sso.<region>.…`) received, preflights included. */
export interface RecordedPortalRequest {
  host: string;
  method: string;
  /** Path and query as sent (page tokens percent-encoded as they came). */
  path: string;
  /** The Origin header, if any. */
  origin?: string;
  /** The `x-amz-sso_bearer_token` header: absent, a signed-in portal's session token, or anything else. */
  token: 'missing' | 'matched' | 'wrong';
  /** The start host whose session the token is, when it matched. */
  portal?: string;
  status: number;
  preflight: boolean;
  /** The HTTP version it came over: '2.0' from a browser (ALPN h2), '1.1' from a client without h2. */
  httpVersion?: string;
}

/** After `afterRequests` more API reads (GETs that passed authentication), answer with `status` or
 *  with a 200 whose body is `body` (an answer of another shape); `once`: only the next one. */
export type SimPortalFault = { afterRequests: number; once?: boolean } & ({ status: number } | { body: string });

/** A console session that the access portal's console shortcut started. */
export interface SimPortalSignIn {
  portal: string;
  accountId: string;
  permissionSet: string;
  identity: SimIdentity;
}

export interface SimPortal {
  /** Signs the browser in to the portal of `startUrl` (a start URL or its host): its start page then sets the
   *  `x-amz-sso_authn` cookie. `region`: where its API lives (default: the host's, else the partition's default). */
  signIn(startUrl: string, options?: { region?: string; userName?: string }): void;
  /** Ends the portal session: the token stops working at once, and the start page removes the cookie. */
  signOut(startUrl: string): void;
  /** The user's accounts and permission sets on that portal (replaces them; ids of those that stay are kept). */
  setAssignments(startUrl: string, accounts: SimPortalAccount[]): void;
  /** Items per page (defaults 20 accounts, 2 permission sets per account). */
  setPageSize(startUrl: string, sizes: { accounts?: number; profiles?: number }): void;
  /** Every request to the portal API, in order. */
  requests: RecordedPortalRequest[];
  /** `AWSReservedSSO_<PermissionSet>_<16 hex>`, the role of an assignment (undefined if not assigned). */
  roleName(startUrl: string, accountId: string, permissionSet: string): string | undefined;
  /** The session token of a signed-in portal (to check that it appears nowhere it should not). */
  sessionToken(startUrl: string): string | undefined;
  /** The API's region of a portal (its API host is `portal.sso.<region>.<suffix>`). */
  apiHost(startUrl: string): string;
  /** Makes the API fail from some request on (undefined: stop failing). */
  setFault(fault: SimPortalFault | undefined): void;
  /** Console sessions started by the portal's console shortcut, in order. */
  consoleSignIns: SimPortalSignIn[];
}
