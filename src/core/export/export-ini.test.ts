import { describe, expect, it } from 'vitest';
import { emptyStore, type BaseAccount, type Entry, type StoreData } from '../store/schema';
import { exportAesrConfig, exportAwsConfig } from './export-ini';
import { previewImport } from '../import/preview';
import { parseSharedConfigFiles } from '../import/shared-config';

const entry = (id: string, overrides: Partial<Entry>): Entry =>
  ({ id, label: id, account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', ...overrides });

const SSO = { startUrl: 'https://d-1234567890.awsapps.com/start', accountId: '111122223333', permissionSet: 'Engineer' };
const data: StoreData = {
  ...emptyStore(),
  entries: [
    entry('prod', { label: 'Prod admin (EU) #1; main', rolePath: '/ops/', region: 'eu-west-1', color: 'f2b0a9', displayName: 'Prod; EU', group: 'Prod %', production: true, base: 'login', updatedAt: 4 }),
    entry('alias', { label: 'alias', account: 'my-org-prod', roleName: 'ReadOnly', partition: 'aws-cn', base: 'cn-base' }),
    entry('gov', { label: 'gov', partition: 'aws-us-gov', region: 'us-gov-west-1', image: 'https://img.example/a.png?x=1#y' }),
    entry('ci', { label: 'ci', consoleSwitchable: false, base: 'unknown base' }),
    entry('login', { label: 'login', account: '111122223333', roleName: 'Engineer', sso: SSO, region: 'us-east-1' }),
    entry('cnsso', { label: 'cn sso', account: '555566667777', roleName: 'Ops', partition: 'aws-cn', sso: { startUrl: 'https://x.awsapps.cn/start', accountId: '555566667777', permissionSet: 'Ops' } }),
    entry('noregion', { label: 'noregion', roleName: 'Other', base: 'targets' }),
  ],
  bases: [
    { name: 'login', account: '111122223333', alias: 'acme-login', partition: 'aws', roleName: 'Engineer' },
    { name: 'cn-base', account: '444455556666', partition: 'aws-cn' },
    { name: 'targets', account: '888899990000', alias: 'corp-targets', partition: 'aws', targetRoleName: 'Dev', targetRegion: 'ap-northeast-1' },
    { name: 'orphan base', account: 'corp-login', partition: 'aws-us-gov', roleName: 'Auditor' },
  ],
};

const strip = (entries: readonly Entry[]) =>
  entries.map(({ id: _id, updatedAt: _u, ...rest }) => rest).sort((a, b) => a.label.localeCompare(b.label));
const sortBases = (bases: readonly BaseAccount[]) => [...bases].sort((a, b) => a.name.localeCompare(b.name));

describe('exportAwsConfig', () => {
  const text = exportAwsConfig(data);

  it('re-imports to the same entries and base accounts', () => {
    const back = previewImport(text, emptyStore(), { now: 1 });
    expect(back.errors).toEqual([]);
    expect(strip(back.result!.entries)).toEqual(strip(data.entries));
    expect(sortBases(back.result!.bases)).toEqual(sortBases(data.bases));
  });

  it('re-imported into the same list, changes nothing', () => {
    const back = previewImport(text, data);
    expect(back.rows.filter((r) => r.status !== 'unchanged' && r.status !== 'skipped')).toEqual([]);
    expect(back.result).toBeUndefined();
  });

  it('is a config the AWS CLI reads: valid profile names, one sso-session per portal, no credentials', () => {
    const parsed = parseSharedConfigFiles({ config: text });
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(Object.keys(parsed.ssoSessions)).toEqual(['d-1234567890', 'x']);
    expect(parsed.profiles.login).toMatchObject({ sso_session: 'd-1234567890', sso_account_id: '111122223333', sso_role_name: 'Engineer' });
    expect(parsed.profiles['Prod-admin-EU-1-main']).toMatchObject({ role_arn: 'arn:aws:iam::123456789012:role/ops/Admin', source_profile: 'login' });
    expect(text).not.toMatch(/aws_secret|aws_access|token/i);
  });

  it('writes nothing but a header for an empty list', () => {
    expect(previewImport(exportAwsConfig(emptyStore()), emptyStore()).rows).toEqual([]);
  });
});

describe('exportAesrConfig', () => {
  const text = exportAesrConfig(data);

  it('writes AESR sections: [label], role_arn or aws_account_id + role_name, base accounts with their keys', () => {
    expect(text).toContain('[gov]\nrole_arn = arn:aws-us-gov:iam::123456789012:role/Admin\nregion = us-gov-west-1');
    expect(text).toContain('[targets]\naws_account_id = 888899990000\naws_account_alias = corp-targets\ntarget_role_name = Dev\ntarget_region = ap-northeast-1');
    expect(text).toContain('[Prod admin (EU) 1 main]');
  });

  it('lists Identity Center entries as comments, which AESR cannot open', () => {
    expect(text).toContain('#   login: 111122223333 Engineer (https://d-1234567890.awsapps.com/start)');
  });

  it('re-imports (as AESR) to the same roles and bases, except what AESR cannot hold', () => {
    const back = previewImport(text, emptyStore(), { now: 1 });
    expect(back.format).toBe('aesr');
    const expected = data.entries.filter((e) => !e.sso).map((e) => {
      const { displayName: _d, group: _g, production: _p, consoleSwitchable: _c, ...kept } = e;
      return e.label.startsWith('Prod') ? { ...kept, label: 'Prod admin (EU) 1 main' } : kept;
    });
    expect(strip(back.result!.entries)).toEqual(strip(expected));
    expect(sortBases(back.result!.bases).map((b) => b.name)).toEqual(['cn-base', 'login', 'orphan base', 'targets']);
    expect(sortBases(back.result!.bases).map((b) => b.alias)).toEqual([undefined, 'acme-login', undefined, 'corp-targets']);
  });
});
