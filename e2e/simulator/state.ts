// What the simulated AWS remembers, per simulator instance: who is signed in to each partition,
// which roles exist, the classic identity and CSRF token, and the multi-session sessions.
import { randomBytes } from 'node:crypto';
import { DEFAULT_BASES, DEFAULT_ROLES } from './defaults';
import { PARTITION_NAMES, PARTITIONS } from './partitions';
import { isAccountId, roleField } from './role-fields';
import type { SimEndedSession, SimSignIn } from './types';
import type { ConsoleMode, PageField, Partition, RecordedPreflight, RecordedSwitch, RefusalPage, SimBase, SimIdentity, SimRole, SimSession, SimulatorOptions } from './types';

export interface KnownRole extends Required<Omit<SimRole, 'alias'>> {
  alias?: string;
}

export type RoleLookup = { role: KnownRole } | { reason: string };

/** The multi-session console holds at most this many identities per browser. */
export const MAX_SESSIONS = 5;

/** A switched role's console session lasts 1 hour by default (facts file). */
export const ROLE_SESSION_MS = 60 * 60 * 1000;

/** Base64 on purpose: `+`, `/` and `=` catch a token sent without form encoding. */
const newToken = (): string => randomBytes(32).toString('base64');

const newDifferentiator = (): string => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
};

/** A role ARN as a trust policy names it as principal: partition, account, path and name. */
const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn|aws-eusc):iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** The IAM role (not the STS session) a role session is of: what a trust policy names. */
export function roleArnOf(identity: SimIdentity): string {
  return `arn:${identity.partition}:iam::${identity.accountId}:role${identity.rolePath ?? '/'}${identity.roleName ?? ''}`;
}

function trustedRoleArns(role: SimRole): string[] {
  const arns = role.chainableFrom ?? [];
  const loose = arns.find((arn) => !ROLE_ARN.test(arn));
  // A bare name would trust a role of that name in any account: looser than any trust policy.
  if (loose !== undefined) throw new Error(`simulator: chainableFrom of ${role.name} takes role ARNs (arn:aws:iam::<account>:role/<path><name>), got ${JSON.stringify(loose)}`);
  return arns;
}

const tokenScope = (partition: Partition, signinHost: string): string =>
  (PARTITIONS[partition].tokenPerSignInHost ? signinHost : partition);

export class SimState {
  mode: ConsoleMode;
  signalsRemoved = false;
  readonly refusalPage: RefusalPage;
  /** Fields console pages leave out of their session data (a console update may drop them). */
  omittedFields: PageField[] = [];
  readonly switches: RecordedSwitch[] = [];
  readonly preflights: RecordedPreflight[] = [];
  readonly roles: KnownRole[];
  private readonly bases = new Map<Partition, SimBase>();
  private readonly classic = new Map<Partition, SimIdentity>();
  /** CSRF tokens by scope: the partition, or the sign-in host where it keeps its own (tokenPerSignInHost). */
  private readonly tokens = new Map<string, string>();
  private readonly creds = new Map<Partition, string>();
  private sessionList: SimSession[] = [];
  /** Every session created, in order. */
  readonly signIns: SimSignIn[] = [];
  private readonly ended: SimEndedSession[] = [];
  /** What `advanceTime` has added to the real clock. */
  private clockOffset = 0;

  constructor(options: SimulatorOptions = {}) {
    this.roles = (options.roles ?? DEFAULT_ROLES).map((role) => ({
      partition: role.partition ?? 'aws',
      accountId: role.accountId,
      alias: role.alias,
      path: role.path ?? '/',
      name: role.name,
      assumable: role.assumable ?? true,
      chainableFrom: trustedRoleArns(role),
    }));
    for (const partition of PARTITION_NAMES) {
      const base = options.base?.[partition] === undefined ? DEFAULT_BASES[partition] : options.base[partition];
      if (!base) continue;
      this.bases.set(partition, base);
      this.classic.set(partition, this.userIdentity(partition));
      this.creds.set(partition, newToken());
    }
    this.mode = 'classic';
    this.setMode(options.mode ?? 'classic');
    this.refusalPage = options.refusalPage ?? 'form';
  }

  signedIn(partition: Partition): boolean {
    return this.bases.has(partition);
  }

  /** The value of the HttpOnly sign-in cookie that proves the browser is signed in. */
  credsCookie(partition: Partition): string | undefined {
    return this.creds.get(partition);
  }

  classicIdentity(partition: Partition): SimIdentity | undefined {
    return this.classic.get(partition);
  }

  /** The current token of the sign-in session at `signinHost`; undefined when signed out. */
  csrf(partition: Partition, signinHost: string): string | undefined {
    if (!this.signedIn(partition)) return undefined;
    const scope = tokenScope(partition, signinHost);
    if (!this.tokens.has(scope)) this.tokens.set(scope, newToken());
    return this.tokens.get(scope);
  }

  rotateCsrf(partition: Partition, signinHost: string): void {
    if (this.signedIn(partition)) this.tokens.set(tokenScope(partition, signinHost), newToken());
  }

  userIdentity(partition: Partition): SimIdentity {
    const base = this.bases.get(partition);
    if (!base) throw new Error(`simulator: no user is signed in to partition ${partition}`);
    return {
      partition,
      kind: 'user',
      accountId: base.accountId,
      alias: base.alias,
      userName: base.userName,
      arn: `arn:${partition}:iam::${base.accountId}:user/${base.userName}`,
    };
  }

  roleIdentity(role: KnownRole, accountLabel: string, displayName: string, color: string): SimIdentity {
    const user = this.userIdentity(role.partition);
    return {
      partition: role.partition,
      kind: 'role',
      accountId: role.accountId,
      alias: this.aliasOf(role.partition, role.accountId),
      accountLabel,
      userName: user.userName,
      roleName: role.name,
      rolePath: role.path,
      // An empty display name gets the console's own default, "RoleName @ account".
      displayName: displayName || `${role.name} @ ${accountLabel}`,
      color: color || undefined,
      arn: `arn:${role.partition}:sts::${role.accountId}:assumed-role/${role.name}/${user.userName}`,
    };
  }

  aliasOf(partition: Partition, accountId: string): string | undefined {
    const base = this.bases.get(partition);
    if (base?.accountId === accountId && base.alias) return base.alias;
    return this.roles.find((role) => role.partition === partition && role.accountId === accountId && role.alias)?.alias;
  }

  /** Finds the role a switch names. `account` and `roleName` have already passed the field rules. */
  lookupRole(partition: Partition, account: string, roleName: string): RoleLookup {
    const inPartition = this.roles.filter((role) => role.partition === partition);
    const accountId = isAccountId(account)
      ? account
      : (inPartition.find((role) => role.alias === account)?.accountId ??
        (this.bases.get(partition)?.alias === account ? this.bases.get(partition)?.accountId : undefined));
    if (!accountId) return { reason: `no account has the alias ${JSON.stringify(account)} in ${partition}` };
    const inAccount = inPartition.filter((role) => role.accountId === accountId);
    const exact = inAccount.find((role) => roleField(role.path, role.name) === roleName);
    if (exact) return { role: exact };
    const caseOnly = inAccount.find((role) => roleField(role.path, role.name).toLowerCase() === roleName.toLowerCase());
    if (caseOnly) {
      return { reason: `role ${JSON.stringify(roleName)} differs only in case from ${JSON.stringify(roleField(caseOnly.path, caseOnly.name))}; the switch needs the exact case` };
    }
    return { reason: `no role ${JSON.stringify(roleName)} in account ${accountId} (${partition})` };
  }

  /** Classic switches are authorised by the base user; multi-session ones by the session's identity:
   *  from a role session that is role chaining, which the target's trust policy must allow by the
   *  source role's exact ARN. */
  mayAssume(role: KnownRole, from: SimIdentity): boolean {
    if (from.kind === 'user') return role.assumable;
    return role.chainableFrom.includes(roleArnOf(from));
  }

  setClassicIdentity(partition: Partition, identity: SimIdentity): void {
    this.classic.set(partition, identity);
  }

  setMode(mode: ConsoleMode): void {
    if (mode === this.mode && (mode === 'classic' || this.sessionList.length > 0)) return;
    this.mode = mode;
    // Leaving multi-session signs its sessions out; entering it starts with the base user's session.
    this.sessionList = [];
    if (mode === 'multi-session' && this.signedIn('aws')) {
      this.createSession(this.userIdentity('aws'), PARTITIONS.aws.defaultRegion);
    }
  }

  /** The simulator's clock: the real one plus whatever a test has advanced it by. */
  now(): number {
    return Date.now() + this.clockOffset;
  }

  advanceTime(ms: number): void {
    if (!(ms >= 0)) throw new Error(`simulator: time only moves forward (${ms})`);
    this.clockOffset += ms;
  }

  /** Ends a role session now, as its duration running out would. */
  expireSession(differentiator: string): void {
    const session = this.session(differentiator);
    if (!session) throw new Error(`simulator: no signed-in session ${differentiator}`);
    if (session.expiresAt === undefined) throw new Error('simulator: the base session does not expire');
    this.endSession(session, 'expired');
  }

  private endSession(session: SimSession, reason: SimEndedSession['reason']): void {
    this.sessionList = this.sessionList.filter((other) => other !== session);
    this.ended.push({ sessionDifferentiator: session.sessionDifferentiator, identity: session.identity, reason });
  }

  /** Role sessions whose time is up end before anyone looks at the list. */
  private expireDue(): void {
    const now = this.now();
    for (const session of [...this.sessionList]) {
      if (session.expiresAt !== undefined && session.expiresAt <= now) this.endSession(session, 'expired');
    }
  }

  sessions(): SimSession[] {
    this.expireDue();
    return [...this.sessionList];
  }

  session(differentiator: string): SimSession | undefined {
    return this.sessions().find((session) => session.sessionDifferentiator === differentiator);
  }

  /** A session that was signed in and no longer is (the last time, if a differentiator came back). */
  endedSession(differentiator: string): SimEndedSession | undefined {
    this.expireDue();
    return [...this.ended].reverse().find((session) => session.sessionDifferentiator === differentiator);
  }

  endedSessions(): SimEndedSession[] {
    this.expireDue();
    return [...this.ended];
  }

  baseSession(): SimSession | undefined {
    return this.sessions().find((session) => session.identity.kind === 'user');
  }

  /**
   * A new session on its own subdomain, or undefined when the browser already has the maximum.
   * Signing an identity in again signs its older session out (facts file), so that one does not
   * count against the limit: the new session takes its place.
   */
  createSession(identity: SimIdentity, region: string): SimSession | undefined {
    const older = this.sessions().find((session) => session.identity.partition === identity.partition && session.identity.arn === identity.arn);
    if (this.sessionList.length - (older ? 1 : 0) >= MAX_SESSIONS) return undefined;
    if (older) this.endSession(older, 'signed-in-again');
    let differentiator = newDifferentiator();
    while (this.session(differentiator) || this.ended.some((gone) => gone.sessionDifferentiator === differentiator)) differentiator = newDifferentiator();
    const subdomain = `${identity.accountId}-${differentiator}`;
    const createdAt = this.now();
    const session: SimSession = {
      sessionDifferentiator: differentiator,
      subdomain,
      host: `${subdomain}.${region}.${PARTITIONS.aws.consoleRoot}`,
      region,
      identity,
      createdAt,
      ...(identity.kind === 'role' ? { expiresAt: createdAt + ROLE_SESSION_MS } : {}),
    };
    this.sessionList.push(session);
    this.signIns.push({ sessionDifferentiator: differentiator, identity, at: createdAt });
    return session;
  }
}
