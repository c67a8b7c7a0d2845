import { describe, expect, it } from 'vitest';
import { validateProfile } from './validate-profile';
import type { ProfileDraft } from './profile';

const base: ProfileDraft = { label: 'Prod admin', account: '123456789012', roleName: 'Admin' };
const check = (patch: ProfileDraft) => validateProfile({ ...base, ...patch });
const errs = (patch: ProfileDraft) => check(patch).errors.map((e) => [e.field, e.code]);

describe('validateProfile: a good draft', () => {
  it('fills defaults: path "/", partition aws, no optional fields', () =>
    expect(validateProfile(base)).toEqual({
      value: { label: 'Prod admin', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' },
      errors: [], warnings: [],
    }));
  it('trims whitespace but never changes the case of the role name', () =>
    expect(check({ label: '  x ', roleName: ' aDmIn ', account: ' 012345678901 ' }).value).toMatchObject(
      { label: 'x', roleName: 'aDmIn', account: '012345678901' }));
  it('treats blank optional fields as absent', () =>
    expect(check({ displayName: ' ', color: '', region: '  ', rolePath: '' }).value).toEqual(
      { label: 'Prod admin', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' }));
});

describe('validateProfile: label', () => {
  it('is required', () => expect(errs({ label: '   ' })).toEqual([['label', 'errLabelRequired']]));
  it('is at most 100 characters (100 passes, 101 fails)', () => {
    expect(errs({ label: 'x'.repeat(100) })).toEqual([]);
    expect(errs({ label: 'x'.repeat(101) })).toEqual([['label', 'errLabelLength']]);
  });
});

describe('validateProfile: hidden characters in the label and the display name', () => {
  it('the entry form refuses them, on the field, naming them', () => {
    const result = check({ label: '\u202enimda-dorp', displayName: 'Prod\u200b admin\u0007' });
    expect(result.errors.map((e) => [e.field, e.code, e.params])).toEqual([
      ['label', 'errLabelHiddenChars', ['U+202E']],
      ['displayName', 'errDisplayNameHiddenChars', ['U+200B, U+0007']],
    ]);
    expect(result.value).toBeUndefined();
  });
  it('an import takes the text without them, and says so on the field', () => {
    const result = validateProfile({ ...base, label: 'prod\u2066 admin\u2069', displayName: '\ufeffProd' }, { hiddenChars: 'strip' });
    expect(result.errors).toEqual([]);
    expect(result.value).toMatchObject({ label: 'prod admin', displayName: 'Prod' });
    expect(result.warnings.map((w) => [w.field, w.code, w.params])).toEqual([
      ['label', 'warnLabelHiddenChars', ['U+2066, U+2069', 'prod admin']],
      ['displayName', 'warnDisplayNameHiddenChars', ['U+FEFF', 'Prod']],
    ]);
  });
  it('a label of hidden characters only is a missing label, even stripped', () => {
    expect(validateProfile({ ...base, label: '\u200b\u200b' }, { hiddenChars: 'strip' }).errors.map((e) => e.code)).toEqual(['errLabelRequired']);
  });
  it('emoji with a joiner and Japanese pass as they are', () => {
    expect(check({ label: '👩‍💻 本番', displayName: '本番環境' }).value).toMatchObject({ label: '👩‍💻 本番', displayName: '本番環境' });
  });
});

describe('validateProfile: account', () => {
  it('is required', () => expect(errs({ account: '' })).toEqual([['account', 'errAccountRequired']]));
  it('takes 12 digits and rejects 11 and 13 with the 12-digit message', () => {
    expect(errs({ account: '000000000012' })).toEqual([]);
    expect(errs({ account: '12345678901' })).toEqual([['account', 'errAccountFormat']]);
    expect(errs({ account: '1234567890123' })).toEqual([['account', 'errAccountFormat']]);
  });
  it('takes an alias of 3..63 characters', () => {
    expect(errs({ account: 'abc' })).toEqual([]);
    expect(errs({ account: 'a'.repeat(63) })).toEqual([]);
    expect(errs({ account: 'ab' })).toEqual([['account', 'errAliasLength']]);
    expect(errs({ account: 'a'.repeat(64) })).toEqual([['account', 'errAliasLength']]);
  });
  it.each([
    ['Prod', 'errAliasChars'], ['prod_1', 'errAliasChars'], ['-prod', 'errAliasHyphenEdge'],
    ['prod-', 'errAliasHyphenEdge'], ['pr--od', 'errAliasDoubleHyphen'],
  ])('rejects alias %s with %s', (account, code) => expect(errs({ account })).toEqual([['account', code]]));
  it('warns that 1234-5678-9012 is taken as an alias and suggests the digits', () => {
    const r = check({ account: '1234-5678-9012' });
    expect(r.value?.account).toBe('1234-5678-9012');
    expect(r.warnings.map((w) => [w.field, w.code, w.params])).toEqual(
      [['account', 'warnAccountDashedId', ['1234-5678-9012', '123456789012']]]);
  });
});

describe('validateProfile: role name and path', () => {
  it('requires a role name', () => expect(errs({ roleName: '' })).toEqual([['roleName', 'errRoleNameRequired']]));
  it('allows + = , . @ _ - and rejects other characters', () => {
    expect(errs({ roleName: 'a+=,.@_-B' })).toEqual([]);
    expect(errs({ roleName: 'a/b' })).toEqual([['roleName', 'errRoleNameChars']]);
  });
  it('allows 64 characters and rejects 65', () => {
    expect(errs({ roleName: 'r'.repeat(64) })).toEqual([]);
    expect(errs({ roleName: 'r'.repeat(65) })).toEqual([['roleName', 'errRoleNameLength']]);
  });
  it('accepts a path of segments between slashes', () =>
    expect(check({ rolePath: '/team/ops/' }).value?.rolePath).toBe('/team/ops/'));
  it.each([['teams/platform', '/teams/platform/'], ['teams/platform/', '/teams/platform/'], ['/teams/platform', '/teams/platform/'], [' team ', '/team/']])(
    'takes path %j as %j: the slashes IAM requires at either end are added, not refused', (rolePath, expected) =>
      expect(check({ rolePath }).value?.rolePath).toBe(expected));
  it('still agrees with an ARN whose path is written with its slashes', () =>
    expect(validateProfile({ label: 'x', roleArn: 'arn:aws:iam::123456789012:role/teams/platform/Admin', rolePath: 'teams/platform' }).errors).toEqual([]));
  it('counts the added slashes in the 64 characters of path and name together', () => {
    expect(errs({ rolePath: 'team', roleName: 'r'.repeat(59) })).toEqual([]);
    expect(errs({ rolePath: 'team', roleName: 'r'.repeat(60) })).toEqual([['rolePath', 'errRoleSwitchNameLength']]);
  });
  it.each(['//', '/a//b/', 'a//b'])('rejects path %j', (rolePath) =>
    expect(errs({ rolePath })).toEqual([['rolePath', 'errRolePathFormat']]));
  it('rejects path characters IAM does not allow', () =>
    expect(errs({ rolePath: '/a b/' })).toEqual([['rolePath', 'errRolePathChars']]));
  it('keeps path + name within 64 characters, the console cookie limit (64 passes, 65 fails)', () => {
    expect(errs({ rolePath: '/team/', roleName: 'r'.repeat(59) })).toEqual([]);
    const r = check({ rolePath: '/team/', roleName: 'r'.repeat(60) });
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([['rolePath', 'errRoleSwitchNameLength']]);
    expect(r.errors[0]!.message).toMatch(/64 characters.*cookie/);
  });
});

describe('validateProfile: display name, colour, region, partition', () => {
  it('allows a display name of 64 characters and rejects 65', () => {
    expect(errs({ displayName: 'd'.repeat(64) })).toEqual([]);
    expect(errs({ displayName: 'd'.repeat(65) })).toEqual([['displayName', 'errDisplayNameLength']]);
  });
  it('counts emoji in a display name as one character each', () =>
    expect(errs({ displayName: '😀'.repeat(64) })).toEqual([]));
  it.each([['F2B0A9', 'f2b0a9'], ['#83D4E8', '83d4e8'], ['b7ca9d', 'b7ca9d']])(
    'normalises colour %s to %s', (color, stored) => expect(check({ color }).value?.color).toBe(stored));
  it.each(['f2b0a', 'f2b0a9a', '##f2b0a9', 'red', 'gggggg', '#fff'])('rejects colour %s', (color) =>
    expect(errs({ color })).toEqual([['color', 'errColorFormat']]));
  it('rejects a malformed region', () => expect(errs({ region: 'US-EAST-1' })).toEqual([['region', 'errRegionFormat']]));
  it.each([
    ['aws', 'us-east-1', true], ['aws', 'cn-north-1', false], ['aws', 'us-gov-west-1', false],
    ['aws-cn', 'cn-north-1', true], ['aws-cn', 'us-east-1', false], ['aws-us-gov', 'us-gov-west-1', true],
    ['aws-us-gov', 'us-east-1', false], ['aws-eusc', 'eusc-de-east-1', true], ['aws-eusc', 'eu-central-1', false],
  ])('in partition %s, region %s is allowed: %s', (partition, region, ok) =>
    expect(errs({ partition, region })).toEqual(ok ? [] : [['region', 'errRegionPartition']]));
  it('rejects an unknown partition', () => expect(errs({ partition: 'aws-iso' })).toEqual([['partition', 'errPartitionUnknown']]));
});

describe('validateProfile: role ARN', () => {
  const arn = 'arn:aws-cn:iam::012345678901:role/team/Deploy';
  it('fills partition, account, path and name from the ARN', () =>
    expect(validateProfile({ label: 'x', roleArn: arn }).value).toEqual(
      { label: 'x', partition: 'aws-cn', account: '012345678901', rolePath: '/team/', roleName: 'Deploy' }));
  it('accepts fields that agree with the ARN', () =>
    expect(validateProfile({ label: 'x', roleArn: arn, roleName: 'Deploy', partition: 'aws-cn' }).errors).toEqual([]));
  it('reports each field that disagrees with the ARN, including a case-only difference', () => {
    const r = validateProfile({ label: 'x', roleArn: arn, roleName: 'deploy', account: '111111111111', rolePath: '/', partition: 'aws' });
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['partition', 'errRoleArnConflict'], ['account', 'errRoleArnConflict'],
      ['roleName', 'errRoleArnConflict'], ['rolePath', 'errRoleArnConflict']]);
    expect(r.errors[2]!.params).toEqual(['roleName', 'Deploy', 'deploy']);
  });
  it('reports a broken ARN once, on the roleArn field, without "required" noise', () =>
    expect(validateProfile({ label: 'x', roleArn: 'arn:aws:iam::123:role/A' }).errors.map((e) => [e.field, e.code])).toEqual(
      [['roleArn', 'errAccountFormat']]));
});

describe('validateProfile: collects every error', () => {
  it('reports all broken fields together, never throwing', () => {
    const r = validateProfile({ label: '', account: '1', roleName: 'a b', rolePath: 'x//y', displayName: 'd'.repeat(70), color: 'zz', region: 'moon', partition: 'mars' });
    expect(r.value).toBeUndefined();
    expect(r.errors.map((e) => e.field)).toEqual(['label', 'partition', 'account', 'roleName', 'rolePath', 'displayName', 'color', 'region']);
  });
  it('survives an empty draft', () => expect(validateProfile({}).errors.map((e) => e.code)).toEqual(
    ['errLabelRequired', 'errAccountRequired', 'errRoleNameRequired']));
});
