import { parseRoleArn, type RoleArn } from './arn';
import {
  accountIdFromDashed, codePointLength, normaliseRolePath, validateAccount, validateRoleName, validateRolePath, validateSwitchRoleName,
} from './iam-names';
import { hiddenCharsIn, stripHiddenChars } from './hidden-chars';
import { coreIssue, withField, type CoreIssue } from '../issues/issue';
import { isPartition, isRegionOf, REGION_PATTERN, type Partition } from '../console/partition';
import { MAX_DISPLAY_NAME, type Profile, type ProfileDraft } from './profile';

export type { Profile, ProfileDraft } from './profile';
export { findCaseConflicts } from './case-conflicts';

type DraftField = keyof ProfileDraft;
type ArnField = 'partition' | 'account' | 'rolePath' | 'roleName';

const MAX_LABEL = 100;
const LEADING_HASH = /^#/;
const HEX_COLOUR = /^[0-9a-f]{6}$/;

/** Trimmed value, with an empty or blank field treated as not given. */
function read(draft: ProfileDraft, field: DraftField): string | undefined {
  const value = draft[field]?.trim();
  return value === '' ? undefined : value;
}

/** Records a field's problems. Most checks find none: only a real problem costs a copy (and no
 *  closures per call: an import validates 10,000 profiles). */
function fail(errors: CoreIssue[], field: DraftField, issues: readonly CoreIssue[]): void {
  if (issues.length > 0) errors.push(...withField(issues, field));
}

/** A field typed by hand, else the ARN's; when both are given they must agree. */
function pick(errors: CoreIssue[], draft: ProfileDraft, arn: RoleArn | undefined, field: ArnField): string | undefined {
  const typed = read(draft, field);
  // A path typed without its slashes means the same path (the ARN's path always has them).
  const given = field === 'rolePath' && typed !== undefined ? normaliseRolePath(typed) : typed;
  const fromArn = arn && arnValue(arn, field);
  if (given !== undefined && fromArn !== undefined && given !== fromArn) {
    fail(errors, field, [coreIssue('errRoleArnConflict', [field, fromArn, given])]);
  }
  return given ?? fromArn;
}

function arnValue(arn: RoleArn, field: ArnField): string {
  switch (field) {
    case 'partition': return arn.partition;
    case 'account': return arn.accountId;
    case 'rolePath': return arn.path;
    case 'roleName': return arn.name;
  }
}

/**
 * What to do with hidden characters (format and control characters, line separators, Hangul
 * fillers: hidden-chars.ts) in the label and display name. 'refuse' (the default: the entry form,
 * every save, the organisation's catalog, whose admin fixes the policy): an error on the field,
 * since whoever wrote it can remove them and should know they were there. 'strip' (an import, the
 * store's repair of a list an older version saved): the text is taken without them and a warning
 * says so, since one stray character in a file of 500 profiles should not cost that profile.
 */
export type HiddenChars = 'refuse' | 'strip';

/** A label or display name as validateProfile takes it: trimmed, hidden characters handled. */
function readName(draft: ProfileDraft, field: 'label' | 'displayName', hidden: HiddenChars, errors: CoreIssue[], warnings: CoreIssue[]): string | undefined {
  const raw = draft[field];
  const chars = raw === undefined ? [] : hiddenCharsIn(raw);
  if (chars.length === 0) return read(draft, field);
  const list = chars.join(', ');
  if (hidden === 'refuse') {
    fail(errors, field, [coreIssue(field === 'label' ? 'errLabelHiddenChars' : 'errDisplayNameHiddenChars', [list])]);
    return read(draft, field);
  }
  const value = stripHiddenChars(raw!).trim();
  warnings.push(coreIssue(field === 'label' ? 'warnLabelHiddenChars' : 'warnDisplayNameHiddenChars', [list, value], { field }));
  return value === '' ? undefined : value;
}

/**
 * Checks a profile typed or imported by a person, collecting every problem (each tagged with the
 * draft field it belongs to) rather than stopping at the first. Only whitespace around values is
 * changed, plus the colour's form and a role path's missing end slashes; the case of a role name is never touched.
 */
export function validateProfile(draft: ProfileDraft, options: { hiddenChars?: HiddenChars } = {}): {
  value?: Omit<Profile, 'id'>;
  errors: CoreIssue[];
  warnings: CoreIssue[];
} {
  const errors: CoreIssue[] = [];
  const warnings: CoreIssue[] = [];

  const hidden = options.hiddenChars ?? 'refuse';
  const label = readName(draft, 'label', hidden, errors, warnings);
  if (label === undefined) fail(errors, 'label', [coreIssue('errLabelRequired')]);
  else if (codePointLength(label) > MAX_LABEL) fail(errors, 'label', [coreIssue('errLabelLength', [codePointLength(label)])]);

  // A role ARN fills the fields it covers; a field also typed by hand must agree with it.
  const arnText = read(draft, 'roleArn');
  const parsedArn = arnText === undefined ? undefined : parseRoleArn(arnText);
  if (parsedArn) fail(errors, 'roleArn', parsedArn.errors);
  const arn = parsedArn?.value;
  // When an ARN was given but is broken, its errors already explain the missing fields.
  const arnFailed = parsedArn !== undefined && arn === undefined;

  const partitionText = pick(errors, draft, arn, 'partition') ?? 'aws';
  const partition: Partition | undefined = isPartition(partitionText) ? partitionText : undefined;
  if (!partition) fail(errors, 'partition', [coreIssue('errPartitionUnknown', [partitionText])]);

  const account = pick(errors, draft, arn, 'account') ?? '';
  if (!(arnFailed && account === '')) fail(errors, 'account', validateAccount(account));
  const dashedId = accountIdFromDashed(account);
  if (dashedId) warnings.push(coreIssue('warnAccountDashedId', [account, dashedId], { field: 'account' }));

  const roleName = pick(errors, draft, arn, 'roleName') ?? '';
  const nameIssues = validateRoleName(roleName);
  if (!(arnFailed && roleName === '')) fail(errors, 'roleName', nameIssues);
  const rolePath = pick(errors, draft, arn, 'rolePath') ?? '/';
  const pathIssues = validateRolePath(rolePath);
  fail(errors, 'rolePath', pathIssues);
  // Only once both parts are valid on their own is their combined length the remaining problem.
  if (pathIssues.length === 0 && nameIssues.length === 0) fail(errors, 'rolePath', validateSwitchRoleName(rolePath, roleName));

  const displayName = readName(draft, 'displayName', hidden, errors, warnings);
  if (displayName !== undefined && codePointLength(displayName) > MAX_DISPLAY_NAME) {
    fail(errors, 'displayName', [coreIssue('errDisplayNameLength', [codePointLength(displayName)])]);
  }

  const colorText = read(draft, 'color');
  const color = colorText?.replace(LEADING_HASH, '').toLowerCase();
  if (colorText !== undefined && !HEX_COLOUR.test(color ?? '')) fail(errors, 'color', [coreIssue('errColorFormat', [colorText])]);

  const region = read(draft, 'region');
  if (region !== undefined) {
    if (!REGION_PATTERN.test(region)) fail(errors, 'region', [coreIssue('errRegionFormat', [region])]);
    else if (partition && !isRegionOf(region, partition)) fail(errors, 'region', [coreIssue('errRegionPartition', [region, partition])]);
  }

  if (errors.length > 0 || !partition || label === undefined) return { errors, warnings };
  const value: Omit<Profile, 'id'> = { label, account, roleName, rolePath, partition };
  if (displayName !== undefined) value.displayName = displayName;
  if (color !== undefined) value.color = color;
  if (region !== undefined) value.region = region;
  return { value, errors, warnings };
}
