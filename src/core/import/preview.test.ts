import { describe, expect, it } from 'vitest';
import { emptyStore, type Entry, type StoreData } from '../store/schema';
import { exportBackup } from '../export/backup';
import { previewImport, type ImportOptions } from './preview';

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const preview = (text: string, current: StoreData = emptyStore(), options: ImportOptions = {}) =>
  previewImport(text, current, { now: 1000, newId: ids(), ...options });
const store = (entries: Entry[], extra: Partial<StoreData> = {}): StoreData => ({ ...emptyStore(), entries, ...extra });
const saved = (overrides: Partial<Entry> = {}): Entry => ({
  id: 's1', label: 'My prod', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', color: 'f2b0a9', updatedAt: 5, ...overrides,
});
const rowsOf = (p: ReturnType<typeof preview>) => p.rows.map((r) => [r.status, r.kind, r.name]);

const CONFIG = `[profile prod]
role_arn = arn:aws:iam::123456789012:role/Admin
region = us-east-1
color = 83d4e8

[profile dev]
role_arn = arn:aws:iam::210987654321:role/Developer

[profile broken]
role_arn = arn:aws:iam::1:role/X

[default]
region = eu-west-1
`;

describe('previewImport', () => {
  it('says per profile what would happen: new, skipped, invalid with reasons', () => {
    const result = preview(CONFIG);
    expect(rowsOf(result)).toEqual([['new', 'role', 'prod'], ['new', 'role', 'dev'], ['invalid', 'role', 'broken'], ['skipped', 'profile', 'default']]);
    expect(result.counts).toEqual({ new: 2, changed: 0, unchanged: 0, skipped: 1, invalid: 1, removed: 0 });
    expect(result.rows[2]!.reasons.map((r) => r.code)).toContain('errAccountFormat');
    expect(result.rows[0]).toMatchObject({ file: 'config', line: 1, target: '123456789012 · Admin', entryId: 'new-1' });
    expect(result.result?.entries.map((e) => [e.id, e.label, e.updatedAt])).toEqual([['new-1', 'prod', 1000], ['new-2', 'dev', 1000]]);
  });

  it('changes nothing it is given: the current data stays as it was', () => {
    const current = store([saved()]);
    const before = JSON.stringify(current);
    preview(CONFIG, current, { mode: 'replace' });
    expect(JSON.stringify(current)).toBe(before);
  });

  it('merges by partition + account + role, keeping the user\'s label, colour, group and id; the file gives the region', () => {
    const current = store([saved({ group: 'Ops' })], { favourites: ['s1'], usage: { s1: { count: 3, lastUsed: 9 } } });
    const result = preview(CONFIG, current);
    expect(result.rows[0]).toMatchObject({
      status: 'changed', entryId: 's1',
      changes: [{ field: 'region', to: 'us-east-1' }],
      kept: [{ field: 'label', from: 'prod', to: 'My prod' }, { field: 'color', from: '83d4e8', to: 'f2b0a9' }],
    });
    expect(result.result?.entries[0]).toEqual({ ...saved({ group: 'Ops' }), region: 'us-east-1', updatedAt: 1000 });
    expect(result.result?.favourites).toEqual(['s1']);
    expect(result.result?.usage).toEqual({ s1: { count: 3, lastUsed: 9 } });
  });

  it('reports an entry that is already there as unchanged, and offers nothing to apply when all are', () => {
    const current = store([saved({ label: 'prod', color: '83d4e8', region: 'us-east-1' })]);
    const result = preview('[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nregion = us-east-1', current);
    expect(rowsOf(result)).toEqual([['unchanged', 'role', 'prod']]);
    expect(result.result).toBeUndefined();
  });

  it('does not match a role whose name differs in case, and warns about the pair', () => {
    const result = preview('[profile p]\nrole_arn = arn:aws:iam::123456789012:role/admin', store([saved()]));
    expect(result.rows[0]!.status).toBe('new');
    expect(result.rows[0]!.reasons.map((r) => r.code)).toEqual(['warnRoleCaseOnly']);
  });

  it('replaces: the list becomes the file\'s, matched entries keep their id (and favourites, usage), the rest go', () => {
    const gone = saved({ id: 's2', label: 'Old', account: '999999999999' });
    const current = store([saved(), gone], { favourites: ['s2', 's1'], usage: { s1: { count: 1, lastUsed: 1 }, s2: { count: 2, lastUsed: 2 } } });
    const result = preview(CONFIG, current, { mode: 'replace' });
    expect(rowsOf(result)).toContainEqual(['removed', 'role', 'Old']);
    expect(result.result?.entries.map((e) => [e.id, e.label, e.color])).toEqual([['s1', 'prod', '83d4e8'], ['new-1', 'dev', undefined]]);
    expect(result.result?.favourites).toEqual(['s1']);
    expect(Object.keys(result.result!.usage)).toEqual(['s1']);
  });

  it('warns when a new entry takes a label another entry has, and when the file names one role twice', () => {
    const result = preview('[profile My-prod]\nrole_arn = arn:aws:iam::123456789012:role/Other\n[profile a]\nrole_arn = arn:aws:iam::210987654321:role/R\n[profile b]\nrole_arn = arn:aws:iam::210987654321:role/R',
      store([saved({ label: 'My-prod' })]));
    expect(result.rows.map((r) => r.reasons.map((i) => i.code))).toEqual([['warnImportLabelTaken'], [], ['warnImportDuplicateRole']]);
  });

  it('skips a profile for a role the organisation\'s catalog already offers, in either mode', () => {
    const catalog = [saved({ id: 'catalog:1', label: 'Company prod', managed: true })];
    for (const mode of ['merge', 'replace'] as const) {
      const result = preview(CONFIG, emptyStore(), { catalog, mode });
      const prod = result.rows.find((r) => r.name === 'prod')!;
      expect(prod).toMatchObject({ status: 'skipped', reasons: [{ code: 'warnImportInCatalog', params: ['prod', 'Company prod'] }] });
      expect(prod.entryId).toBeUndefined();
      expect(result.result?.entries.map((e) => e.label)).toEqual(['dev']);
    }
  });

  it('updates (and on replace keeps) the user\'s own entry for a role the catalog also offers', () => {
    const catalog = [saved({ id: 'catalog:1', label: 'Company prod', managed: true })];
    const current = store([saved()], { favourites: ['s1'], usage: { s1: { count: 2, lastUsed: 3 } } });
    for (const mode of ['merge', 'replace'] as const) {
      const result = preview(CONFIG, current, { catalog, mode });
      expect(result.rows.find((r) => r.name === 'prod')).toMatchObject({ status: 'changed', reasons: [], entryId: 's1' });
      expect(result.result?.entries.map((e) => [e.id, e.region])).toEqual([['s1', 'us-east-1'], ['new-1', undefined]]);
      expect(result.result?.favourites).toEqual(['s1']);
    }
  });

  it('shows base accounts as their own rows and merges them by name', () => {
    const text = '[profile login]\naws_account_id = 111122223333\n[profile t]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = login';
    const first = preview(text);
    expect(rowsOf(first)).toEqual([['new', 'base', 'login'], ['new', 'role', 't']]);
    expect(first.result?.bases).toEqual([{ name: 'login', account: '111122223333', partition: 'aws' }]);
    const again = preview(text.replace('111122223333', '444455556666'), first.result);
    expect(again.rows[0]).toMatchObject({ status: 'changed', changes: [{ field: 'account', from: '111122223333', to: '444455556666' }] });
  });

  it('counts a base account as a base, not as a new role: the counts are what the import saves', () => {
    const text = '[profile login]\nsso_session = s\nsso_account_id = 111122223333\nsso_role_name = Eng\n[sso-session s]\nsso_start_url = https://d-1234567890.awsapps.com/start\nsso_region = us-east-1\n'
      + '[profile t]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = login';
    const result = preview(text);
    expect(rowsOf(result)).toEqual([['new', 'sso', 'login'], ['new', 'base', 'login'], ['new', 'role', 't']]);
    expect(result.counts.new).toBe(result.result!.entries.length);
    expect(result.counts).toMatchObject({ new: 2 });
    expect(result.baseCounts).toMatchObject({ new: 1 });
  });

  it('shows per row the region, colour and base it will save (the user\'s colour when merging), and a base\'s alias', () => {
    const text = `[organization]\naws_account_id = 111122223333\naws_account_alias = acme-login\ntarget_region = eu-west-1
[Prod]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = organization\ncolor = #83D4E8\n[Dev]\nrole_arn = arn:aws:iam::210987654321:role/Dev\nregion = ap-northeast-1`;
    const result = preview(text, store([saved({ label: 'Prod', color: 'f2b0a9' })]));
    const byName = (name: string, kind = 'role') => result.rows.find((r) => r.name === name && r.kind === kind);
    expect(byName('Prod')).toMatchObject({ status: 'changed', region: 'eu-west-1', color: 'f2b0a9', base: 'organization (acme-login)' });
    expect(byName('Dev')).toMatchObject({ status: 'new', region: 'ap-northeast-1' });
    expect([byName('Dev')?.base, byName('Dev')?.color]).toEqual([undefined, undefined]);
    expect(byName('organization', 'base')).toMatchObject({ status: 'new', alias: 'acme-login', target: '111122223333' });
    expect(result.result?.bases).toEqual([{ name: 'organization', account: '111122223333', alias: 'acme-login', partition: 'aws', targetRegion: 'eu-west-1' }]);
  });

  it('says when a base\'s alias changes, and leaves out one that is not an alias', () => {
    const text = '[login]\naws_account_id = 111122223333\naws_account_alias = old-name\n[t]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = login';
    const first = preview(text);
    const again = preview(text.replace('old-name', 'new-name'), first.result);
    expect(again.rows.find((r) => r.kind === 'base')).toMatchObject({ status: 'changed', changes: [{ field: 'alias', from: 'old-name', to: 'new-name' }] });
    const bad = preview(text.replace('old-name', 'Not An Alias'));
    expect(bad.result?.bases[0]?.alias).toBeUndefined();
    expect(bad.rows.find((r) => r.kind === 'base')?.reasons.map((r) => r.code)).toContain('warnImportBaseAliasIgnored');
  });

  it('reads an AESR config pasted as is, and says why it was read that way', () => {
    const result = preview('[Marketing]\naws_account_id = 123456789012\nrole_name = Admin');
    expect(result.format).toBe('aesr');
    expect(result.dialect).toEqual({ dialect: 'aesr', detected: true, evidence: 'keys', line: 2, header: '[Marketing]', key: 'aws_account_id' });
    expect(rowsOf(result)).toEqual([['new', 'role', 'Marketing']]);
  });

  it('reads a real ~/.aws/config with the CLI\'s own and stray sections as one: exactly its roles, the stray section named', () => {
    const text = `[plugins]\ncli_legacy_plugin_path = /opt/plugins\nmyplugin = awscli_myplugin\n[preview]\ncloudfront = true
[services local]\ns3 =\n  endpoint_url = http://localhost:4566\n[sso-session acme]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = eu-west-1
[stray]\nregion = us-east-1\noutput = json\n[profile a]\nrole_arn = arn:aws:iam::123456789012:role/A\nservices = local\n`;
    const result = preview(text);
    expect(result.dialect).toEqual({ dialect: 'aws', detected: true });
    expect(rowsOf(result)).toEqual([['new', 'role', 'a']]);
    expect(result.warnings.map((w) => [w.code, w.line, w.params])).toEqual([['warnIniSectionIgnored', 12, ['stray']]]);
  });

  it('reads a CSS-style colour added to a ~/.aws/config, which the SDK rule would take for a comment', () => {
    expect(preview('[profile a]\nrole_arn = arn:aws:iam::123456789012:role/R\ncolor = #F2B0A9').result?.entries[0]?.color).toBe('f2b0a9');
  });

  it('follows an explicit choice of reading', () => {
    expect(preview('[Marketing]\naws_account_id = 123456789012\nrole_name = Admin', emptyStore(), { dialect: 'aws' }).rows).toEqual([]);
  });

  it('reads the credentials file along with the config, never keeping its secrets', () => {
    const result = preview('[profile t]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = keys', emptyStore(), {
      credentials: '[keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws_account_id = 111122223333',
    });
    expect(result.result?.bases).toEqual([{ name: 'keys', account: '111122223333', partition: 'aws' }]);
    expect(JSON.stringify(result)).not.toMatch(/AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/);
  });

  it('says when nothing could be found', () => {
    expect(preview('just some text\n').warnings.concat(preview('# only a comment').warnings).map((w) => w.code)).toEqual(['warnImportNothingFound']);
  });
});

describe('previewImport: JSON backups', () => {
  const backup = store([saved(), saved({ id: 's2', label: 'Dev', roleName: 'Dev', group: 'G' })], {
    bases: [{ name: 'corp', account: '111122223333', partition: 'aws' }],
    favourites: ['s2'], usage: { s2: { count: 4, lastUsed: 7 } }, groups: { G: { collapsed: true } },
    settings: { ...emptyStore().settings, theme: 'dark', hideAccountIds: true },
  });

  it('keeps a base account\'s alias, and shows each entry\'s region, colour and base', () => {
    const withAlias = { ...backup, bases: [{ name: 'corp', account: '111122223333', alias: 'corp-login', partition: 'aws' as const }],
      entries: [saved({ region: 'eu-west-1', base: 'corp' })] };
    const result = preview(exportBackup(withAlias));
    expect(result.result?.bases).toEqual(withAlias.bases);
    expect(result.rows[0]).toMatchObject({ region: 'eu-west-1', color: 'f2b0a9', base: 'corp (corp-login)' });
    expect(result.rows[1]).toMatchObject({ kind: 'base', alias: 'corp-login' });
    expect([result.counts.new, result.baseCounts.new]).toEqual([1, 1]);
  });

  it('restores everything exactly: entries, bases, favourites, usage, groups, settings', () => {
    const result = preview(exportBackup(backup), store([saved({ id: 'x', label: 'Gone' })]));
    expect(result.format).toBe('backup');
    expect(result.mode).toBe('replace');
    expect(result.result).toEqual(backup);
    expect(rowsOf(result)).toEqual([['new', 'role', 'My prod'], ['new', 'role', 'Dev'], ['removed', 'role', 'Gone'], ['new', 'base', 'corp']]);
  });

  it('checks a backup like stored data: an invalid entry is reported and kept aside, a newer one refused', () => {
    const damaged = JSON.parse(exportBackup(backup)) as { entries: unknown[] };
    damaged.entries.push({ id: 'bad', label: 'Bad', account: '12', roleName: 'R' });
    const result = preview(JSON.stringify(damaged));
    expect(result.errors.map((e) => e.code)).toEqual(['errStoredEntryInvalid']);
    expect(result.result?.unreadable).toHaveLength(1);
    const newer = preview(JSON.stringify({ version: 99, entries: [] }));
    expect(newer.errors.map((e) => e.code)).toEqual(['errStoreNewer']);
    expect(newer.result).toBeUndefined();
  });

  it('refuses JSON that is broken or is not a backup', () => {
    expect(preview('{"version": 1, ').errors.map((e) => e.code)).toEqual(['errImportJsonInvalid']);
    expect(preview('{"name": "x"}').errors.map((e) => e.code)).toEqual(['errImportNotBackup']);
  });
});
