import { expect, openPopup, pressToSwitch, profile, seedStore, storedData, test, waitForTab } from './fixtures';

const entries = [
  profile({ label: 'Production Admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', group: 'Prod' }),
  profile({ label: 'Production read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly', group: 'Prod' }),
  profile({ label: 'Development', account: '210987654321', roleName: 'Developer', group: 'Dev' }),
  profile({ label: 'Audit', account: '012345678901', roleName: 'Auditor' }),
];
const [prodAdmin, prodRead, dev, audit] = entries as [typeof entries[0], typeof entries[0], typeof entries[0], typeof entries[0]];
const selectedLabel = (popup: import('@playwright/test').Page) => popup.locator('[role=option][aria-selected=true] .entry-label .name');

test('open, type, move and switch with the keyboard alone', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries });
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, consolePage);
  const search = popup.getByRole('combobox');
  await expect(search).toBeFocused();

  await popup.keyboard.type('prd adm');
  await expect(selectedLabel(popup)).toHaveText('Production Admin');
  await expect(popup.locator('[role=option] mark').first()).toBeVisible();
  await expect(search).toHaveAttribute('aria-activedescendant', `entry-${prodAdmin.id}`);

  await popup.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await popup.keyboard.type('prod');
  await popup.keyboard.press('ArrowDown');
  await expect(selectedLabel(popup)).toHaveText('Production read-only');
  await popup.keyboard.press('Control+p');
  await expect(selectedLabel(popup)).toHaveText('Production Admin');
  await popup.keyboard.press('Control+n');
  await pressToSwitch(popup);
  await expect(consolePage.getByTestId('sim-identity')).toContainText('Production read-only');
  expect(sim.identity()).toMatchObject({ roleName: 'ReadOnly', rolePath: '/ops/' });
  expect((await storedData(worker)).usage[prodRead.id]).toMatchObject({ count: 1 });
});

test('Ctrl+Enter switches in a new tab; Esc on an empty search closes the popup', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries });
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, consolePage);
  await popup.keyboard.type('audit');
  await pressToSwitch(popup, 'Control+Enter');
  const tab = await waitForTab(context, (url) => url.host === 'us-east-1.console.aws.amazon.com', { except: [consolePage] });
  await expect(tab.getByTestId('sim-identity')).toContainText('Audit');
  expect(consolePage.url()).toBe(sim.consoleUrl());

  const again = await openPopup(context, worker, consolePage);
  await again.keyboard.type('x');
  await again.keyboard.press('Escape');
  await expect(again.getByRole('combobox')).toHaveValue('');
  await pressToSwitch(again, 'Escape');
});

test('favourite, reorder, edit, delete and undo from the keyboard', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries, favourites: [dev.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await expect(popup.locator('.section').first()).toContainText('Favourites');
  await expect(selectedLabel(popup)).toHaveText('Development');

  // Favourite "Audit": select it, Tab to its actions, press the favourite button.
  await popup.keyboard.type('audit');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Favourite', exact: true })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect.poll(async () => (await storedData(worker)).favourites).toEqual([dev.id, audit.id]);

  // Back in the search box: Alt+↑ moves the favourite up.
  await popup.getByRole('combobox').focus();
  await popup.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await storedData(worker)).favourites).toEqual([audit.id, dev.id]);
  await popup.keyboard.press('Escape');
  await expect(popup.locator('[role=option] .entry-label').first()).toHaveText('★ Audit');
  await expect(popup.locator('[role=option] .entry-label').nth(1)).toHaveText('★ Development');

  // F2 edits the selected entry; Enter saves.
  await popup.keyboard.type('development');
  await popup.keyboard.press('F2');
  const label = popup.getByLabel('Label');
  await expect(label).toBeFocused();
  await label.press('Control+a');
  await popup.keyboard.type('Development (EU)');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('option', { name: /Development \(EU\)/ })).toBeVisible();
  expect((await storedData(worker)).entries.find((e) => e.id === dev.id)).toMatchObject({ label: 'Development (EU)', group: 'Dev', roleName: 'Developer' });

  // Shift+Delete deletes the selected entry; Ctrl+Z brings it back with its favourite place.
  await popup.getByRole('combobox').fill('audit');
  await popup.keyboard.press('Shift+Delete');
  await expect(popup.getByTestId('notice')).toContainText('Deleted “Audit”');
  await expect.poll(async () => (await storedData(worker)).entries.map((e) => e.id)).not.toContain(audit.id);
  await popup.keyboard.press('Control+z');
  await expect(popup.getByTestId('notice')).toContainText('Restored “Audit”');
  const restored = await storedData(worker);
  expect(restored.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  expect(restored.favourites).toEqual([audit.id, dev.id]);
});

test('an empty list always says why and offers the way out', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  let popup = await openPopup(context, worker, page);
  await expect(popup.getByTestId('empty-list')).toContainText('No roles saved yet');
  await expect(popup.getByTestId('empty-list').getByRole('button', { name: 'Add your first role' })).toBeVisible();

  await seedStore(worker, {
    entries: [profile({ label: 'Partner admin', account: '999988887777', roleName: 'Admin', base: 'partner' })],
    bases: [{ name: 'corp', account: '111122223333', alias: 'corp-main', partition: 'aws' }, { name: 'partner', account: '555555555555', alias: 'partner-login', partition: 'aws' }],
    settings: { hideAccountIds: false, theme: 'system', unreachable: 'hide', storageArea: 'local', badge: true },
  });
  popup = await openPopup(context, worker, page);
  await expect(popup.getByTestId('empty-list')).toContainText('another base account than corp (corp-main),'); // the base with its alias
  await popup.getByTestId('empty-list').getByRole('button', { name: /Show 1 roles/ }).click();
  await expect(popup.locator('.reach')).toContainText('Signed in to base account corp (corp-main).');
  await expect(popup.getByRole('option', { name: /Partner admin/ })).toHaveAttribute('aria-disabled', 'true');
  // Grouped by its base: the section is titled as the base is, with its alias.
  await expect(popup.locator('.section')).toContainText('partner (partner-login)');

  await popup.getByRole('combobox').fill('nothing like this');
  await expect(popup.getByTestId('empty-list')).toContainText('No role matches “nothing like this”');
  await popup.getByRole('combobox').press('Escape');
  await expect(popup.getByRole('option', { name: /Partner admin/ })).toBeVisible();
});

test('with 5,000 entries only a screenful of rows exists, also after the first keystroke', async ({ context, worker, sim }) => {
  const many = Array.from({ length: 5000 }, (_, i) => profile({ label: `Team ${i % 97} account ${i}`, account: String(100000000000 + i), roleName: i % 2 ? 'Admin' : 'ReadOnly' }));
  await seedStore(worker, { entries: many });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await expect(popup.locator('[role=option]').first()).toBeVisible();
  expect(await popup.locator('[role=option]').count()).toBeLessThan(40);
  await popup.keyboard.type('a');
  await expect(selectedLabel(popup)).toBeVisible();
  expect(await popup.locator('[role=option]').count()).toBeLessThan(40);
  await popup.keyboard.type('ccount 4999');
  await expect(selectedLabel(popup)).toHaveText('Team 52 account 4999');
});

test('group headers collapse and expand from the keyboard, and the choice is remembered', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  let popup = await openPopup(context, worker, page);
  const devHeader = popup.getByRole('button', { name: /Dev/ });
  await expect(devHeader).toHaveAttribute('aria-expanded', 'true');
  await devHeader.focus();
  await popup.keyboard.press('Enter');
  await expect(devHeader).toHaveAttribute('aria-expanded', 'false');
  await expect(popup.getByRole('option', { name: /Development/ })).toHaveCount(0);
  expect((await storedData(worker)).groups.Dev).toEqual({ collapsed: true });

  popup = await openPopup(context, worker, page);
  await expect(popup.getByRole('button', { name: /Dev/ })).toHaveAttribute('aria-expanded', 'false');
  // A search still finds entries of a collapsed group.
  await popup.keyboard.type('develop');
  await expect(popup.getByRole('option', { name: /Development/ })).toBeVisible();
});

test('the first screen is kept ready for the next opening, also after a change made elsewhere', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries });
  const firstScreen = () => worker.evaluate(async () => (await chrome.storage.local.get('firstScreen')).firstScreen as
    { total: number; data: { entries: Array<{ label: string }>; settings: { hideAccountIds: boolean } } } | undefined);
  await expect.poll(async () => (await firstScreen())?.total).toBe(4);
  // A setting changed elsewhere (here straight in storage, as another window would) reaches it.
  await worker.evaluate(async () => {
    const { store } = await chrome.storage.local.get('store') as { store: { settings?: Record<string, unknown> } };
    await chrome.storage.local.set({ store: { ...store, settings: { ...store.settings, hideAccountIds: true } } });
  });
  await expect.poll(async () => (await firstScreen())?.data.settings.hideAccountIds).toBe(true);
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await expect(popup.locator('[role=option] .entry-detail').first()).toContainText('••••••••');
});
