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
}
