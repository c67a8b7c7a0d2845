// Base accounts: the profiles others are reached from (source_profile), what account each stands
// for, and the circles a source_profile chain can go round.
import { parseRoleArn } from '../arn';
import { isAccountAlias, validateAccount } from '../iam-names';
import { coreIssue, type CoreIssue } from '../issue';
import { isPartition, regionPartition, type Partition } from '../partition';
import { portalPartition } from '../portal-hosts';
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

/**
 * Profiles whose source_profile chain goes round, with the circle (`a → b → a`). A profile may
 * name itself only when it has access keys of its own (the SDKs allow exactly that).
 */
export function findCycles(parsed: ParsedConfig): Map<string, string[]> {
  const { profiles } = parsed;
  const result = new Map<string, string[]>();
  const ok = new Set<string>();
  const names = Object.keys(profiles);
  for (let i = 0; i < names.length; i++) {
    const start = names[i]!;
    // Most profiles name no source: no circle starts there (and a walk that reaches one stops).
    if (text(profiles[start], 'source_profile') === undefined) continue;
    const path: string[] = [];
    let current = start;
    let cycle: string[] | undefined;
    for (;;) {
      if (ok.has(current)) break;
      const known = result.get(current);
      if (known) {
        cycle = known;
        break;
      }
      path.push(current);
      const source = text(profiles[current], 'source_profile');
      if (source === undefined || !hasOwn(profiles, source)) break;
      if (source === current && hasStaticCredentials(hasOwn(parsed.secrets, current) ? parsed.secrets[current] : undefined)) break;
      const seen = path.indexOf(source);
      if (seen !== -1) {
        cycle = [...path.slice(seen), source];
        break;
      }
      current = source;
    }
    for (const name of path) {
      if (!cycle) ok.add(name);
      else {
        // Each profile on the circle sees it starting from itself.
        const at = cycle.indexOf(name);
        result.set(name, at <= 0 ? cycle : [...cycle.slice(at, -1), ...cycle.slice(0, at + 1)]);
      }
    }
  }
  return result;
}
