// Base accounts: the profiles others are reached from (source_profile), what account each stands
// for, and the circles a source_profile chain can go round.
import { parseRoleArn } from '../profile/arn';
import { isAccountAlias, validateAccount } from '../profile/iam-names';
import { coreIssue, type CoreIssue } from '../issues/issue';
import { isPartition, regionPartition } from '../console/partition';
import { portalPartition } from '../profile/portal-hosts';
import type { BaseAccount } from '../store/schema';
import { hasStaticCredentials } from './secrets';
import { hasOwn, type ParsedConfig, type Properties } from './shared-config';

export interface BaseOutcome {
  value?: BaseAccount;
  issues: CoreIssue[];
}

/** A key's text, if it has some. Only ever called with fixed key names, none of which is an
 *  Object.prototype member, so no own-property check is needed (profile names get one). */
export const text = (props: Properties | undefined, key: string): string | undefined => {
  const value = props?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** The account a base profile stands for: from its role, its Identity Center account, or AESR keys. */
export function deriveBase(name: string, p: Properties, sessions: ParsedConfig['ssoSessions']): BaseOutcome {
  const issues: CoreIssue[] = [];
  let base: BaseAccount | undefined;
  const arn = text(p, 'role_arn');
  const parsedArn = arn === undefined ? undefined : parseRoleArn(arn).value;
  const ssoAccount = text(p, 'sso_account_id');
  const named = text(p, 'switchyard_partition');
  const namedPartition = named !== undefined && isPartition(named) ? named : undefined;
  if (parsedArn) {
    base = { name, account: parsedArn.accountId, partition: parsedArn.partition, roleName: parsedArn.name };
  } else if (ssoAccount !== undefined) {
    const sessionName = text(p, 'sso_session');
    const session = sessionName !== undefined && hasOwn(sessions, sessionName) ? sessions[sessionName] : undefined;
    const startUrl = text(session, 'sso_start_url') ?? text(p, 'sso_start_url') ?? '';
    const region = text(session, 'sso_region') ?? text(p, 'sso_region');
    base = { name, account: ssoAccount, partition: namedPartition ?? portalPartition(startUrl, region) };
    const role = text(p, 'sso_role_name');
    if (role !== undefined) base.roleName = role;
  } else {
    const account = text(p, 'aws_account_id') ?? text(p, 'aws_account_alias');
    if (account === undefined) return { issues: [coreIssue('warnImportBaseNoAccount', [name])] };
    const region = text(p, 'region') ?? text(p, 'target_region');
    base = { name, account, partition: namedPartition ?? (region === undefined ? undefined : regionPartition(region)) ?? 'aws' };
    const role = text(p, 'role_name');
    if (role !== undefined) base.roleName = role;
  }
  // AESR's alias of the account: kept beside the id (when it is the account itself, nothing to add).
  const alias = text(p, 'aws_account_alias');
  if (alias !== undefined && alias !== base.account) {
    if (isAccountAlias(alias)) base.alias = alias;
    else issues.push(coreIssue('warnImportBaseAliasIgnored', [name, alias]));
  }
  const targetRole = text(p, 'target_role_name');
  if (targetRole !== undefined) base.targetRoleName = targetRole;
  const targetRegion = text(p, 'target_region');
  if (targetRegion !== undefined) base.targetRegion = targetRegion;
  const accountIssues = validateAccount(base.account);
  if (accountIssues.length > 0) return { issues: [coreIssue('warnImportBaseInvalid', [name, accountIssues.map((i) => i.message).join(' ')])] };
  return { value: base, issues };
}

/** A circle of source_profile links, as one profile's message names it. */
export interface SourceCycle {
  /** The profiles round the circle once, in link order: one array shared by every profile on the
   *  circle or leading into it, so that a circle of thousands costs its length once, not squared. */
  readonly ring: readonly string[];
  /** Where the profile meets the circle: itself when it is on it, else where its chain enters. */
  readonly from: number;
}

/**
 * Profiles whose source_profile chain goes round, with the circle. A profile may name itself only
 * when it has access keys of its own (the SDKs allow exactly that). Each profile links to at most
 * one other, so one walk along the links per unvisited profile, colouring what it passes (on the
 * walk under way, or done), visits every profile once: linear in time and memory however long
 * the chains (a pasted 6,000-profile circle took seconds and hundreds of MB when each walk
 * searched its path and each profile kept its own copy of the circle).
 */
export function findCycles(parsed: ParsedConfig): Map<string, SourceCycle> {
  const { profiles } = parsed;
  const linkOf = (name: string): string | undefined => {
    const source = text(profiles[name], 'source_profile');
    if (source === undefined || !hasOwn(profiles, source)) return undefined;
    if (source === name && hasStaticCredentials(hasOwn(parsed.secrets, name) ? parsed.secrets[name] : undefined)) return undefined;
    return source;
  };
  const result = new Map<string, SourceCycle>();
  // A profile's place on the walk under way, or DONE once a walk has passed it.
  const DONE = -1;
  const colour = new Map<string, number>();
  const names = Object.keys(profiles);
  for (let i = 0; i < names.length; i++) {
    if (colour.has(names[i]!)) continue;
    const path: string[] = [];
    let reached: SourceCycle | undefined;
    for (let current: string | undefined = names[i]; current !== undefined; current = linkOf(current)) {
      const at = colour.get(current);
      if (at === DONE) {
        // An earlier walk: this one leads where that profile leads (its circle, from where it enters).
        reached = result.get(current);
        break;
      }
      if (at !== undefined) {
        // Back on this walk's own path: a new circle, which each profile on it sees from itself.
        const ring = path.slice(at);
        for (let k = 0; k < ring.length; k++) result.set(ring[k]!, { ring, from: k });
        reached = { ring, from: 0 };
        for (const name of ring) colour.set(name, DONE);
        path.length = at;
        break;
      }
      colour.set(current, path.length);
      path.push(current);
    }
    for (const name of path) {
      colour.set(name, DONE);
      if (reached) result.set(name, reached);
    }
  }
  return result;
}

/** Names shown of a long circle: its first ones, then `…` and the one that closes it. */
const CYCLE_NAMES_SHOWN = 10;

/** The circle as a message names it, from where the profile meets it: `a → b → a`; a long one
 *  shortened (`p1 → … → p8 → … → p6000 → p1`), so that each message stays readable and short. */
export function cycleText({ ring, from }: SourceCycle): string {
  const nth = (k: number) => ring[(from + k) % ring.length]!;
  const shown = ring.length <= CYCLE_NAMES_SHOWN
    ? ring.map((_, k) => nth(k))
    : [...Array.from({ length: CYCLE_NAMES_SHOWN - 2 }, (_, k) => nth(k)), '…', nth(ring.length - 1)];
  return [...shown, nth(0)].join(' → ');
}
