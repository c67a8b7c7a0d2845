/// <reference types="chrome" />
// Issue #17: the user's Identity Center accounts and permission sets, read from the access portal
// they are signed in to (the simulated one: e2e/simulator/portal-*.ts), through the import preview,
// kept fresh by "Refresh from portal", and matched on the console sessions the portal starts.
//
// The permission: Options asks, at the click, for { permissions: ['scripting'], origins: [<portal
// origin>/*] }. Headless Chromium shows the host-permission prompt and nothing can answer it (it
// waits for ever; `--apps-gallery-install-auto-confirm-for-tests=accept` does not answer it either).
// So, before the click, the test gives the extension access to that one site the way a user can in
// chrome://extensions ("Site access"), through that page's own API; the extension's real request then
// finds the origin granted and `scripting` needs no prompt (it has no warning), so it resolves true
// without a prompt. The request itself is recorded on its way (a wrapper around the real
// chrome.permissions.request in the options page) and must name exactly that origin.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopup, storedData, test } from './fixtures';
import { grantSiteAccess } from './portal-steps';
import type { SimPortalAccount, Simulator } from './simulator';

const START = 'https://d-9067a1b2c3.awsapps.com/start';
const ORIGIN = 'https://d-9067a1b2c3.awsapps.com';
/** Not the default region: an `*.awsapps.com` address does not say it; the page's #env does. */
const REGION = 'eu-west-1';
const SETS = ['ReadOnly', 'PowerUser', 'Admin'];

const pad = (i: number) => String(i).padStart(3, '0');
const account = (i: number, sets = SETS): SimPortalAccount => ({ accountId: String(400000000000 + i), accountName: `team-${pad(i)}`, emailAddress: `aws+${pad(i)}@example.com`, permissionSets: sets });
const accounts = (count: number, from = 0) => Array.from({ length: count }, (_, i) => account(from + i));
const label = (i: number, set: string) => `team-${pad(i)} · ${set}`;

/** Options, with every permissions.request recorded (argument as given) before the real one runs. */
async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.evaluate(() => {
    const record: unknown[] = [];
    (window as unknown as { permissionRequests: unknown[] }).permissionRequests = record;
    const real = chrome.permissions.request.bind(chrome.permissions);
    chrome.permissions.request = ((asked: chrome.permissions.Permissions) => {
      record.push(JSON.parse(JSON.stringify(asked)));
      return real(asked);
    }) as typeof chrome.permissions.request;
  });
  await expect(options.getByTestId('portal-import')).toContainText('From your AWS access portal');
  return options;
}

const permissionRequests = (options: Page) => options.evaluate(() => (window as unknown as { permissionRequests: unknown[] }).permissionRequests);

/** Signed in to the portal, which lists `assignments`, with the portal open in a tab (the tab a read
 *  uses) and the site given to the extension. */
async function portalOpen(context: BrowserContext, extensionId: string, sim: Simulator, assignments: SimPortalAccount[]): Promise<Page> {
  sim.portal.signIn(START, { region: REGION });
  sim.portal.setAssignments(START, assignments);
  const portalTab = await context.newPage();
  await portalTab.goto(`${START}/`);
  await grantSiteAccess(context, extensionId, ORIGIN);
  return portalTab;
}

async function readPortal(options: Page, startUrl = START): Promise<void> {
  await options.getByTestId('portal-start-url').fill(startUrl);
  await options.getByTestId('portal-read').click();
}

/** Everything the extension keeps, as text: where a token must never appear. */
async function everythingStored(worker: Worker): Promise<string> {
  return worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]));
}

async function importAll(options: Page, expected: { new: number }): Promise<void> {
  const preview = options.getByTestId('import-preview');
  await expect(preview.getByTestId('count-new')).toHaveText(`New ${expected.new}`, { timeout: 30_000 });
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('import-status')).toHaveText(`Imported from the portal: ${expected.new} new, 0 changed; 0 no longer in the portal are kept and marked.`);
}

test.describe('import from the access portal', () => {
  test.setTimeout(120_000);

  test('250 accounts × 3 permission sets arrive in the preview and are imported; only that portal\'s origin is asked for', async ({ context, worker, extensionId, sim, simServer }) => {
    sim.portal.signIn(START, { region: REGION });
    sim.portal.setAssignments(START, accounts(250));
    // Signed in earlier: the browser holds the portal's session cookie (no portal tab is open now).
    const visit = await context.newPage();
    await visit.goto(`${START}/`);
    await visit.close();
    await grantSiteAccess(context, extensionId, ORIGIN);
    const granted = await worker.evaluate(() => chrome.permissions.getAll());

    const options = await openOptions(context, extensionId);
    await readPortal(options);
    const preview = options.getByTestId('import-preview');
    await expect(preview.getByTestId('count-new')).toHaveText('New 750', { timeout: 60_000 });
    await expect(preview.getByTestId('count-changed')).toHaveCount(0);
    await expect(preview.getByTestId('count-removed')).toHaveCount(0);
    await expect(preview.getByTestId('import-table')).toContainText(label(0, 'ReadOnly'));
    // Asked once, at the click, for exactly the portal's origin (and scripting to run there).
    expect(await permissionRequests(options)).toEqual([{ permissions: ['scripting'], origins: [`${ORIGIN}/*`] }]);
    // Nothing wider was granted on the way.
    const after = await worker.evaluate(() => chrome.permissions.getAll());
    expect(after.origins?.sort()).toEqual(granted.origins?.sort());
    // And what was asked for is given back once the read is done.
    expect(after.permissions).not.toContain('scripting');
    expect(after.origins).not.toContain(`${ORIGIN}/*`);

    await importAll(options, { new: 750 });
    const entries = (await storedData(worker)).entries;
    expect(entries).toHaveLength(750);
    expect(entries.find((e) => e.label === label(249, 'Admin'))).toMatchObject({
      account: '400000000249', roleName: 'Admin', partition: 'aws', region: REGION,
      sso: { startUrl: START, accountId: '400000000249', permissionSet: 'Admin' },
    });

    // The portal was read as its own page reads it: from its origin, with its session, to the end
    // of every list; nothing went anywhere else.
    const reads = sim.portal.requests.filter((r) => !r.preflight);
    expect(reads.length).toBeGreaterThanOrEqual(13 + 250 * 2);
    expect(reads.filter((r) => r.origin !== ORIGIN || r.token !== 'matched' || r.status !== 200)).toEqual([]);
    expect(new Set(reads.map((r) => r.host))).toEqual(new Set([`portal.sso.${REGION}.amazonaws.com`]));
    // (Chromium's own update and account checks are refused too: not ours.)
    expect(simServer.refused.filter((r) => !/(^|\/\/|\.)(googleapis|google)\.com[:/]/.test(r))).toEqual([]);
    // The tab the extension opened to read from is closed again; the token is kept nowhere.
    expect(context.pages().filter((p) => p.url().startsWith(ORIGIN))).toEqual([]);
    expect(await everythingStored(worker)).not.toContain(sim.portal.sessionToken(START));
  });

  test('a refresh after the portal drops an account and adds one shows exactly those two differences', async ({ context, worker, extensionId, sim }) => {
    // The user has the portal open in a tab: that tab is used.
    const portalTab = await portalOpen(context, extensionId, sim, accounts(250));
    const options = await openOptions(context, extensionId);
    await readPortal(options);
    await importAll(options, { new: 750 });

    // The portal drops team-007 and adds team-250.
    sim.portal.setAssignments(START, [...accounts(250).filter((a) => a.accountId !== '400000000007'), account(250)]);
    await options.reload();
    await options.getByTestId('portal-refresh').click();
    const preview = options.getByTestId('import-preview');
    await expect(preview.getByTestId('count-new')).toHaveText('New 3', { timeout: 60_000 });
    await expect(preview.getByTestId('count-removed')).toHaveText('Gone from portal (kept) 3');
    await expect(preview.getByTestId('count-changed')).toHaveCount(0);
    await expect(preview.getByTestId('count-unchanged')).toHaveText('Unchanged 747');
    const rows = (status: string) => preview.locator(`tr[data-status="${status}"] th`).allTextContents();
    await preview.getByTestId('count-new').click();
    expect((await rows('new')).map((t) => t.replace(/ \[.*\]$/, '')).sort()).toEqual(SETS.map((s) => label(250, s)).sort());
    await preview.getByTestId('count-removed').click();
    expect((await rows('removed')).map((t) => t.replace(/ \[.*\]$/, '')).sort()).toEqual(SETS.map((s) => label(7, s)).sort());

    // Applied, the gone entries are marked, not deleted, until the user confirms.
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(options.getByTestId('import-status')).toBeVisible();
    const labels = (await storedData(worker)).entries.map((e) => e.label);
    expect(labels).toHaveLength(753);
    expect(labels).toEqual(expect.arrayContaining([label(7, 'Admin'), label(250, 'Admin')]));
    expect(portalTab.isClosed()).toBe(false);
  });

  test('signed out of the portal: a clear message, and nothing saved', async ({ context, worker, extensionId, sim }) => {
    sim.portal.setAssignments(START, accounts(5));
    sim.portal.signIn(START, { region: REGION });
    sim.portal.signOut(START);
    await grantSiteAccess(context, extensionId, ORIGIN);
    const before = await everythingStored(worker);
    const options = await openOptions(context, extensionId);
    await readPortal(options);
    const problem = options.getByTestId('portal-problem');
    await expect(problem).toBeVisible({ timeout: 30_000 });
    await expect(problem).toHaveRole('alert');
    await expect(problem).toContainText(/sign(ed)? in/i);
    await expect(options.getByTestId('import-preview')).toHaveCount(0);
    expect((await storedData(worker))?.entries ?? []).toEqual([]);
    expect(await everythingStored(worker)).toBe(before);
    // The portal said 401 to whatever was asked; nothing was read.
    expect(sim.portal.requests.filter((r) => !r.preflight && r.status === 200)).toEqual([]);
  });

  test('the options page closed mid-read: the next one closes the tab the read opened and gives back what the read was given', async ({ context, worker, extensionId, sim }) => {
    sim.portal.signIn(START, { region: REGION });
    sim.portal.setAssignments(START, accounts(60));
    const visit = await context.newPage();
    await visit.goto(`${START}/`);
    await visit.close();
    await grantSiteAccess(context, extensionId, ORIGIN);
    const portalPages = () => context.pages().filter((p) => p.url().startsWith(ORIGIN));
    const scripting = () => worker.evaluate(() => chrome.permissions.contains({ permissions: ['scripting'] }));
    expect(await scripting()).toBe(false);

    const options = await openOptions(context, extensionId);
    // The account list's first page reads; then the portal throttles, and the read waits (seconds).
    sim.portal.setFault({ afterRequests: 1, status: 429 });
    await readPortal(options);
    await expect.poll(() => sim.portal.requests.some((r) => r.status === 429), { timeout: 20_000 }).toBe(true);
    expect(portalPages()).toHaveLength(1);
    expect(await scripting()).toBe(true);
    // Closed mid-read: nothing of the read runs any more.
    await options.close();
    sim.portal.setFault(undefined);
    expect(portalPages()).toHaveLength(1);

    // The next options page gives back what the read left: the tab it opened, the permission it was given.
    await openOptions(context, extensionId);
    await expect.poll(() => portalPages().length).toBe(0);
    await expect.poll(scripting).toBe(false);
    await expect.poll(() => worker.evaluate(() => chrome.storage.session.get('portalReads1'))).toEqual({});
    await expect.poll(() => worker.evaluate(() => chrome.storage.local.get('portalGrants1'))).toEqual({});
  });

  test('the portal\'s memory cannot be written: the import is still saved and undoable, and both failures are said', async ({ context, worker, extensionId, sim }) => {
    await portalOpen(context, extensionId, sim, accounts(3));
    const options = await openOptions(context, extensionId);
    // This page's writes of what is remembered of portals fail (a full or broken storage.local);
    // the list itself is written by the background, which is untouched.
    await options.evaluate(() => {
      const real = chrome.storage.local.set.bind(chrome.storage.local);
      chrome.storage.local.set = ((items: Record<string, unknown>) =>
        ('portalMemory1' in items ? Promise.reject(new Error('simulated storage failure')) : real(items))) as typeof chrome.storage.local.set;
    });
    await readPortal(options);
    const preview = options.getByTestId('import-preview');
    await expect(preview.getByTestId('count-new')).toHaveText('New 9', { timeout: 30_000 });
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    const status = options.getByTestId('import-status');
    await expect(status).toHaveRole('alert');
    await expect(status).toContainText('Imported from the portal: 9 new');
    await expect(status).toContainText(`what Switchyard remembers of the access portal ${START} could not be saved (simulated storage failure)`);
    // Two sentences, two lines: not joined with a space (Japanese puts none between sentences).
    await expect(status.locator('.status-line')).toHaveCount(2);
    expect((await storedData(worker)).entries).toHaveLength(9);
    expect(await worker.evaluate(() => chrome.storage.local.get('portalMemory1'))).toEqual({});

    // The import can be taken back; the memory's own undo fails too, and says so.
    await options.getByTestId('import-undo').getByRole('button', { name: 'Undo import' }).click();
    await expect(status).toContainText('The import was undone');
    await expect(status).toContainText(`could not be put back (simulated storage failure)`);
    await expect(status.locator('.status-line')).toHaveText([/^The import was undone/, /could not be put back/]);
    await expect(status).toHaveRole('alert');
    expect((await storedData(worker)).entries).toEqual([]);
    await expect(options.getByTestId('import-undo')).toHaveCount(0);
  });

  test('two options pages: an undo puts back the portal memory the preview was made against, not the older one its page had loaded', async ({ context, worker, extensionId, sim }) => {
    await portalOpen(context, extensionId, sim, accounts(2));
    // The first page loads what is remembered (nothing yet) before the second imports.
    const first = await openOptions(context, extensionId);
    const second = await openOptions(context, extensionId);
    await readPortal(second);
    await importAll(second, { new: 6 });
    const remembered = await worker.evaluate(() => chrome.storage.local.get('portalMemory1'));
    expect(JSON.stringify(remembered)).toContain('400000000001/Admin');
    // The region the read used (from the page) is remembered: the next read tries it if the page says none.
    expect(JSON.stringify(remembered)).toContain(`"region":"${REGION}"`);

    // The portal adds an account; the first page reads it (against the second's memory) and imports.
    sim.portal.setAssignments(START, accounts(3));
    await readPortal(first);
    const preview = first.getByTestId('import-preview');
    await expect(preview.getByTestId('count-new')).toHaveText('New 3', { timeout: 30_000 });
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(first.getByTestId('import-status')).toContainText('Imported from the portal: 3 new');
    await first.getByTestId('import-undo').getByRole('button', { name: 'Undo import' }).click();
    await expect(first.getByTestId('import-status')).toContainText('The import was undone');
    // The memory is the second page's import's again (not forgotten, as the first page's stale list had it).
    expect(await worker.evaluate(() => chrome.storage.local.get('portalMemory1'))).toEqual(remembered);
    expect((await storedData(worker)).entries).toHaveLength(6);
  });

  test('label rules edited one after the other: the preview is always the last rule\'s, even when an earlier one\'s is slower', async ({ context, extensionId, sim }) => {
    await portalOpen(context, extensionId, sim, accounts(3));
    const options = await openOptions(context, extensionId);
    await readPortal(options);
    const table = options.getByTestId('import-preview').getByTestId('import-table');
    await expect(table).toContainText(label(0, 'ReadOnly'), { timeout: 30_000 });
    // The next preview's read of the portal's memory is slow (a busy disk); the one after it is not.
    await options.evaluate(() => {
      const real = chrome.storage.local.get.bind(chrome.storage.local) as (keys: unknown) => Promise<Record<string, unknown>>;
      let slow = true;
      chrome.storage.local.get = ((keys: unknown) => {
        if (!slow || !JSON.stringify(keys).includes('portalMemory1')) return real(keys);
        slow = false;
        return new Promise((resolve) => setTimeout(resolve, 1_500)).then(() => real(keys));
      }) as typeof chrome.storage.local.get;
    });
    const rule = options.getByTestId('portal-label-rule');
    await rule.fill('{accountId} · {permissionSet}');
    await rule.fill('{account} / {permissionSet}');
    const labels = async () => (await table.locator('tr[data-status="new"] th').allTextContents()).map((t) => t.replace(/ \[.*\]$/, ''));
    const wanted = accounts(3).flatMap((a, i) => SETS.map((set) => `team-${pad(i)} / ${set}`));
    await expect.poll(labels).toEqual(wanted);
    // The slow, earlier preview ({accountId} · …) has landed by now: it is not shown over the later one.
    await options.waitForTimeout(2_000);
    expect(await labels()).toEqual(wanted);
  });

  test('a label rule that cannot be used is said before anything is asked: no permission prompt, no request', async ({ context, extensionId, sim }) => {
    sim.portal.setAssignments(START, accounts(5));
    sim.portal.signIn(START, { region: REGION });
    const options = await openOptions(context, extensionId);
    await options.getByTestId('portal-label-rule').fill('{account} · {nope}');
    await readPortal(options);
    await expect(options.getByTestId('portal-problem')).toContainText('{nope}');
    // Asked for nothing that the read would then have had to give back.
    expect(await permissionRequests(options)).toEqual([]);
    expect(sim.portal.requests).toEqual([]);
  });

  test('a page that fails half-way, or an answer of another shape: explained, and nothing half-saved', async ({ context, worker, extensionId, sim }) => {
    await portalOpen(context, extensionId, sim, accounts(60));
    const before = await everythingStored(worker);
    const options = await openOptions(context, extensionId);
    // The accounts list (3 pages) reads; then a permission-set page fails.
    sim.portal.setFault({ afterRequests: 10, status: 500 });
    await readPortal(options);
    await expect(options.getByTestId('portal-problem')).toBeVisible({ timeout: 30_000 });
    await expect(options.getByTestId('import-preview')).toHaveCount(0);
    expect(await everythingStored(worker)).toBe(before);
    await expect(options.getByTestId('portal-problem')).toContainText('HTTP 500');
    await expect(options.getByTestId('portal-problem')).toContainText('Nothing was imported.');

    sim.portal.setFault({ afterRequests: 0, body: JSON.stringify({ items: [] }) });
    await options.getByTestId('portal-read').click();
    await expect(options.getByTestId('portal-problem')).toContainText('changed shape', { timeout: 30_000 });
    await expect(options.getByTestId('portal-problem')).toContainText('Nothing was imported.');
    await expect(options.getByTestId('import-preview')).toHaveCount(0);
    expect(await everythingStored(worker)).toBe(before);

    // Once the portal answers again, the same click reads it all.
    sim.portal.setFault(undefined);
    await options.getByTestId('portal-read').click();
    await expect(options.getByTestId('import-preview').getByTestId('count-new')).toHaveText('New 180', { timeout: 30_000 });
    await expect(options.getByTestId('portal-problem')).toHaveCount(0);
  });

  test('the badge on a console session the portal started shows the matching entry, and the popup marks it active', async ({ context, worker, extensionId, sim }) => {
    const portalTab = await portalOpen(context, extensionId, sim, accounts(4));
    const options = await openOptions(context, extensionId);
    await readPortal(options);
    await importAll(options, { new: 12 });
    // The user gives the entry a colour.
    await worker.evaluate(async (wanted) => {
      const { store } = (await chrome.storage.local.get('store')) as { store: { entries: Array<{ label: string; color?: string }> } };
      for (const entry of store.entries) if (entry.label === wanted) entry.color = 'b7ca9d';
      await chrome.storage.local.set({ store });
    }, label(2, 'PowerUser'));

    const destination = `https://${REGION}.console.aws.amazon.com/ec2/home?region=${REGION}`;
    await portalTab.goto(`${START}/#/console?account_id=400000000002&role_name=PowerUser&destination=${encodeURIComponent(destination)}`);
    await portalTab.waitForURL(destination);
    const role = sim.portal.roleName(START, '400000000002', 'PowerUser');
    await expect(portalTab.getByTestId('sim-arn')).toHaveText(`arn:aws:sts::400000000002:assumed-role/${role}/alice@example.com`);
    await expect(portalTab.getByTestId('switchyard-badge-name')).toHaveText(label(2, 'PowerUser'));
    await expect(portalTab.getByTestId('switchyard-badge-role')).toContainText('PowerUser');
    await expect(portalTab.getByTestId('switchyard-badge')).toHaveCSS('background-color', 'rgb(183, 202, 157)');

    const popup = await openPopup(context, worker, portalTab);
    await popup.keyboard.type('team-002');
    await expect(popup.getByRole('option', { name: new RegExp(label(2, 'PowerUser')) })).toContainText('active');
    await expect(popup.getByRole('option', { name: new RegExp(label(2, 'Admin')) })).not.toContainText('active');
  });
});
