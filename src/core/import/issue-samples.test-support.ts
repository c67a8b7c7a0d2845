// Inputs that, between them, make the import emit every issue it has (for issue-texts.test.ts).
import type { CoreIssue } from '../issues/issue';
import { emptyStore } from '../store/schema';
import { previewImport } from './preview';
import { parseSharedConfigFiles } from './shared-config';
import { decodeImportBytes } from './text-input';

const READING = [
  ' -continued', 'stray = 1', '[profile ok]', 'no equals here', 'key # = v', '= v', 's3 =', '  junk', '[profile unclosed',
  '[profile in valid]', '[bare]', '[default]', 'region = a', '[profile default]', '[default]',
  '[profile k]', 'bad key = 1', 'region = x', 'region = y', 'aws_secret_access_key = s', 'color = AKIAIOSFODNN7EXAMPLE', 'x = 1\u0000',
].join('\n');

const CONVERTING = `[default]
region = us-east-1
[profile base]
aws_account_id = 111122223333
aws_account_alias = Not An Alias
[profile nobase]
credential_process = x
[profile badbase]
aws_account_id = 12
[profile uses-badbase]
role_arn = arn:aws:iam::123456789012:role/U
source_profile = badbase
[profile aesr]
aws_account_id = 123456789012
source_profile = nobase
[profile t1]
sso_start_url = https://d-1.awsapps.com/start
sso_account_id = 123456789012
[profile t2]
sso_session = gone
sso_account_id = 123456789012
sso_role_name = R
[profile t3]
sso_account_id = 123456789012
sso_role_name = R
[profile t4]
sso_start_url = https://evil.example/start
sso_account_id = 123456789012
sso_role_name = R
[sso-session s]
sso_start_url = https://d-2.awsapps.com/start
[profile t5]
sso_session = s
sso_start_url = https://d-3.awsapps.com/start
sso_account_id = 123456789012
sso_role_name = R
[profile c1]
role_arn = arn:aws:iam::123456789012:role/C1
source_profile = c2
[profile c2]
role_arn = arn:aws:iam::123456789012:role/C2
source_profile = c1
[profile m]
role_arn = arn:aws:iam::123456789012:role/M
source_profile = missing
credential_source = Environment
[profile cn]
role_arn = arn:aws-cn:iam::123456789012:role/Cn
source_profile = base
[profile ext]
role_arn = arn:aws:iam::123456789012:role/Ext
external_id = x
[profile img]
role_arn = arn:aws:iam::123456789012:role/Img
image = http://x/a.png
weird_key = 1
[profile dup]
role_arn = arn:aws:iam::123456789012:role/Ext
`;

export function importIssueSamples(): CoreIssue[] {
  const reading = parseSharedConfigFiles({ config: READING, credentials: '[sso-session s]\n[profile p]' });
  const taken = { ...emptyStore(), entries: [{ id: 'x', label: 'ext', account: '999999999999', roleName: 'Other', rolePath: '/', partition: 'aws' as const }] };
  const converting = previewImport(CONVERTING, taken, { catalog: [{ ...taken.entries[0]!, id: 'catalog:img', roleName: 'Img', account: '123456789012' }] });
  const bytes = decodeImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
  return [
    ...reading.errors, ...reading.warnings,
    ...parseSharedConfigFiles({ config: '#'.repeat(5 * 1024 * 1024 + 1) }).errors,
    ...('error' in bytes ? [bytes.error] : []),
    ...converting.errors, ...converting.warnings, ...converting.rows.flatMap((r) => r.reasons),
    ...previewImport('# only a comment', emptyStore()).warnings,
    ...previewImport('{"version": 1,', emptyStore()).errors,
    ...previewImport('{"name": "x"}', emptyStore()).errors,
    ...previewImport(JSON.stringify({ version: 1, entries: [{ id: 'h', label: 'a\u202eb', account: '123456789012', roleName: 'R', rolePath: '/', partition: 'aws' }] }), emptyStore()).warnings,
  ];
}
