// Importing ~/.aws/config files whose Identity Center portals have the host names AWS gives
// instances created since February 2026 (facts file): they are read, not refused.
import { describe, expect, it } from 'vitest';
import { emptyStore } from '../store/schema';
import { exportAwsConfig } from '../export/export-ini';
import { previewImport } from './preview';

const preview = (text: string) => {
  let n = 0;
  return previewImport(text, emptyStore(), { now: 1000, newId: () => `new-${++n}` });
};

// As `aws configure sso` writes it, with one profile still in the legacy (pre-sso-session) form.
const CONFIG = `[default]
region = eu-west-1

[sso-session corp]
sso_start_url = https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com
sso_region = eu-west-1
sso_registration_scopes = sso:account:access

[profile dev]
sso_session = corp
sso_account_id = 210987654321
sso_role_name = PowerUser
region = eu-west-1

[profile legacy]
sso_start_url = https://ssoins-7223a7b4c5d6e7f8.portal.ap-northeast-1.app.aws
sso_region = ap-northeast-1
sso_account_id = 012345678901
sso_role_name = ReadOnly
`;

describe('import of Identity Center profiles on the new portal hosts', () => {
  it('makes entries of an sso-session profile and a legacy sso_start_url profile', () => {
    const result = preview(CONFIG);
    expect(result.rows.filter((r) => r.kind === 'sso').map((r) => [r.status, r.name, r.reasons.map((i) => i.code)]))
      .toEqual([['new', 'dev', []], ['new', 'legacy', []]]);
    expect(result.result?.entries.map((e) => [e.label, e.partition, e.sso])).toEqual([
      ['dev', 'aws', { startUrl: 'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com', accountId: '210987654321', permissionSet: 'PowerUser' }],
      ['legacy', 'aws', { startUrl: 'https://ssoins-7223a7b4c5d6e7f8.portal.ap-northeast-1.app.aws', accountId: '012345678901', permissionSet: 'ReadOnly' }],
    ]);
  });

  it('takes the partition from the portal: a China or European Sovereign Cloud portal without sso_region', () => {
    const result = preview([
      '[profile cn]', 'sso_start_url = https://ssoins-1111aaaa2222bbbb.portal.amazonaws.com.cn', 'sso_account_id = 888899990000', 'sso_role_name = CnOps',
      '[profile eu]', 'sso_start_url = https://ssoins-3333cccc4444dddd.portal.amazonaws.eu', 'sso_account_id = 666677778888', 'sso_role_name = EuOps',
    ].join('\n'));
    expect(result.result?.entries.map((e) => [e.label, e.partition])).toEqual([['cn', 'aws-cn'], ['eu', 'aws-eusc']]);
  });

  it('still refuses a look-alike host, naming the address and the hosts it accepts', () => {
    const result = preview('[profile x]\nsso_start_url = https://ssoins-1.eu-west-1.portal.amazonaws.com.evil.io\nsso_account_id = 012345678901\nsso_role_name = R');
    expect(result.rows.map((r) => [r.status, r.reasons.map((i) => [i.code, i.params])])).toEqual([
      ['invalid', [['errImportSsoStartUrl', ['x', 'https://ssoins-1.eu-west-1.portal.amazonaws.com.evil.io']]]],
    ]);
    const message = result.rows[0]!.reasons[0]!.message;
    for (const host of ['*.awsapps.com', '*.portal.amazonaws.com', '*.app.aws', 'identitycenter.amazonaws.com']) expect(message).toContain(host);
  });

  it('exports such an entry with its portal region and reads it back the same', () => {
    const first = preview(CONFIG).result!;
    const text = exportAwsConfig(first);
    expect(text).toContain('sso_start_url = https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com\nsso_region = eu-west-1');
    const again = preview(text).result!;
    expect(again.entries.map(({ label, partition, region, sso }) => ({ label, partition, region, sso })))
      .toEqual(first.entries.map(({ label, partition, region, sso }) => ({ label, partition, region, sso })));
  });
});
