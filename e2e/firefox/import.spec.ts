// Firefox: bringing a ~/.aws/config in through the options page, as e2e/import-export.spec.ts does
// in Chromium — paste it or pick the file, read the preview (nothing saved yet), import, and find
// the roles saved and in the popup.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Entry } from '../../src/core/store/schema';
import { button, labelled, openOptions, popupRows, textOf, waitForText } from './data-steps';
import { expect, openPopup, openTab, test } from './fixtures';
import { seedStore, storedData } from './pages';
import { expectSampleConfigImported } from '../story-checks';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
// The config as a Windows editor saves it.
const AWS_CONFIG = fixture('aws-config').replace(/\n/g, '\r\n');
const REAL_CONFIG = fixture('aws-config-real');

const saved: Entry = {
  id: 'mine1', label: 'Production', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', color: 'fbc8aa', group: 'Prod',
};

const row = (name: string) => `[data-testid="import-table"] tr[data-name="${name}"]`;
const STATUS = '[data-testid="import-status"]';

/** Pastes `text` into the paste area, as the browser's paste does (one input event). */
async function paste(options: Page, text: string): Promise<void> {
  const area = await labelled(options, 'Paste a configuration');
  await area.evaluate((el, value) => {
    el.focus();
    document.execCommand('insertText', false, value);
  }, text);
  // A text area keeps line ends as \n, whatever the clipboard had.
  expect(await area.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(text.replace(/\r\n/g, '\n'));
}

test('a pasted ~/.aws/config is previewed, saved only on Import, and its roles show in the popup', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [saved], favourites: ['mine1'] });
  const before = await storedData(extensionPage);
  const options = await openOptions(ff, extensionPage);

  await paste(options, AWS_CONFIG);
  await (await button(options, 'Preview')).click();
  await waitForText(options, '[data-testid="import-format"]', 'Read as an AWS CLI configuration (~/.aws/config)');
  expect(await options.$eval(row('prod-admin'), (el) => el.getAttribute('data-status'))).toBe('changed');
  expect(await textOf(options, row('prod-admin'))).toContain('region: — → us-east-1');
  expect(await textOf(options, row('prod-admin'))).toContain('label: yours (Production) is kept; the file says prod-admin');
  expect(await options.$eval(row('default'), (el) => el.getAttribute('data-status'))).toBe('skipped');
  expect(await textOf(options, row('ci-deployer'))).toContain('needs an External ID');
  expect(await textOf(options, row('dev-power'))).toContain('Identity Center');
  expect(await textOf(options, row('gov'))).toContain('777788889999 · GovAdmin');
  expect(await textOf(options, '[data-testid="count-new"]')).toBe('New 5');
  expect(await textOf(options, '[data-testid="count-bases"]')).toBe('Base accounts 1');
  expect(await textOf(options, '[data-testid="count-changed"]')).toBe('Changed 1');
  expect(await textOf(options, '[data-testid="count-skipped"]')).toBe('Skipped 1');
  // Nothing changes before the user confirms.
  expect(await storedData(extensionPage)).toEqual(before);

  await (await button(options, 'Import', '[data-testid="import-preview"]')).click();
  expect(await waitForText(options, STATUS, 'Imported:')).toBe('Imported: 5 new, 1 changed, 0 removed.');
  expectSampleConfigImported(await storedData(extensionPage));

  // The popup over a console page lists what was imported.
  const consolePage = await openTab(ff, sim.consoleUrl());
  const popup = await openPopup(ff, extensionPage, consolePage);
  await popup.waitForFunction(() => document.querySelectorAll('[role="option"]').length >= 5);
  const rows = await popupRows(popup);
  for (const label of ['Production', 'ops-readonly', 'ci-deployer', 'dev-power', 'gov']) {
    expect(rows.some((text) => text.includes(label)), `popup row ${label} in ${JSON.stringify(rows)}`).toBe(true);
  }
  expect(rows.find((text) => text.includes('ops-readonly'))).toContain('123456789012');
});

test('a ~/.aws/config picked as a file imports exactly its roles, with the region, colour and base the preview showed', async ({ ff, extensionPage }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchyard-ff-import-'));
  const file = path.join(dir, 'config');
  writeFileSync(file, REAL_CONFIG);
  try {
    const options = await openOptions(ff, extensionPage);
    // Picking the file in the file chooser: the input gets it, as a person's choice would.
    const input = (await options.$('input#import-file'))!;
    await input.uploadFile(file);
    await waitForText(options, '[data-testid="import-format"]', 'Read as an AWS CLI configuration (~/.aws/config)');
    expect(await textOf(options, '[data-testid="import-warnings"]')).toContain('[stray] was ignored');
    expect(await options.$$eval('[data-testid="import-table"] tbody tr', (rows) => rows.length)).toBe(6);
    const admin = row('platform-admin');
    expect(await textOf(options, admin)).toContain('123456789012 · teams/platform/Admin');
    expect(await textOf(options, `${admin} [data-testid="row-region"]`)).toBe('us-east-1');
    expect(await textOf(options, `${admin} [data-testid="row-color"]`)).toBe('#83d4e8');
    expect(await options.$eval(`${admin} .swatch`, (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(131, 212, 232)');
    expect(await textOf(options, `${admin} [data-testid="row-base"]`)).toBe('corp-login (corp-main)');
    expect(await textOf(options, '[data-testid="count-new"]')).toBe('New 3');
    expect(await textOf(options, '[data-testid="count-skipped"]')).toBe('Skipped 2');
    expect((await storedData(extensionPage))?.entries ?? []).toEqual([]);

    await (await button(options, 'Import', '[data-testid="import-preview"]')).click();
    expect(await waitForText(options, STATUS, 'Imported:')).toBe('Imported: 3 new, 0 changed, 0 removed.');
    const imported = await storedData(extensionPage);
    expect(imported.entries.map((e) => e.label)).toEqual(['corp-login', 'platform-admin', 'billing']);
    expect(imported.entries.find((e) => e.label === 'platform-admin')).toMatchObject({ rolePath: '/teams/platform/', roleName: 'Admin', region: 'us-east-1', color: '83d4e8', base: 'corp-login' });
    expect(imported.bases).toEqual([{ name: 'corp-login', account: '111122223333', alias: 'corp-main', partition: 'aws', roleName: 'Engineer' }]);

    // Undo puts back the empty list.
    await (await button(options, 'Undo import')).click();
    expect(await waitForText(options, STATUS, 'undone')).toBe('The import was undone: the list is as it was before.');
    expect((await storedData(extensionPage)).entries).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
