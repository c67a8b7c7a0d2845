import { parseRoleArn, type RoleArn } from './arn';
import {
  accountIdFromDashed, codePointLength, MAX_DISPLAY_NAME, validateAccount, validateRoleName, validateRolePath, validateSwitchRoleName,
} from './iam-names';
import { coreIssue, withField, type CoreIssue } from './issue';
import { isPartition, isRegionOf, REGION_PATTERN, type Partition } from './partition';
import type { Profile, ProfileDraft } from './profile';

export type { Profile, ProfileDraft } from './profile';
export { findCaseConflicts } from './case-conflicts';

type DraftField = keyof ProfileDraft;
type ArnField = 'partition' | 'account' | 'rolePath' | 'roleName';

const MAX_LABEL = 100;

/** Trimmed value, with an empty or blank field treated as not given. */
function read(draft: ProfileDraft, field: DraftField): string | undefined {
  const value = draft[field]?.trim();
  return value === '' ? undefined : value;
}

function arnValue(arn: RoleArn, field: ArnField): string {
  return { partition: arn.partition, account: arn.accountId, rolePath: arn.path, roleName: arn.name }[field];
}

/**
 * Checks a profile typed or imported by a person, collecting every problem (each tagged with the
 * draft field it belongs to) rather than stopping at the first. Only whitespace around values is
 * changed, plus the colour's form; the case of a role name is never touched.
 */
export function validateProfile(draft: ProfileDraft): {
  value?: Omit<Profile, 'id'>;
  errors: CoreIssue[];
  warnings: CoreIssue[];
} {
  const errors: CoreIssue[] = [];
  const warnings: CoreIssue[] = [];
  const fail = (field: DraftField, issues: CoreIssue[]) => errors.push(...withField(issues, field));

  const label = read(draft, 'label');
  if (label === undefined) fail('label', [coreIssue('errLabelRequired')]);
  else if (codePointLength(label) > MAX_LABEL) fail('label', [coreIssue('errLabelLength', [codePointLength(label)])]);

  // A role ARN fills the fields it covers; a field also typed by hand must agree with it.
  const arnText = read(draft, 'roleArn');
  const parsedArn = arnText === undefined ? undefined : parseRoleArn(arnText);
  if (parsedArn) fail('roleArn', parsedArn.errors);
  const pick = (field: ArnField): string | undefined => {
    const given = read(draft, field);
    const fromArn = parsedArn?.value && arnValue(parsedArn.value, field);
    if (given !== undefined && fromArn !== undefined && given !== fromArn) {
      fail(field, [coreIssue('errRoleArnConflict', [field, fromArn, given])]);
    }
    return given ?? fromArn;
  };
  // When an ARN was given but is broken, its errors already explain the missing fields.
  const arnFailed = parsedArn !== undefined && parsedArn.value === undefined;

  const partitionText = pick('partition') ?? 'aws';
  const partition: Partition | undefined = isPartition(partitionText) ? partitionText : undefined;
  if (!partition) fail('partition', [coreIssue('errPartitionUnknown', [partitionText])]);

  const account = pick('account') ?? '';
  if (!(arnFailed && account === '')) fail('account', validateAccount(account));
  const dashedId = accountIdFromDashed(account);
  if (dashedId) warnings.push(coreIssue('warnAccountDashedId', [account, dashedId], { field: 'account' }));

  const roleName = pick('roleName') ?? '';
  const nameIssues = validateRoleName(roleName);
  if (!(arnFailed && roleName === '')) fail('roleName', nameIssues);
  const rolePath = pick('rolePath') ?? '/';
  const pathIssues = validateRolePath(rolePath);
  fail('rolePath', pathIssues);
  // Only once both parts are valid on their own is their combined length the remaining problem.
  if (pathIssues.length === 0 && nameIssues.length === 0) fail('rolePath', validateSwitchRoleName(rolePath, roleName));

  const displayName = read(draft, 'displayName');
  if (displayName !== undefined && codePointLength(displayName) > MAX_DISPLAY_NAME) {
    fail('displayName', [coreIssue('errDisplayNameLength', [codePointLength(displayName)])]);
  }

  const colorText = read(draft, 'color');
  const color = colorText?.replace(/^#/, '').toLowerCase();
  if (colorText !== undefined && !/^[0-9a-f]{6}$/.test(color ?? '')) fail('color', [coreIssue('errColorFormat', [colorText])]);

  const region = read(draft, 'region');
  if (region !== undefined) {
    if (!REGION_PATTERN.test(region)) fail('region', [coreIssue('errRegionFormat', [region])]);
    else if (partition && !isRegionOf(region, partition)) fail('region', [coreIssue('errRegionPartition', [region, partition])]);
  }

  if (errors.length > 0 || !partition || label === undefined) return { errors, warnings };
  const value: Omit<Profile, 'id'> = { label, account, roleName, rolePath, partition };
  if (displayName !== undefined) value.displayName = displayName;
  if (color !== undefined) value.color = color;
  if (region !== undefined) value.region = region;
  return { value, errors, warnings };
}
