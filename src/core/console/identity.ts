// core/console: who is signed in to a console page, and where that page is. Start here:
// readIdentity weighs what the page carries (identity-signals.ts reads each signal, identity-clues.ts
// says what each one claims) into one Identity. match-identity.ts says whether an entry is that
// identity; page-state.ts turns a page's raw facts into what Switchyard makes of them; base-user.ts
// is who "Back to <user>" returns to, and whether a switched role is active; partition.ts knows
// partitions, regions and console hosts.
import type { Clue, DisplayNamesView } from './identity-clues';
import { readAccountAliasCookie, readAccountInfo, readDom, readSessionData, readUserInfoCookie } from './identity-signals';
import { coreIssue, type CoreIssue } from '../issues/issue';
import { parseConsoleHost, parseSignInEndpoint, parseSignInHost, regionPartition, signInHostFrom, type Partition } from './partition';

export interface ConsoleSignals {
  sessionData?: string; // raw content attribute of <meta name="awsc-session-data"> (JSON)
  userInfoCookie?: string; // raw value of cookie aws-userInfo (URL-encoded JSON: arn, alias, username, issuer, signinType)
  accountAliasCookie?: string; // raw value of cookie aws-account-alias
  accountInfo?: unknown; // ConsoleNavService.AccountInfo from the page world: UNTRUSTED shape
  dom?: { loginAccount?: string; loginUser?: string; roleAccount?: string; roleUser?: string; usernameMenu?: string; accountDetailMenu?: string };
  hostname?: string; // the page's hostname, gives the partition
}

export type SignalName = 'session-data' | 'user-info-cookie' | 'account-alias-cookie' | 'account-info' | 'dom';

export interface Identity {
  kind: 'iam-user' | 'root' | 'assumed-role' | 'identity-center' | 'federated-user' | 'unknown';
  partition: Partition;
  accountId?: string;
  accountAlias?: string;
  arn?: string;
  userName?: string; // IAM user name / federated user / role session name
  roleName?: string; // assumed-role or identity-center role
  permissionSet?: string; // identity-center
  displayName?: string; // the name the console shows for the active role, if any
  multiSession?: { sessionDifferentiator: string; signInEndpoint: string };
  signInEndpoint?: string;
}

export interface IdentityReading {
  identity?: Identity;
  source?: SignalName;
  found: SignalName[];
  issues: CoreIssue[];
}

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';
const answers = (clue: Clue | undefined): clue is Clue => clue?.accountId !== undefined || clue?.accountAlias !== undefined;

/** Two clues describe the same identity when an account field matches and nothing they both know differs. */
function agrees(a: Clue, b: Clue): boolean {
  const sameAccount = a.accountId !== undefined && b.accountId !== undefined
    ? a.accountId === b.accountId
    : a.accountAlias !== undefined && a.accountAlias === b.accountAlias;
  const same = (k: 'roleName' | 'userName') => a[k] === undefined || b[k] === undefined || a[k] === b[k];
  return sameAccount && (a.kind === 'unknown' || b.kind === 'unknown' || a.kind === b.kind) && same('roleName') && same('userName');
}

function fillGaps(target: Clue, from: Clue): void {
  if (target.kind === 'unknown') target.kind = from.kind;
  for (const key of ['arnPartition', 'accountId', 'accountAlias', 'arn', 'userName', 'roleName', 'permissionSet', 'displayName'] as const) {
    if (target[key] === undefined && from[key] !== undefined) (target as Record<typeof key, string>)[key] = from[key];
  }
}

/**
 * Who is signed in, from undocumented console signals, most reliable first: session data, then
 * the aws-userInfo cookie, then ConsoleNavService.AccountInfo, then the navigation's DOM. The first
 * that names an account answers; the others only fill gaps when they agree with it. Junk in any
 * signal becomes an issue, never an exception.
 */
export function readIdentity(signals: ConsoleSignals): IdentityReading {
  const found: SignalName[] = [];
  const issues: CoreIssue[] = [];

  const note = (name: SignalName, reading: { issues?: CoreIssue[] } | undefined) => {
    if (reading === undefined) return;
    found.push(name);
    issues.push(...(reading.issues ?? []));
  };
  const session = present(signals.sessionData) ? readSessionData(signals.sessionData) : undefined;
  note('session-data', session);
  const cookie = present(signals.userInfoCookie) ? readUserInfoCookie(signals.userInfoCookie) : undefined;
  note('user-info-cookie', cookie);
  const aliasCookie = present(signals.accountAliasCookie) ? readAccountAliasCookie(signals.accountAliasCookie) : undefined;
  note('account-alias-cookie', aliasCookie);
  const prism = session?.reading?.prism ?? false;
  const hasInfo = signals.accountInfo !== undefined && signals.accountInfo !== null;
  const info = hasInfo ? readAccountInfo(signals.accountInfo, prism) : undefined;
  note('account-info', info);
  const hasDom = Object.values(signals.dom ?? {}).some((v) => typeof v === 'string' && v.trim() !== '');
  const dom = hasDom && signals.dom ? readDom(signals.dom, prism) : undefined;
  note('dom', dom);

  // After a classic switch the cookie still describes the base identity, not the active role.
  const views: DisplayNamesView[] = [info?.view, dom?.view].filter((v) => v !== undefined);
  const switched = views.some((v) => v.switched);
  const ranked: Array<[SignalName, Clue | undefined]> = [
    ['session-data', session?.reading?.clue],
    ['user-info-cookie', switched ? undefined : cookie?.clue],
    ['account-info', info?.view?.active],
    ['dom', dom?.view?.active],
  ];
  const first = ranked.find((entry): entry is [SignalName, Clue] => answers(entry[1]));
  if (!first) return { found, issues: [...issues, coreIssue('warnIdentityUnknown')] };

  const [source, primary] = first;
  const merged: Clue = { ...primary };
  for (const [, clue] of ranked) if (clue && clue !== primary && answers(clue) && agrees(merged, clue)) fillGaps(merged, clue);

  // aws-account-alias is remembered from the sign-in page: trust it only for the login account.
  const loginAccountId = cookie?.clue?.accountId ?? views.map((v) => v.login.accountId).find((id) => id !== undefined);
  const cookieAlias = aliasCookie?.account.accountAlias;
  if (merged.accountAlias === undefined && cookieAlias !== undefined && merged.accountId !== undefined && merged.accountId === loginAccountId) {
    merged.accountAlias = cookieAlias;
  }

  const hostPartition = signals.hostname === undefined
    ? undefined
    : (parseConsoleHost(signals.hostname) ?? parseSignInHost(signals.hostname))?.partition;
  const reading = session?.reading;
  const partition = hostPartition ?? merged.arnPartition
    ?? parseSignInEndpoint(reading?.signInEndpoint)?.partition
    ?? (reading?.infrastructureRegion === undefined ? undefined : regionPartition(reading.infrastructureRegion))
    ?? 'aws';
  if (hostPartition !== undefined && merged.arnPartition !== undefined && merged.arnPartition !== hostPartition) {
    issues.push(coreIssue('warnPartitionMismatch', [merged.arnPartition, hostPartition]));
  }

  const identity: Identity = { ...merged, partition };
  delete (identity as Clue).arnPartition;
  if (reading?.signInEndpoint !== undefined) {
    const host = signInHostFrom(reading.signInEndpoint, partition);
    if (host === undefined) issues.push(coreIssue('warnSignInEndpointIgnored', [reading.signInEndpoint, partition]));
    else identity.signInEndpoint = host;
  }
  if (reading?.prism) {
    const { sessionDifferentiator } = reading;
    if (sessionDifferentiator !== undefined && identity.signInEndpoint !== undefined) {
      identity.multiSession = { sessionDifferentiator, signInEndpoint: identity.signInEndpoint };
    } else {
      issues.push(coreIssue('warnMultiSessionIncomplete'));
    }
  }
  return { identity, source, found, issues };
}
