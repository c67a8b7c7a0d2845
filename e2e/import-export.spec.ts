/// <reference types="chrome" />
// Bringing roles in and taking them out, as a user does it on the options page: paste or pick a
// ~/.aws/config, drop an AWS Extend Switch Roles file, look at the preview, import, undo, export
// and import the export again.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Entry, StoreData } from '../src/core/store/schema';
import { expect, seedStore, storedData, test } from './fixtures';
import { expectSampleConfigImported } from './story-checks';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
// The config as a Windows editor saves it.
const AWS_CONFIG = fixture('aws-config').replace(/\n/g, '\r\n');
const AESR_CONFIG = fixture('aesr-config');
// A real one: [plugins], [preview], [services x], [sso-session x] and a stray bare section.
const REAL_CONFIG = fixture('aws-config-real');

const saved: Entry = {
  id: 'mine1', label: 'Production', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', color: 'fbc8aa', group: 'Prod',
};

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByTestId('import').waitFor();
  return options;
}

const row = (options: Page, name: string) => options.locator(`[data-testid="import-table"] tr[data-name="${name}"]`);
const status = (options: Page) => options.getByTestId('import-status');
/** What the user owns of the saved data (the store keeps change times and deletion records itself;
 *  a freshly seeded list has not been through the store yet, so empty parts may be missing). */
const userView = (data: StoreData) => ({
  entries: data.entries.map(({ updatedAt: _t, ...e }) => e), bases: data.bases ?? [], favourites: data.favourites ?? [],
  usage: data.usage ?? {}, groups: data.groups ?? {}, settings: data.settings,
});

async function download(options: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function pickFiles(options: Page, files: Array<{ name: string; text: string | Buffer }>) {
  await options.getByLabel(/choose files/i).setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
}

test('a pasted ~/.aws/config is previewed, merged, undone, exported and imported back to the same entries', async ({ context, worker, extensionId }) => {
  await seedStore(worker, { entries: [saved], favourites: ['mine1'], usage: { mine1: { count: 3, lastUsed: 1_700_000_000_000 } } });
  const before = await storedData(worker);
  const options = await openOptions(context, extensionId);

  await options.getByLabel('Paste a configuration').fill(AWS_CONFIG);
  await options.getByRole('button', { name: 'Preview' }).click();
  const preview = options.getByTestId('import-preview');
  await expect(options.getByTestId('import-format')).toContainText('Read as an AWS CLI configuration (~/.aws/config): nothing in it is written the way only AWS Extend Switch Roles reads it');
  await expect(row(options, 'prod-admin')).toHaveAttribute('data-status', 'changed');
  await expect(row(options, 'prod-admin')).toContainText('region: — → us-east-1');
  await expect(row(options, 'prod-admin')).toContainText('label: yours (Production) is kept; the file says prod-admin');
  await expect(row(options, 'prod-admin')).toContainText('base account: — → acme-login');
  await expect(row(options, 'default')).toHaveAttribute('data-status', 'skipped');
  await expect(row(options, 'default')).toContainText('names no role to switch to');
  await expect(row(options, 'ci-deployer')).toContainText('needs an External ID');
  await expect(row(options, 'dev-power')).toContainText('Identity Center');
  await expect(row(options, 'gov')).toContainText('777788889999 · GovAdmin');
  await expect(options.locator('tr[data-name="acme-login"]')).toHaveCount(2); // an Identity Center entry and the base account
  await expect(options.getByTestId('count-new')).toHaveText('New 5'); // the base account is counted apart
  await expect(options.getByTestId('count-bases')).toHaveText('Base accounts 1');
  await expect(options.getByTestId('count-changed')).toHaveText('Changed 1');
  await expect(options.getByTestId('count-skipped')).toHaveText('Skipped 1');
  expect(await storedData(worker)).toEqual(before); // nothing changes before the user confirms

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toHaveText('Imported: 5 new, 1 changed, 0 removed.');
  expectSampleConfigImported(await storedData(worker));

  // Undo puts back exactly the list from before.
  await options.getByRole('button', { name: 'Undo import' }).click();
  await expect(status(options)).toHaveText('The import was undone: the list is as it was before.');
  expect(userView(await storedData(worker))).toEqual({ ...userView(before), settings: (await storedData(worker)).settings });

  // Import again, then export and import the export: everything is already there.
  await options.getByRole('button', { name: 'Preview' }).click();
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toContainText('Imported: 5 new');
  const exported = await download(options, 'Download as ~/.aws/config');
  expect(exported.name).toBe('switchyard-aws-config.ini');
  expect(exported.text).toContain('[profile Production]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = acme-login\nregion = us-east-1\ncolor = fbc8aa');
  await pickFiles(options, [{ name: exported.name, text: exported.text }]);
  await expect(options.getByTestId('import-preview')).toContainText('Everything in this file is already saved');
  await expect(options.getByTestId('count-unchanged')).toHaveText('Unchanged 6'); // six entries (and the base account, counted apart)
  await expect(options.getByTestId('count-bases')).toHaveText('Base accounts 1');

  // Into an empty list, the export imports to the same entries.
  const full = await storedData(worker);
  await seedStore(worker, {});
  await pickFiles(options, [{ name: exported.name, text: exported.text }]);
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toHaveText('Imported: 6 new, 0 changed, 0 removed.');
  const strip = (entries: Entry[]) => entries.map(({ id: _i, updatedAt: _t, ...e }) => e).sort((a, b) => a.label.localeCompare(b.label));
  const again = await storedData(worker);
  expect(strip(again.entries)).toEqual(strip(full.entries));
  expect(again.bases).toEqual(full.bases);
});

test('a real ~/.aws/config with the CLI\'s own sections and a stray one imports exactly its roles; the preview shows what it saves', async ({ context, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.getByLabel('Paste a configuration').fill(REAL_CONFIG);
  await options.getByRole('button', { name: 'Preview' }).click();
  await expect(options.getByTestId('import-format')).toContainText('Read as an AWS CLI configuration (~/.aws/config)');
  // The stray section is ignored as the SDKs ignore it, and named; the CLI's own sections pass silently.
  const warnings = options.getByTestId('import-warnings');
  await expect(warnings).toContainText('config, line 26');
  await expect(warnings).toContainText('[stray] was ignored');
  await expect(warnings.locator('li')).toHaveCount(1);
  await expect(options.locator('[data-testid="import-table"] tbody tr')).toHaveCount(6);
  for (const name of ['plugins', 'preview', 'stray', 'localstack', 'corp']) await expect(row(options, name)).toHaveCount(0);

  // Each row shows the region, colour (swatch and hex) and base it will save.
  const admin = row(options, 'platform-admin');
  await expect(admin).toContainText('123456789012 · teams/platform/Admin');
  await expect(admin.getByTestId('row-region')).toHaveText('us-east-1');
  await expect(admin.getByTestId('row-color')).toHaveText('#83d4e8');
  await expect(admin.locator('.swatch')).toHaveCSS('background-color', 'rgb(131, 212, 232)');
  await expect(admin.getByTestId('row-base')).toHaveText('corp-login (corp-main)');
  await expect(row(options, 'billing').getByTestId('row-color')).toHaveText('#f2b0a9');
  await expect(row(options, 'billing').getByTestId('row-region')).toHaveText('console default');
  await expect(options.locator('tr[data-name="corp-login"][data-status="new"]')).toHaveCount(2); // the Identity Center entry, and the base
  await expect(options.locator('tr[data-name="corp-login"]').getByTestId('row-alias')).toHaveText(/\(corp-main\)/);

  // The counts are what is saved: three roles, one base account apart.
  await expect(options.getByTestId('count-new')).toHaveText('New 3');
  await expect(options.getByTestId('count-bases')).toHaveText('Base accounts 1');
  await expect(options.getByTestId('count-skipped')).toHaveText('Skipped 2'); // [default] and local name no role
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toHaveText('Imported: 3 new, 0 changed, 0 removed.');
  const imported = await storedData(worker);
  expect(imported.entries.map((e) => e.label)).toEqual(['corp-login', 'platform-admin', 'billing']);
  expect(imported.entries.find((e) => e.label === 'platform-admin')).toMatchObject({ rolePath: '/teams/platform/', roleName: 'Admin', region: 'us-east-1', color: '83d4e8', base: 'corp-login' });
  expect(imported.bases).toEqual([{ name: 'corp-login', account: '111122223333', alias: 'corp-main', partition: 'aws', roleName: 'Engineer' }]);

  // The alias survives the JSON backup.
  const backup = await download(options, 'Download a JSON backup');
  expect((JSON.parse(backup.text) as StoreData).bases).toEqual(imported.bases);
  await seedStore(worker, {});
  await pickFiles(options, [{ name: backup.name, text: backup.text }]);
  await expect(options.locator('tr[data-name="corp-login"]').getByTestId('row-alias')).toHaveText(/\(corp-main\)/);
  await expect(row(options, 'platform-admin').getByTestId('row-base')).toHaveText('corp-login (corp-main)');
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect.poll(async () => (await storedData(worker)).bases).toEqual(imported.bases);
});

test('undo says what a later change would lose, and only then puts the list back', async ({ context, worker, extensionId }) => {
  await seedStore(worker, { entries: [saved] });
  const options = await openOptions(context, extensionId);
  await options.getByLabel('Paste a configuration').fill(AWS_CONFIG);
  await options.getByRole('button', { name: 'Preview' }).click();
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toContainText('Imported: 5 new, 1 changed');

  // Later, the user changes a setting and favourites an imported role.
  await options.getByRole('checkbox', { name: /Hide account IDs/ }).check();
  await expect.poll(async () => (await storedData(worker)).settings.hideAccountIds).toBe(true);
  const imported = await storedData(worker);
  await worker.evaluate(async (id) => {
    const { store } = await chrome.storage.local.get('store');
    await chrome.storage.local.set({ store: { ...(store as object), favourites: [id] } });
  }, imported.entries[1]!.id);

  await options.getByRole('button', { name: 'Undo import' }).click();
  const warning = options.getByTestId('import-undo').getByRole('alert');
  await expect(warning).toHaveText(/Since the import, the list changed \(favourites, settings\)\. Undoing puts back the list from before the import/);
  await warning.getByRole('button', { name: 'Keep the list as it is' }).click();
  expect((await storedData(worker)).entries).toHaveLength(6);

  await options.getByRole('button', { name: 'Undo import' }).click();
  await options.getByRole('button', { name: 'Undo anyway' }).click();
  await expect(status(options)).toHaveText('The import was undone: the list is as it was before.');
  const after = await storedData(worker);
  expect(after.entries.map(({ updatedAt: _t, ...e }) => e)).toEqual([saved]);
  expect(after.favourites).toEqual([]);
  await expect(options.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
});

test('an import onto a list that changed meanwhile is refused and previewed again; undo survives a reload', async ({ context, worker, extensionId }) => {
  await seedStore(worker, { entries: [saved] });
  const options = await openOptions(context, extensionId);
  await options.getByLabel('Paste a configuration').fill('[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nregion = eu-west-1');
  await options.getByRole('button', { name: 'Preview' }).click();
  await expect(row(options, 'prod')).toHaveAttribute('data-status', 'changed');

  // Another window deletes the saved entry while the preview is open.
  await seedStore(worker, { entries: [] });
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toContainText('The saved list changed while the preview was open, so nothing was imported.');
  await expect(row(options, 'prod')).toHaveAttribute('data-status', 'new');
  expect((await storedData(worker)).entries).toEqual([]);

  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toHaveText('Imported: 1 new, 0 changed, 0 removed.');
  await options.reload();
  await options.getByRole('button', { name: 'Undo import' }).click();
  await expect(status(options)).toHaveText('The import was undone: the list is as it was before.');
  expect((await storedData(worker)).entries).toEqual([]);
});

test('an AESR configuration dropped on the page imports unchanged, values with = # ; intact, and exports back', async ({ context, extensionId, worker }) => {
  const options = await openOptions(context, extensionId);
  const drop = await options.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'aesr.ini', { type: 'text/plain' }));
    return data;
  }, AESR_CONFIG);
  await options.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer: drop });

  await expect(options.getByTestId('import-format')).toHaveText('Read as an AWS Extend Switch Roles configuration: line 3 gives aws_account_id '
    + 'in the section [organization], which ~/.aws/config would ignore (there a profile is written [profile NAME]).');
  await expect(row(options, 'organization')).toContainText('Base account');
  await expect(row(options, 'organization')).toContainText('111122223333 (acme-login)');
  await expect(row(options, 'Marketing read-only')).toHaveAttribute('data-status', 'new');
  await expect(row(options, 'Sandbox')).toContainText('210987654321 · Developer');
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toHaveText('Imported: 4 new, 0 changed, 0 removed.')

  const data = await storedData(worker);
  expect(data.entries.find((e) => e.label === 'Marketing read-only')).toMatchObject({
    account: '012345678901', roleName: 'Auditor', color: '83d4e8', base: 'organization',
    image: 'https://img.example.com/logos/marketing.png?size=64&v=2#top',
  });
  expect(data.entries.find((e) => e.label === 'Sandbox')).toMatchObject({ roleName: 'Developer', region: 'ap-northeast-1' });
  expect(data.bases).toEqual([{ name: 'organization', account: '111122223333', alias: 'acme-login', partition: 'aws', targetRoleName: 'Developer' }]);

  const exported = await download(options, 'Download for AWS Extend Switch Roles');
  expect(exported.text).toContain('[Marketing read-only]\nrole_arn = arn:aws:iam::012345678901:role/Auditor\nsource_profile = organization\ncolor = 83d4e8');
  await pickFiles(options, [{ name: exported.name, text: exported.text }]);
  await expect(options.getByTestId('import-preview')).toContainText('Everything in this file is already saved');
});

test('a JSON backup restores favourites, colours, groups, usage and settings exactly', async ({ context, extensionId, worker }) => {
  await seedStore(worker, {
    entries: [saved, { ...saved, id: 'mine2', label: 'Dev', roleName: 'Dev', color: '83d4e8', group: 'Dev' }],
    favourites: ['mine2', 'mine1'], usage: { mine2: { count: 9, lastUsed: 1_700_000_000_000 } }, groups: { Dev: { collapsed: true } },
    settings: { hideAccountIds: true, theme: 'dark', unreachable: 'hide', storageArea: 'local', badge: false },
  });
  const options = await openOptions(context, extensionId);
  const backup = await download(options, 'Download a JSON backup');
  expect(backup.name).toMatch(/^switchyard-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const original = JSON.parse(backup.text) as StoreData;
  expect(original.entries.map((e) => e.label)).toEqual(['Production', 'Dev']);

  await seedStore(worker, { entries: [{ ...saved, id: 'other', label: 'Someone else' }] });
  await pickFiles(options, [{ name: backup.name, text: backup.text }]);
  await expect(options.getByTestId('import-format')).toContainText('A Switchyard backup');
  await expect(row(options, 'Someone else')).toHaveAttribute('data-status', 'removed');
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toContainText('Imported: 2 new');
  expect(userView(await storedData(worker))).toEqual(userView(original));
});

test('bad input gets its own message and leaves the saved list as it was', async ({ context, extensionId, worker }) => {
  await seedStore(worker, { entries: [saved] });
  const before = await storedData(worker);
  const options = await openOptions(context, extensionId);

  await pickFiles(options, [{ name: 'config.zip', text: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]) }]);
  await expect(status(options)).toContainText('This is not a text file.');
  const huge = test.info().outputPath('huge-config');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x23));
  await options.getByLabel(/choose files/i).setInputFiles(huge);
  await expect(status(options)).toContainText('This is 50.0 MB; Switchyard reads files of up to 5 MB.');

  await options.getByLabel('Paste a configuration').fill('region = us-east-1\n[profile a]\nrole_arn = arn:aws:iam::12:role/X\n[profile b]\nrole_arn = arn:aws:iam::123456789012:role/B\nsource_profile = b\n[profile c\nkey');
  await options.getByRole('button', { name: 'Preview' }).click();
  await expect(options.getByTestId('import-errors')).toContainText('config, line 1: This setting comes before any section.');
  await expect(options.getByTestId('import-errors')).toContainText('config, line 7: A section line must end with “]”');
  await expect(row(options, 'a')).toHaveAttribute('data-status', 'invalid');
  await expect(row(options, 'a')).toContainText('Account ID must be exactly 12 digits');
  await expect(row(options, 'b')).toContainText('source_profile goes round in a circle (b → b)');
  await expect(options.getByTestId('import-preview').getByRole('button', { name: 'Import' })).toHaveCount(0);
  await options.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedData(worker)).toEqual(before);
});

test('secrets in a pasted credentials file are never stored or shown', async ({ context, extensionId, worker }) => {
  const options = await openOptions(context, extensionId);
  await pickFiles(options, [
    // A key pasted as a colour, and a credential_process that carries a token: read past too.
    { name: 'config', text: '[profile t]\nrole_arn = arn:aws:iam::123456789012:role/T\nsource_profile = keys\ncolor = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n[profile keys]\ncredential_process = /usr/local/bin/creds --token wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    { name: 'credentials', text: '[keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws_account_id = 444455556666' },
  ]);
  await expect(options.getByTestId('import-warnings')).toContainText('3 secret values (access keys, session tokens, credential_process commands) were skipped');
  await expect(options.getByTestId('import-warnings')).toContainText('config, line 4: The value of “color” looks like a credential');
  await expect(row(options, 'keys')).toContainText('444455556666');
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(status(options)).toContainText('Imported: 1 new');
  const everything = JSON.stringify([await worker.evaluate(() => chrome.storage.local.get(null)), await worker.evaluate(() => chrome.storage.session.get(null))]);
  expect(everything).not.toMatch(/AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/);
  expect(await options.content()).not.toMatch(/AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/);
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

for (const scheme of ['light', 'dark'] as const) {
  test(`the preview, with errors and warnings, passes the axe check (${scheme})`, async ({ context, extensionId }) => {
    const options = await openOptions(context, extensionId);
    await options.emulateMedia({ colorScheme: scheme });
    await options.getByLabel('Paste a configuration').fill(`${AWS_CONFIG}\r\nstray line\r\n[profile bad]\r\nrole_arn = nope`);
    await options.getByRole('button', { name: 'Preview' }).click();
    await expect(options.getByTestId('import-errors')).toBeVisible();
    await options.evaluate(axeSource);
    const violations = await options.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
}
