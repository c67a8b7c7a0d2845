/// <reference types="chrome" />
// Storage as a user meets it: the list follows every open window, moves to sync storage and
// shows the space it takes there, is refused whole (old data kept) when too big, and the
// organisation's catalog arrives by policy, read-only.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TEST_POLICY_KEY } from '../src/core/store/storage-keys';
import { generateEntries } from '../src/core/testing/generate-entries';
import { E2E_EXTENSION_DIR, expect, openPopup, profile, seedStore, storedData, test } from './fixtures';
import { chromiumPolicySkip, withChromiumPolicy } from './chromium-policy';

const payments = profile({ label: 'Payments prod', account: '123456789012', roleName: 'Admin' });
const policy = {
  catalogName: 'Example Corp',
  catalog: [
    { id: 'audit-ro', label: 'Org audit (read-only)', account: '111122223333', roleName: 'OrgAuditor', group: 'Security' },
    { id: 'breakglass', label: 'Org break-glass', account: '444455556666', roleName: 'BreakGlass', production: true },
  ],
};

async function openOptions(context: BrowserContext, worker: Worker): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/src/options/index.html`);
  await options.getByTestId('storage').waitFor();
  return options;
}

const syncItems = (worker: Worker) => worker.evaluate(() => chrome.storage.sync.get(null));

test('a change in the options page appears in an open popup without reload, in sync mode too', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [payments] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  const row = popup.getByRole('option', { name: /Payments prod/ });
  await expect(row).toContainText('123456789012');

  const options = await openOptions(context, worker);
  await options.getByRole('radio', { name: 'Synced to your other browsers' }).click();
  await expect(options.getByTestId('storage-status')).toHaveText('Your list is now synced.');
  expect(Object.keys(await syncItems(worker))).toContain('list');

  await options.getByRole('checkbox', { name: /Hide account IDs/ }).check();
  await expect(row).toContainText('9012');
  await expect(row).not.toContainText('123456789012');
  expect((await storedData(worker)).settings).toMatchObject({ hideAccountIds: true, storageArea: 'sync' });
});

test('5,000 roles move to sync storage, and the options page shows the space they take', async ({ context, worker }) => {
  await seedStore(worker, { entries: generateEntries(5000, 42) });
  const options = await openOptions(context, worker);
  await expect(options.getByTestId('sync-needs')).toContainText('Roles in your list: 5000. In sync storage they need about');
  await options.getByRole('radio', { name: 'Synced to your other browsers' }).click();
  await expect(options.getByTestId('storage-status')).toHaveText('Your list is now synced.', { timeout: 15_000 });
  // The figure is what the browser itself counts.
  const bytes = await worker.evaluate(() => chrome.storage.sync.getBytesInUse(null));
  const items = Object.keys(await syncItems(worker)).length;
  await expect(options.getByTestId('sync-usage')).toContainText(
    `Sync storage used: ${(bytes / 1024).toFixed(1)} KB of 100.0 KB (${Math.round(bytes / 1024)}%), ${items} of 512 items`,
  );
  expect(bytes).toBeGreaterThan(50_000);
  expect(bytes).toBeLessThanOrEqual(102_400);
  await expect(options.getByRole('radio', { name: 'Synced to your other browsers' })).toBeChecked();
});

test('a list too big for sync is refused before anything is saved, and the old data stays in both areas', async ({ context, worker }) => {
  await seedStore(worker, { entries: [payments] });
  const options = await openOptions(context, worker);
  const syncRadio = options.getByRole('radio', { name: 'Synced to your other browsers' });
  const localRadio = options.getByRole('radio', { name: 'On this browser only' });
  // A small list in sync first (what the user's other browsers hold), then back to local.
  await syncRadio.click();
  await expect(options.getByTestId('storage-status')).toHaveText('Your list is now synced.');
  await localRadio.click();
  await expect(options.getByTestId('storage-status')).toContainText('kept on this browser only');
  const syncBefore = await syncItems(worker);

  await seedStore(worker, { entries: generateEntries(9000, 7) });
  await expect(options.getByTestId('sync-too-big')).toBeVisible({ timeout: 15_000 });
  const localBefore = await storedData(worker);
  await syncRadio.click();
  await expect(options.getByTestId('storage-status')).toContainText(/Your list was not moved, and nothing was changed\. The list needs \d+\.\d KB of sync storage, but only \d+\.\d KB are free there/, { timeout: 15_000 });
  await expect(localRadio).toBeChecked();
  expect(await syncItems(worker)).toEqual(syncBefore);
  const localAfter = await storedData(worker);
  expect(localAfter.entries).toHaveLength(9000);
  expect(localAfter).toEqual(localBefore);
});

test.describe('with the test policy area (the e2e build flavour)', () => {
  // The test-only policy area exists in the e2e flavour only: the shipped build has no such hook.
  test.use({ extensionDir: E2E_EXTENSION_DIR });
  test('the organisation’s catalog is shown read-only; a bad policy is reported and ignored (test policy area)', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [payments] });
    // The same code path as storage.managed, fed from the test-only session key (see storage-areas.ts).
    await worker.evaluate(([key, p]) => chrome.storage.session.set({ [key]: p }), [TEST_POLICY_KEY, policy] as const);
    const options = await openOptions(context, worker);
    await expectCatalogShownReadOnly(options);

    const page = await context.newPage();
    await page.goto(sim.consoleUrl());
    const popup = await openPopup(context, worker, page);
    await expect(popup.getByRole('option', { name: /Org audit \(read-only\)/ })).toContainText('managed');
    await expect(popup.getByRole('option', { name: /Payments prod/ })).toBeVisible();
    expect((await storedData(worker)).entries.map((e) => e.label)).toEqual(['Payments prod']);

    // Importing a config that names a catalog role does not add it a second time.
    await options.getByLabel('Paste a configuration').fill('[profile audit]\nrole_arn = arn:aws:iam::111122223333:role/OrgAuditor\n[profile mine]\nrole_arn = arn:aws:iam::210987654321:role/Dev');
    await options.getByRole('button', { name: 'Preview' }).click();
    const audit = options.locator('[data-testid="import-table"] tr[data-name="audit"]');
    await expect(audit).toHaveAttribute('data-status', 'skipped');
    await expect(audit).toContainText('your organisation\'s catalog already has (“Org audit (read-only)”)');
    await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedData(worker)).entries.map((e) => e.label)).toEqual(['Payments prod', 'mine']);

    await worker.evaluate((key) => chrome.storage.session.set({ [key]: { catalog: [{ label: 'Typo', acount: '111122223333', roleName: 'X' }] } }), TEST_POLICY_KEY);
    await expect(options.getByTestId('catalog').getByRole('alert')).toContainText('does not match its schema, so it is ignored: catalog[0] has an unknown property "acount"');
    await expect(options.getByTestId('catalog')).toContainText('has not set a role catalog');
    await expect(popup.getByRole('option', { name: /Org audit/ })).toHaveCount(0);
  });
});

async function expectCatalogShownReadOnly(options: Page) {
  const catalog = options.getByTestId('catalog');
  await expect(catalog).toContainText('Roles from the policy of Example Corp: 2.');
  const rows = catalog.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Org audit (read-only) managed');
  await expect(rows.nth(1)).toContainText('111122223333');
  await expect(catalog.locator('input, button, select, textarea, [contenteditable]')).toHaveCount(0);
}

// A real enterprise policy file (e2e/chromium-policy.ts; root only: on other machines the test above
// covers the same code path through the test-only policy area).
test('the organisation’s catalog from a Chromium policy file is shown read-only (as root)', async ({ simServer }) => {
  test.skip(chromiumPolicySkip !== undefined, chromiumPolicySkip);
  await withChromiumPolicy(policy, simServer, async (context, worker, id) => {
    expect(new URL(worker.url()).host).toBe(id);
    expect(await worker.evaluate(() => chrome.storage.managed.get(null))).toEqual(policy);
    await expectCatalogShownReadOnly(await openOptions(context, worker));
  });
});

test('a saved list that cannot be read at all is kept aside: said in the options page and the popup, kept through a change, offered in the JSON backup', async ({ context, worker, sim }) => {
  await worker.evaluate(() => chrome.storage.local.set({ store: 'list from a damaged profile' }));
  const options = await openOptions(context, worker);
  await expect(options.getByTestId('storage-issues')).toContainText('The saved data is not in a form Switchyard can read. It is kept aside as it was (the JSON backup includes it)');
  // Any change (here a setting) writes the list: what was kept aside goes with it.
  await options.getByRole('checkbox', { name: /Hide account IDs/ }).check();
  await expect(options.getByTestId('storage-issues')).toContainText('1 saved item(s) that this version cannot read are kept aside, untouched');
  expect(await storedData(worker)).toMatchObject({ unreadable: ['list from a damaged profile'], settings: { hideAccountIds: true } });
  const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a JSON backup' }).click()]);
  const backup = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { unreadable?: unknown[] };
  expect(backup.unreadable).toEqual(['list from a damaged profile']);
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await expect(popup.getByTestId('kept-aside')).toHaveText('1 saved item(s) could not be read and are not shown. They are kept as they were (Options → Storage says more).');
});

test('in sync mode a switch whose usage count cannot be saved is still a switch: it happens, and the options page says what was not saved', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [payments] });
  const options = await openOptions(context, worker);
  await options.getByRole('radio', { name: 'Synced to your other browsers' }).click();
  await expect(options.getByTestId('storage-status')).toHaveText('Your list is now synced.');
  // This browser's own storage starts failing (a full disk): only the usage count is lost.
  await worker.evaluate(() => {
    const local = chrome.storage.local as unknown as { set: (items: Record<string, unknown>) => Promise<void> };
    const set = local.set.bind(local);
    local.set = (items) => ('store' in items ? Promise.reject(new Error('IO error: disk full')) : set(items));
  });
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, consolePage);
  // The popup closes as after any switch (one that reported a failure would stay open with it).
  const closed = popup.waitForEvent('close');
  await popup.getByRole('option', { name: /Payments prod/ }).click().catch(() => undefined);
  await closed;
  await expect(consolePage.getByTestId('sim-identity')).toContainText('Payments prod');
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin', accountId: '123456789012' });
  await expect(options.getByTestId('storage-problem')).toContainText('The change could not be saved (IO error: disk full)');
});

test('a backup entry under an id of the organisation’s catalog is refused on restore, with the reason, and kept aside', async ({ context, worker }) => {
  await seedStore(worker, { entries: [payments] });
  const before = await storedData(worker);
  const options = await openOptions(context, worker);
  const backup = { version: 2, entries: [{ ...payments, id: 'org:audit-ro', label: 'Posing as the catalog' }, { ...payments, id: 'mine', label: 'Mine' }] };
  await options.getByLabel(/choose files/i).setInputFiles([{ name: 'switchyard-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) }]);
  await expect(options.getByTestId('import-errors')).toContainText('Saved entry 1 uses the id "org:audit-ro", which belongs to your organisation\'s catalog; it is kept aside, untouched, so that it cannot take the catalog\'s place.');
  // The rest of the backup restores; the refused entry is no row of the list, only kept aside.
  await expect(options.locator('[data-testid="import-table"] tr[data-name="Mine"]')).toHaveAttribute('data-status', 'new');
  await expect(options.locator('[data-testid="import-table"] tr[data-name="Posing as the catalog"]')).toHaveCount(0);
  expect(await storedData(worker)).toEqual(before);
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(options.getByTestId('import-status')).toContainText('Imported');
  const after = await storedData(worker);
  expect(after.entries.map((e) => e.id)).toEqual(['mine']);
  expect(after.unreadable).toEqual([backup.entries[0]]);
});
