import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { EXTENSION_DIR, expect, openPopup, simulatorArgs, storedProfiles, test } from './fixtures';
import { awaitWelcomeTab } from './welcome-tab';

async function fill(popup: Page, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) await popup.locator(`#field-${name}`).fill(value);
}

test('an invalid entry cannot be saved, and each field says why', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.getByRole('button', { name: 'Add role' }).click();
  await fill(popup, { label: 'Broken', account: '12345678901', roleName: 'Admin!', color: 'blue', region: 'mars-1', displayName: 'D'.repeat(65) });
  await popup.getByRole('button', { name: 'Save' }).click();

  await expect(popup.getByTestId('error-account')).toContainText('12 digits');
  await expect(popup.getByTestId('error-roleName')).toBeVisible();
  await expect(popup.getByTestId('error-color')).toBeVisible();
  await expect(popup.getByTestId('error-region')).toBeVisible();
  await expect(popup.getByTestId('error-displayName')).toContainText('64');
  await expect(popup.locator('#field-account')).toHaveAttribute('aria-invalid', 'true');
  expect(await storedProfiles(worker)).toEqual([]);

  // Path + name over 64 characters: the console keeps it in a cookie.
  await fill(popup, { account: '123456789012', roleName: 'R'.repeat(40), rolePath: `/${'p'.repeat(30)}/`, color: '', region: '', displayName: '' });
  await expect(popup.getByTestId('error-roleName').or(popup.getByTestId('error-rolePath'))).toContainText('64');
  expect(await storedProfiles(worker)).toEqual([]);
});

test('a label or display name with hidden characters is refused, naming them, until they are removed', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.getByRole('button', { name: 'Add role' }).click();
  // Reads "prod-admin" with the override: the badge and the console would show a name it is not.
  await fill(popup, { label: '\u202enimda-dorp', account: '123456789012', roleName: 'Admin', displayName: 'Prod\u200badmin' });
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByTestId('error-label')).toHaveText('The label has invisible or direction-changing characters (U+202E), which can make it read as another name. Remove them.');
  await expect(popup.getByTestId('error-displayName')).toContainText('(U+200B)');
  await expect(popup.locator('#field-label')).toHaveAttribute('aria-invalid', 'true');
  expect(await storedProfiles(worker)).toEqual([]);

  await fill(popup, { label: 'prod-admin', displayName: 'Prod admin' });
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('option', { name: /prod-admin/ })).toBeVisible();
  expect(await storedProfiles(worker)).toMatchObject([{ label: 'prod-admin', displayName: 'Prod admin' }]);
});

test('a role path typed without its slashes is taken as IAM\'s path and shown so', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.getByRole('button', { name: 'Add role' }).click();
  await fill(popup, { label: 'Platform', account: '123456789012', roleName: 'Admin', rolePath: 'teams/platform' });
  await popup.locator('#field-rolePath').blur();
  await expect(popup.locator('#field-rolePath')).toHaveValue('/teams/platform/');
  await expect(popup.getByTestId('error-rolePath')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('option', { name: /Platform/ })).toBeVisible();
  expect(await storedProfiles(worker)).toMatchObject([{ label: 'Platform', rolePath: '/teams/platform/', roleName: 'Admin' }]);
});

test('entries are added, edited, deleted with undo, and keep the exact role-name case', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  let popup = await openPopup(context, worker, page);
  await expect(popup.getByTestId('empty-list')).toBeVisible();
  await popup.getByRole('button', { name: 'Add role' }).click();
  await fill(popup, { label: 'Audit', account: '012345678901', roleName: 'AuditorRole', color: '#EFDA95', region: 'us-east-2' });
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('option', { name: /Audit/ })).toBeVisible();
  expect(await storedProfiles(worker)).toMatchObject([{ label: 'Audit', account: '012345678901', roleName: 'AuditorRole', color: 'efda95', region: 'us-east-2' }]);

  await popup.getByRole('combobox').press('F2');
  await fill(popup, { label: 'Audit (renamed)' });
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('option', { name: /Audit \(renamed\)/ })).toBeVisible();

  await popup.getByRole('combobox').press('F2');
  await popup.getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByTestId('empty-list')).toBeVisible();
  expect(await storedProfiles(worker)).toEqual([]);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('option', { name: /Audit \(renamed\)/ })).toBeVisible();
  expect(await storedProfiles(worker)).toHaveLength(1);
  popup = await openPopup(context, worker, page);
  await expect(popup.getByRole('option', { name: /Audit \(renamed\)/ })).toBeVisible();
});

test('saved entries survive a browser restart', async ({ simServer }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'switchyard-profile-'));
  const launch = () => chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args: [...simulatorArgs(simServer), `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    let context = await launch();
    let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await awaitWelcomeTab(context);
    const page = await context.newPage();
    await page.goto('https://example.test/');
    const popup = await openPopup(context, worker, page);
    await popup.getByRole('button', { name: 'Add role' }).click();
    await fill(popup, { label: 'Kept', account: '123456789012', roleName: 'Admin' });
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByRole('option', { name: /Kept/ })).toBeVisible();
    await context.close();

    context = await launch();
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(await storedProfiles(worker)).toMatchObject([{ label: 'Kept', account: '123456789012', roleName: 'Admin' }]);
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
