// From parsed profiles to Switchyard entries and base accounts. Both readings (SDK and AESR) come
// here, so every key below works in either: role_arn / sso_* from the SDKs, aws_account_id /
// role_name / color / image / target_* from AESR, switchyard_* from Switchyard's own export.
import { portalOrigin, portalPartition } from '../profile/portal-hosts';
import { coreIssue, type CoreIssue } from '../issues/issue';
import { isPartition, regionPartition, type Partition } from '../console/partition';
import type { ProfileDraft } from '../profile/profile';
import type { BaseAccount, Entry } from '../store/schema';
import { stripHiddenChars } from '../profile/hidden-chars';
import { validateProfile } from '../profile/validate-profile';
import { decodeIniText } from './ini-text';
import { cycleText, deriveBase, findCycles, text } from './base-accounts';
import { hasOwn, type Origin, type ParsedConfig, type Properties } from './shared-config';

export type NewEntry = Omit<Entry, 'id'>;

/** What one profile of the file became. */
export interface ProfileOutcome {
  profile: string;
  label: string;
  origin: Origin;
  /** A role or Identity Center entry: valid (`entry` set) or not (`errors`). */
  target?: { kind: 'role' | 'sso'; entry?: NewEntry; errors: CoreIssue[]; warnings: CoreIssue[] };
  /** Set when the profile names nothing to switch to and is no base account either. */
  skipped?: CoreIssue;
  /** Set when other profiles name it in source_profile (or it is marked as a base). */
  base?: { value?: BaseAccount; issues: CoreIssue[] };
}

// Keys the SDKs or the AWS CLI define, which Switchyard reads past without a word.
const SDK_KEYS = new Set(`region output role_arn source_profile credential_source role_session_name external_id mfa_serial
duration_seconds sso_session sso_account_id sso_role_name sso_start_url sso_region sso_registration_scopes credential_process
web_identity_token_file ca_bundle cli_pager cli_auto_prompt cli_binary_format cli_timestamp_format cli_follow_urlparam cli_history
max_attempts retry_mode parameter_validation tcp_keepalive endpoint_url ignore_configured_endpoint_urls services use_fips_endpoint
use_dualstack_endpoint s3 sts_regional_endpoints metadata_service_timeout metadata_service_num_attempts ec2_metadata_service_endpoint
ec2_metadata_service_endpoint_mode ec2_metadata_v1_disabled aws_account_id account_id_endpoint_mode defaults_mode
request_checksum_calculation response_checksum_validation sigv4a_signing_region_set disable_request_compression
request_min_compression_size_bytes endpoint_discovery_enabled api_versions sdk_ua_app_id auth_scheme_preference
disable_host_prefix_injection s3_use_arn_region s3_disable_multiregion_access_points dynamodb output_format
aws_sdk_ua_app_id`.split(/\s+/));
// AESR's keys, and Switchyard's own (written by its export so that nothing is lost on the way back).
const OWN_KEYS = new Set(['color', 'image', 'role_name', 'aws_account_alias', 'target_role_name', 'target_region',
  'switchyard_label', 'switchyard_display_name', 'switchyard_group', 'switchyard_production', 'switchyard_partition',
  'switchyard_console_switchable', 'switchyard_base']);

// (Patterns at module level: a regex literal makes a new RegExp object each time it is evaluated.)
const QUOTED = /^"[^"]*"$|^'[^']*'$/;
const LEADING_SLASH = /^\//;
const HTTPS_URL = /^https:\/\/[^\s]+$/;

const unquote = (value: string) => QUOTED.test(value) ? value.slice(1, -1).trim() : value;

/** `team/Admin` (AESR's role_name may carry the path) → rolePath `/team/`, roleName `Admin`. */
function splitRoleName(value: string): { rolePath: string; roleName: string } {
  const parts = value.replace(LEADING_SLASH, '').split('/');
  const roleName = parts.pop() ?? '';
  return { rolePath: parts.length === 0 ? '/' : `/${parts.join('/')}/`, roleName };
}

export function configToEntries(parsed: ParsedConfig): ProfileOutcome[] {
  const { profiles, ssoSessions } = parsed;
  const names = Object.keys(profiles);
  const props = (name: string) => (hasOwn(profiles, name) ? profiles[name] : undefined);
  const labelOf = (name: string) => {
    const own = text(props(name), 'switchyard_label');
    return own === undefined ? name : decodeIniText(own);
  };
  // A base's name is shown like a label: without hidden characters (the entry's own label is
  // stripped by validateProfile, which says so on its row).
  const nameOf = (name: string) => stripHiddenChars(labelOf(name)).trim() || name;
  const cycles = findCycles(parsed);
  // A base account is a profile others are reached from; one on a circle of source_profile reaches nothing.
  const referenced = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const source = text(profiles[name], 'source_profile');
    if (source !== undefined && source !== name && !cycles.has(source)) referenced.add(source);
  }
  const bases = new Map<string, ProfileOutcome['base']>();
  const baseOf = (name: string) => {
    if (!bases.has(name)) bases.set(name, deriveBase(nameOf(name), props(name)!, ssoSessions));
    return bases.get(name);
  };

  return names.map((name): ProfileOutcome => {
    const p = profiles[name]!;
    const label = labelOf(name);
    const origin = parsed.origins.profiles[name]!;
    const outcome: ProfileOutcome = { profile: name, label: nameOf(name), origin };
    const isBase = referenced.has(name) || text(p, 'switchyard_base') === 'true';
    if (isBase) outcome.base = baseOf(name);

    const account = text(p, 'aws_account_id') ?? text(p, 'aws_account_alias');
    const source = text(p, 'source_profile');
    const sourceProps = source === undefined ? undefined : props(source);
    let draft: ProfileDraft;
    let kind: 'role' | 'sso' = 'role';
    const errors: CoreIssue[] = [];
    const warnings: CoreIssue[] = [];
    const extras: Partial<Entry> = {};

    if (text(p, 'role_arn') !== undefined) {
      draft = { roleArn: text(p, 'role_arn') };
    } else if (text(p, 'sso_account_id') !== undefined || text(p, 'sso_role_name') !== undefined) {
      kind = 'sso';
      const sso = readSso(name, p, ssoSessions, errors, warnings);
      draft = { account: text(p, 'sso_account_id'), roleName: text(p, 'sso_role_name'), partition: sso?.partition ?? 'aws' };
      if (sso) extras.sso = { startUrl: sso.startUrl, accountId: draft.account ?? '', permissionSet: draft.roleName ?? '' };
      if (!draft.account) errors.push(coreIssue('errImportSsoIncomplete', [name, 'sso_account_id']));
      if (!draft.roleName) errors.push(coreIssue('errImportSsoIncomplete', [name, 'sso_role_name']));
    } else if (isBase) {
      outcome.base?.issues.unshift(coreIssue('warnImportBaseOnly', [name]));
      return outcome;
    } else if (account !== undefined && (text(p, 'role_name') !== undefined || source !== undefined)) {
      // AESR: a target given as account + role name; a base account may supply the role and region.
      const roleName = text(p, 'role_name') ?? text(sourceProps, 'target_role_name');
      if (roleName === undefined) errors.push(coreIssue('errImportRoleMissing', [name]));
      draft = { account, ...(roleName !== undefined && splitRoleName(roleName)) };
    } else {
      outcome.skipped = coreIssue('warnImportNoRole', [name]);
      return outcome;
    }

    draft.label = label;
    // A base's target_region is the default; an explicit empty `region =` means none.
    const region = hasOwn(p, 'region') ? text(p, 'region') : text(sourceProps, 'target_region');
    if (region !== undefined) draft.region = region;
    if (draft.partition === undefined && !draft.roleArn) {
      const named = text(p, 'switchyard_partition');
      const basePartition = sourceProps === undefined ? undefined : baseOf(source!)?.value?.partition;
      draft.partition = named ?? (region === undefined ? undefined : regionPartition(region)) ?? basePartition ?? 'aws';
    }
    const color = text(p, 'color');
    if (color !== undefined) draft.color = unquote(color);
    const displayName = text(p, 'switchyard_display_name');
    if (displayName !== undefined) draft.displayName = decodeIniText(displayName);

    // Hidden characters in a label or display name are removed with a warning on this row (one
    // stray character should not cost the profile); the entry form refuses them instead.
    const validated = validateProfile(draft, { hiddenChars: 'strip' });
    // "Enter the role name" says less than the import's own message about the missing key.
    const said = errors.length > 0;
    for (const e of validated.errors) if (!(said && (e.code === 'errRoleNameRequired' || e.code === 'errAccountRequired'))) errors.push(e);
    for (const w of validated.warnings) warnings.push(w);

    if (source !== undefined) {
      extras.base = sourceProps ? nameOf(source) : stripHiddenChars(source);
      if (!sourceProps) warnings.push(coreIssue('warnImportSourceMissing', [name, source]));
      if (text(p, 'credential_source') !== undefined) warnings.push(coreIssue('warnImportSourceAndCredentialSource', [name]));
      const cycle = cycles.get(name);
      if (cycle) errors.push(coreIssue('errImportSourceCycle', [name, cycleText(cycle)]));
      const base = sourceProps ? baseOf(source)?.value : undefined;
      if (base && validated.value && base.partition !== validated.value.partition) {
        warnings.push(coreIssue('warnImportBasePartition', [name, validated.value.partition, base.name, base.partition]));
      }
    }
    if (text(p, 'external_id') !== undefined) {
      extras.consoleSwitchable = false;
      warnings.push(coreIssue('warnImportExternalId', [name]));
    }
    if (text(p, 'switchyard_console_switchable') === 'false') extras.consoleSwitchable = false;
    const image = text(p, 'image');
    if (image !== undefined) {
      const url = unquote(image);
      if (HTTPS_URL.test(url) && URL.canParse(url)) extras.image = url;
      else warnings.push(coreIssue('warnImportImageIgnored', [name, url]));
    }
    const group = text(p, 'switchyard_group');
    const groupName = group === undefined ? '' : stripHiddenChars(decodeIniText(group)).trim();
    if (groupName !== '') extras.group = groupName;
    if (text(p, 'switchyard_production') === 'true') extras.production = true;

    let unknown: string[] | undefined;
    for (const key in p) if (!SDK_KEYS.has(key) && !OWN_KEYS.has(key)) (unknown ??= []).push(key);
    if (unknown) warnings.push(coreIssue('warnImportUnknownKeys', [name, unknown.join(', ')]));

    outcome.target = { kind, errors, warnings };
    // validateProfile's value is a fresh object: the extras go straight onto it.
    if (errors.length === 0 && validated.value) outcome.target.entry = Object.assign(validated.value, extras);
    return outcome;
  });
}

interface SsoInfo { startUrl: string; partition: Partition }

function readSso(name: string, p: Properties, sessions: ParsedConfig['ssoSessions'], errors: CoreIssue[], warnings: CoreIssue[]): SsoInfo | undefined {
  const sessionName = text(p, 'sso_session');
  const session = sessionName !== undefined && hasOwn(sessions, sessionName) ? sessions[sessionName] : undefined;
  if (sessionName !== undefined && !session) {
    errors.push(coreIssue('errImportSsoSessionMissing', [name, sessionName]));
    return undefined;
  }
  const own = text(p, 'sso_start_url');
  const fromSession = text(session, 'sso_start_url');
  if (own !== undefined && fromSession !== undefined && own !== fromSession) warnings.push(coreIssue('warnImportSsoStartUrlMismatch', [name, fromSession]));
  const startUrl = fromSession ?? own;
  if (startUrl === undefined) {
    errors.push(coreIssue('errImportSsoNoStartUrl', [name]));
    return undefined;
  }
  if (!portalOrigin(startUrl)) {
    errors.push(coreIssue('errImportSsoStartUrl', [name, startUrl]));
    return undefined;
  }
  const named = text(p, 'switchyard_partition');
  const partition = named !== undefined && isPartition(named) ? named : portalPartition(startUrl, text(session, 'sso_region') ?? text(p, 'sso_region'));
  return { startUrl, partition };
}
