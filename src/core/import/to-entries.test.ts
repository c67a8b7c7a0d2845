import { describe, expect, it } from 'vitest';
import { parseAesrConfig } from './aesr-dialect';
import { parseSharedConfigFiles } from './shared-config';
import { configToEntries, type ProfileOutcome } from './to-entries';

const fromConfig = (config: string, credentials?: string) =>
  configToEntries(parseSharedConfigFiles({ config, ...(credentials !== undefined && { credentials }) }));
const one = (config: string): ProfileOutcome => fromConfig(config)[0]!;
const codes = (issues: ReadonlyArray<{ code: string }> | undefined) => (issues ?? []).map((i) => i.code);

describe('configToEntries: role profiles', () => {
  it('makes a role entry from role_arn: partition, account, path and name from the ARN, region, label = profile name', () => {
    expect(one('[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/ops/Admin\nregion = eu-west-1').target).toEqual({
      kind: 'role', errors: [], warnings: [],
      entry: { label: 'prod', account: '123456789012', roleName: 'Admin', rolePath: '/ops/', partition: 'aws', region: 'eu-west-1' },
    });
  });

  it('keeps the partition of GovCloud and China ARNs', () => {
    const [gov, cn] = fromConfig('[profile g]\nrole_arn = arn:aws-us-gov:iam::123456789012:role/R\n[profile c]\nrole_arn = arn:aws-cn:iam::123456789012:role/R\nregion = cn-north-1');
    expect(gov!.target?.entry?.partition).toBe('aws-us-gov');
    expect(cn!.target?.entry).toMatchObject({ partition: 'aws-cn', region: 'cn-north-1' });
  });

  it('marks a broken ARN, an unknown partition and a region of another partition as invalid, with the reason', () => {
    const [broken, iso, region] = fromConfig([
      '[profile a]', 'role_arn = arn:aws:iam::12345:role/R',
      '[profile b]', 'role_arn = arn:aws-iso:iam::123456789012:role/R',
      '[profile c]', 'role_arn = arn:aws:iam::123456789012:role/R', 'region = cn-north-1',
    ].join('\n'));
    expect(broken!.target?.kind).toBe('role');
    expect(broken!.target?.entry).toBeUndefined();
    expect(codes(broken!.target?.errors)).toContain('errAccountFormat');
    expect(codes(iso!.target?.errors)).toContain('errRoleArnPartition');
    expect(codes(region!.target?.errors)).toEqual(['errRegionPartition']);
  });

  it('marks a role that needs an External ID as not switchable in the console, and says so', () => {
    const result = one('[profile ci]\nrole_arn = arn:aws:iam::123456789012:role/Deploy\ncredential_source = Ec2InstanceMetadata\nexternal_id = abc');
    expect(result.target?.entry).toMatchObject({ consoleSwitchable: false });
    expect(codes(result.target?.warnings)).toEqual(['warnImportExternalId']);
  });

  it('lists a profile with nothing to switch to as skipped, with the reason', () => {
    expect(one('[default]\nregion = us-east-1\noutput = json')).toMatchObject({ skipped: { code: 'warnImportNoRole', params: ['default'] } });
    expect(one('[default]\nregion = us-east-1').target).toBeUndefined();
  });

  it('names the settings it leaves out', () => {
    expect(one('[profile a]\nrole_arn = arn:aws:iam::123456789012:role/R\nfavourite_food = x\ncli_pager =').target?.warnings)
      .toMatchObject([{ code: 'warnImportUnknownKeys', params: ['a', 'favourite_food'] }]);
  });
});

describe('configToEntries: IAM Identity Center', () => {
  const session = '[sso-session corp]\nsso_start_url = https://d-1234567890.awsapps.com/start\nsso_region = us-gov-west-1\n';

  it('makes an Identity Center entry from sso_account_id + sso_role_name through an sso-session', () => {
    const result = fromConfig(`${session}[profile dev]\nsso_session = corp\nsso_account_id = 012345678901\nsso_role_name = PowerUser\nregion = us-gov-east-1`)[0]!;
    expect(result.target?.entry).toEqual({
      label: 'dev', account: '012345678901', roleName: 'PowerUser', rolePath: '/', partition: 'aws-us-gov', region: 'us-gov-east-1',
      sso: { startUrl: 'https://d-1234567890.awsapps.com/start', accountId: '012345678901', permissionSet: 'PowerUser' },
    });
  });

  it('reads the legacy form with sso_start_url in the profile', () => {
    expect(one('[profile dev]\nsso_start_url = https://my-org.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = 012345678901\nsso_role_name = ReadOnly').target?.entry)
      .toMatchObject({ partition: 'aws', sso: { startUrl: 'https://my-org.awsapps.com/start', permissionSet: 'ReadOnly' } });
  });

  it('gives each missing piece its own error', () => {
    const [noRole, noSession, noUrl, badUrl] = fromConfig([
      session, '[profile a]', 'sso_session = corp', 'sso_account_id = 012345678901',
      '[profile b]', 'sso_session = gone', 'sso_account_id = 012345678901', 'sso_role_name = R',
      '[profile c]', 'sso_account_id = 012345678901', 'sso_role_name = R',
      '[profile d]', 'sso_start_url = https://evil.example/start', 'sso_account_id = 012345678901', 'sso_role_name = R',
    ].join('\n'));
    expect(codes(noRole!.target?.errors)).toEqual(['errImportSsoIncomplete']);
    expect(noRole!.target?.errors[0]!.params).toEqual(['a', 'sso_role_name']);
    expect(codes(noSession!.target?.errors)).toEqual(['errImportSsoSessionMissing']);
    expect(codes(noUrl!.target?.errors)).toEqual(['errImportSsoNoStartUrl']);
    expect(codes(badUrl!.target?.errors)).toEqual(['errImportSsoStartUrl']);
  });

  it('uses the session start URL when the profile names a different one, with a warning', () => {
    const result = fromConfig(`${session}[profile a]\nsso_session = corp\nsso_start_url = https://old.awsapps.com/start\nsso_account_id = 012345678901\nsso_role_name = R`)[0]!;
    expect(result.target?.entry?.sso?.startUrl).toBe('https://d-1234567890.awsapps.com/start');
    expect(codes(result.target?.warnings)).toEqual(['warnImportSsoStartUrlMismatch']);
  });

  it('skips a profile that only signs in to Identity Center', () => {
    expect(fromConfig(`${session}[profile login]\nsso_session = corp`)[0]!.skipped?.code).toBe('warnImportNoRole');
  });
});

describe('configToEntries: source_profile chains and base accounts', () => {
  it('keeps source_profile as the base account, with the base account from an Identity Center profile', () => {
    const [login, prod] = fromConfig([
      '[profile login]', 'sso_start_url = https://d-1.awsapps.com/start', 'sso_region = us-east-1', 'sso_account_id = 111122223333', 'sso_role_name = Engineer',
      '[profile prod]', 'role_arn = arn:aws:iam::123456789012:role/Admin', 'source_profile = login',
    ].join('\n'));
    expect(login!.base).toEqual({ value: { name: 'login', account: '111122223333', partition: 'aws', roleName: 'Engineer' }, issues: [] });
    expect(login!.target?.entry?.sso).toBeDefined();
    expect(prod!.target?.entry).toMatchObject({ base: 'login' });
  });

  it('takes a base account from a role profile (role chaining) or from aws_account_id beside access keys', () => {
    const outcomes = fromConfig(
      '[profile hub]\nrole_arn = arn:aws:iam::111122223333:role/Hub\nsource_profile = keys\n[profile spoke]\nrole_arn = arn:aws:iam::123456789012:role/Spoke\nsource_profile = hub',
      '[keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws_account_id = 444455556666',
    );
    expect(outcomes.map((o) => [o.profile, o.base?.value?.account, o.target?.entry?.base])).toEqual([
      ['hub', '111122223333', 'keys'], ['spoke', undefined, 'hub'], ['keys', '444455556666', undefined],
    ]);
    expect(outcomes[0]!.base?.value?.roleName).toBe('Hub');
    expect(outcomes[2]!.base?.issues).toMatchObject([{ code: 'warnImportBaseOnly' }]);
  });

  it('says when a base account has no account ID, and when it is not valid', () => {
    const [a, b] = fromConfig('[profile a]\ncredential_process = x\n[profile b]\naws_account_id = 12\n[profile t1]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = a\n[profile t2]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = b');
    expect(codes(a!.base?.issues)).toEqual(['warnImportBaseOnly', 'warnImportBaseNoAccount']);
    expect(codes(b!.base?.issues)).toEqual(['warnImportBaseOnly', 'warnImportBaseInvalid']);
    expect(a!.base?.value).toBeUndefined();
  });

  it('finds a cycle in source_profile, naming the circle, for every profile that leads into it', () => {
    const outcomes = fromConfig([
      '[profile a]', 'role_arn = arn:aws:iam::123456789012:role/A', 'source_profile = b',
      '[profile b]', 'role_arn = arn:aws:iam::123456789012:role/B', 'source_profile = a',
      '[profile c]', 'role_arn = arn:aws:iam::123456789012:role/C', 'source_profile = a',
    ].join('\n'));
    expect(outcomes.map((o) => o.target?.errors.map((e) => e.params))).toEqual([
      [['a', 'a → b → a']], [['b', 'b → a → b']], [['c', 'a → b → a']],
    ]);
  });

  it('names a long circle in a few of its profiles, so a pasted circle of thousands gives short messages', () => {
    const count = 3_000;
    const config = Array.from({ length: count }, (_, k) => `[profile p${k}]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = p${(k + 1) % count}`).join('\n');
    const outcomes = fromConfig(config);
    expect(outcomes.filter((o) => codes(o.target?.errors).includes('errImportSourceCycle'))).toHaveLength(count);
    expect(outcomes[2]!.target?.errors[0]!.params).toEqual(['p2', 'p2 → p3 → p4 → p5 → p6 → p7 → p8 → p9 → … → p1 → p2']);
  });

  it('lets a profile name itself only when it has access keys of its own', () => {
    const self = '[profile me]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = me';
    expect(codes(fromConfig(self)[0]!.target?.errors)).toEqual(['errImportSourceCycle']);
    expect(codes(fromConfig(self, '[me]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE')[0]!.target?.errors)).toEqual([]);
  });

  it('warns when source_profile names a missing profile, or comes with credential_source', () => {
    expect(codes(one('[profile a]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = nowhere\ncredential_source = Environment').target?.warnings))
      .toEqual(['warnImportSourceMissing', 'warnImportSourceAndCredentialSource']);
  });

  it('warns when a role and its base account are in different partitions', () => {
    const outcomes = fromConfig('[profile base]\naws_account_id = 111122223333\n[profile cn]\nrole_arn = arn:aws-cn:iam::123456789012:role/R\nsource_profile = base');
    expect(outcomes[1]!.target?.warnings).toMatchObject([{ code: 'warnImportBasePartition', params: ['cn', 'aws-cn', 'base', 'aws'] }]);
  });
});

describe('configToEntries: the AESR dialect', () => {
  const aesr = (text: string) => configToEntries(parseAesrConfig(text));

  it('reads aws_account_id + role_name targets (role_name may carry a path), colour, region and an https image', () => {
    const [a] = aesr('[Marketing Admin]\naws_account_id = 123456789012\nrole_name = team/Admin\ncolor = #FFAAEE\nregion = ap-northeast-1\nimage = "https://img.example/a.png?x=1#y"');
    expect(a!.target?.entry).toEqual({
      label: 'Marketing Admin', account: '123456789012', roleName: 'Admin', rolePath: '/team/', partition: 'aws', color: 'ffaaee',
      region: 'ap-northeast-1', image: 'https://img.example/a.png?x=1#y',
    });
  });

  it('applies a base account: its target_role_name and target_region fill what a target leaves out', () => {
    const outcomes = aesr('[base2]\naws_account_id = 000011112222\ntarget_role_name = Developer\ntarget_region = us-east-1\n[Org2]\naws_account_id = 111111111111\nsource_profile = base2\n[Org3]\naws_account_id = 222222222222\nrole_name = Ops\nregion = eu-west-1\nsource_profile = base2');
    expect(outcomes[0]!.base?.value).toEqual({ name: 'base2', account: '000011112222', partition: 'aws', targetRoleName: 'Developer', targetRegion: 'us-east-1' });
    expect(outcomes[0]!.target).toBeUndefined();
    expect(outcomes[1]!.target?.entry).toMatchObject({ roleName: 'Developer', region: 'us-east-1', base: 'base2' });
    expect(outcomes[2]!.target?.entry).toMatchObject({ roleName: 'Ops', region: 'eu-west-1', base: 'base2' });
  });

  it('reads the base account\'s role_name as the role or permission set one signs in with, and its alias', () => {
    const [base] = aesr('[org]\naws_account_alias = my-org\nrole_name = Engineer\n[t]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = org');
    expect(base!.base?.value).toEqual({ name: 'org', account: 'my-org', partition: 'aws', roleName: 'Engineer' });
  });

  it('is an error: an account without a role name and no base to supply one', () => {
    expect(codes(aesr('[b]\naws_account_id = 1\n[t]\naws_account_id = 123456789012\nsource_profile = b')[1]!.target?.errors)).toEqual(['errImportRoleMissing']);
  });

  it('takes the partition of an account-id target from its region', () => {
    expect(aesr('[t]\naws_account_id = 123456789012\nrole_name = R\nregion = cn-northwest-1')[0]!.target?.entry?.partition).toBe('aws-cn');
  });

  it('leaves out an image that is not https, with a warning', () => {
    const [a] = aesr('[t]\naws_account_id = 123456789012\nrole_name = R\nimage = http://x/a.png');
    expect(a!.target?.entry?.image).toBeUndefined();
    expect(codes(a!.target?.warnings)).toEqual(['warnImportImageIgnored']);
  });

  it('gives a label over 100 characters its own error', () => {
    expect(codes(aesr(`[${'x'.repeat(101)}]\nrole_arn = arn:aws:iam::123456789012:role/R`)[0]!.target?.errors)).toEqual(['errLabelLength']);
  });
});

describe('configToEntries: Switchyard\'s own keys', () => {
  it('reads back label, display name, group, production, partition and console switchability', () => {
    const [a] = fromConfig('[profile a-b]\naws_account_id = my-alias\nrole_name = R\nswitchyard_partition = aws-cn\nswitchyard_label = a %23 b\nswitchyard_display_name = Shown\nswitchyard_group = Ops%3B EU\nswitchyard_production = true\nswitchyard_console_switchable = false');
    expect(a!.target?.entry).toEqual({
      label: 'a # b', account: 'my-alias', roleName: 'R', rolePath: '/', partition: 'aws-cn', displayName: 'Shown', group: 'Ops; EU', production: true, consoleSwitchable: false,
    });
  });
});
