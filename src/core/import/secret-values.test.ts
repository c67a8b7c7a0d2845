// Credential-shaped text where a value should be: never repeated in a message, never saved.
import { describe, expect, it } from 'vitest';
import { emptyStore } from '../store/schema';
import { previewImport } from './preview';
import { parseSharedConfigFiles } from './shared-config';

const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const preview = (text: string) => {
  let n = 0;
  return previewImport(text, emptyStore(), { now: 1000, newId: () => `new-${++n}` });
};

const ROLE = 'role_arn = arn:aws:iam::123456789012:role/Admin';
const cases: Array<[field: string, config: string]> = [
  ['color', `[profile p]\n${ROLE}\ncolor = ${SECRET}`],
  ['region', `[profile p]\n${ROLE}\nregion = ${KEY_ID}`],
  ['role_arn', `[profile p]\nrole_arn = ${SECRET}`],
  ['role_arn', `[profile p]\nrole_arn = arn:aws:iam::123456789012:role/${KEY_ID}`],
  ['source_profile', `[profile p]\n${ROLE}\nsource_profile = ${KEY_ID}`],
  ['source_profile', `[profile p]\n${ROLE}\nsource_profile = ${SECRET}`],
  ['sso_start_url', `[profile p]\nsso_account_id = 123456789012\nsso_role_name = Admin\nsso_start_url = ${SECRET}`],
  ['sso_start_url', `[profile p]\nsso_account_id = 123456789012\nsso_role_name = Admin\nsso_start_url = https://portal.example/${SECRET}`],
  ['image', `[profile p]\n${ROLE}\nimage = ${SECRET}`],
  ['image', `[profile p]\n${ROLE}\nimage = "http://x/${KEY_ID}.png"`],
  ['switchyard_label', `[profile p]\n${ROLE}\nswitchyard_label = ${SECRET}`],
  ['switchyard_display_name', `[profile p]\n${ROLE}\nswitchyard_display_name = ${KEY_ID}`],
  ['switchyard_group', `[profile p]\n${ROLE}\nswitchyard_group = ${KEY_ID}`],
  ['target_role_name (AESR)', `[base]\naws_account_id = 111122223333\ntarget_role_name = ${KEY_ID}\n[p]\naws_account_id = 123456789012\nsource_profile = base`],
  ['a continued value', `[profile p]\n${ROLE}\nregion = eu-west-1\n  ${SECRET}`],
  ['a sub-property', `[profile p]\n${ROLE}\ns3 =\n  endpoint_url = ${SECRET}`],
];

describe('a credential-shaped value in an imported profile', () => {
  it.each(cases)('%s: is in no message and nothing saved, and the line is named', (_field, config) => {
    const result = preview(config);
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(KEY_ID);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(JSON.stringify(SECRET).slice(1, -1));
    const told = [...result.warnings, ...result.errors, ...result.rows.flatMap((row) => row.reasons)];
    expect(told.some((issue) => issue.code === 'warnIniSecretValue' && issue.line !== undefined)).toBe(true);
  });

  it('source_profile: the entry keeps no base name, and no base account is made of it', () => {
    const result = preview(`[profile p]\n${ROLE}\nsource_profile = ${KEY_ID}`);
    expect(result.result?.entries.map((entry) => [entry.label, entry.base])).toEqual([['p', undefined]]);
    expect(result.result?.bases ?? []).toEqual([]);
  });

  it('credential_process is dropped from the parse result like a secret key, and counted with them', () => {
    const parsed = parseSharedConfigFiles({ config: `[profile p]\n${ROLE}\ncredential_process = /usr/local/bin/get-creds --token ${SECRET}\n  --more` });
    expect(parsed.profiles.p).toEqual({ role_arn: 'arn:aws:iam::123456789012:role/Admin' });
    expect(parsed.secrets.p).toEqual(['credential_process']);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['warnIniSecretsSkipped']);
    const plain = parseSharedConfigFiles({ config: '[profile p]\ncredential_process = /opt/bin/creds' });
    expect(JSON.stringify(plain)).not.toContain('/opt/bin/creds');
  });
});
