// Firefox: the first-run welcome page, as e2e/welcome.spec.ts checks it in Chromium — opened once
// when the add-on is installed (each test's Firefox is a fresh profile and a fresh install), with
// what Switchyard is, the shortcuts Firefox really has, links that lead where they say, and never
// again when the add-on is reloaded or updated.
import type { Browser, Page } from 'puppeteer-core';
import { button, textOf } from './data-steps';
import { expect, openTab, test, WELCOME_PATH } from './fixtures';
import { hrefOf, type LaunchedFirefox } from './launch';
import { waitForBadge } from './pages';

type Command = { name?: string; description?: string; shortcut?: string };
type WithBrowser = typeof globalThis & { browser: {
  commands: { getAll(): Promise<Command[]> };
  runtime: { getManifest(): { omnibox?: { keyword?: string } }; reload(): void };
} };

/** The tabs showing the welcome page now. */
async function welcomeTabs(ff: LaunchedFirefox): Promise<Page[]> {
  const tabs: Page[] = [];
  for (const page of await ff.browser.pages()) if ((await hrefOf(page)).startsWith(ff.extensionOrigin + WELCOME_PATH)) tabs.push(page);
  return tabs;
}

/** Every tab's address, for messages and for tabs the add-on opens outside itself. */
async function hrefs(browser: Browser): Promise<string[]> {
  return Promise.all((await browser.pages()).map(hrefOf));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a fresh install opens the welcome page once, in a tab of its own, saying what Switchyard is', async ({ ff, extensionPage }) => {
  expect(await hrefOf(extensionPage)).toBe(`${ff.extensionOrigin}/src/welcome/index.html`);
  expect(await extensionPage.title()).toBe('Welcome to Switchyard');
  expect(await textOf(extensionPage, 'h1')).toBe('Welcome to Switchyard');
  expect(await textOf(extensionPage, 'p.intro')).toMatch(/^Switchyard switches AWS console roles in one action/);
  const headings = await extensionPage.$$eval('h2, h3', (els) => els.map((el) => (el.textContent ?? '').trim()));
  expect(headings).toEqual(expect.arrayContaining(['Import your ~/.aws/config or an AWS Extend Switch Roles config', 'Add a role', 'Keyboard shortcuts']));
  // The address-bar keyword as the manifest has it.
  const keyword = await extensionPage.evaluate(() => (globalThis as WithBrowser).browser.runtime.getManifest().omnibox?.keyword);
  expect(keyword).toBe('aws');
  expect(await textOf(extensionPage, '[data-testid="welcome-keyword"]')).toBe(`Type ${keyword}, a space and a few letters of a role: Enter switches to the suggestion you pick.`);
  expect(await textOf(extensionPage, 'main')).toContain('badge on each console page');
  expect(await textOf(extensionPage, 'main')).toContain('multi-session');
  // Keyboard users reach the first action first.
  await extensionPage.keyboard.press('Tab');
  expect(await extensionPage.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Open the import');
  // Still one tab a moment later (the event page may have started twice, the event fired late).
  await sleep(1_000);
  expect(await welcomeTabs(ff)).toHaveLength(1);
});

test('the shortcuts shown are the ones Firefox has, "Not set" where there is no key, and the button opens Firefox\'s shortcut settings', async ({ ff, extensionPage }) => {
  const commands = await extensionPage.evaluate(() => (globalThis as WithBrowser).browser.commands.getAll());
  await extensionPage.waitForSelector('[data-testid="welcome-shortcuts"] tbody tr');
  const rows = await extensionPage.$$eval('[data-testid="welcome-shortcuts"] tbody tr', (trs) => trs.map((tr) => ({
    name: tr.getAttribute('data-command'), what: tr.querySelector('th')?.textContent?.trim(), keys: tr.querySelector('td')?.textContent?.trim(),
  })));
  expect(rows).toHaveLength(commands.length);
  for (const command of commands) {
    expect(rows.find((row) => row.name === command.name), command.name).toEqual({
      name: command.name,
      what: command.name === '_execute_action' ? 'Open the role list' : command.description,
      keys: command.shortcut ? command.shortcut : 'Not set',
    });
  }
  // The keys the manifest suggests, as Firefox took them; the favourites have none.
  expect(rows.find((row) => row.name === '_execute_action')?.keys).toBe('Alt+Shift+S');
  expect(rows.find((row) => row.name === 'switch-previous')?.keys).toBe('Alt+Shift+L');
  expect(rows.find((row) => row.name === 'favourite-1')?.keys).toBe('Not set');
  // Firefox's own way to change them, not Chromium's page.
  const section = await textOf(extensionPage, '[data-testid="welcome-shortcuts"]');
  expect(section).toContain('Change them in about:addons: the gear menu (⚙), then Manage Extension Shortcuts.');
  expect(section).not.toContain('chrome://');
  // The button opens Firefox's add-ons manager (commands.openShortcutSettings).
  await (await button(extensionPage, 'Open the shortcut settings')).click();
  await expect.poll(async () => (await hrefs(ff.browser)).some((href) => href.startsWith('about:addons')), { timeout: 10_000 }).toBe(true);
});

test('"Open the import" leads to the options page\'s import, "Add a role" to the add form', async ({ extensionPage }) => {
  await (await extensionPage.waitForSelector('[data-testid="welcome-import"]'))!.click();
  await extensionPage.waitForFunction(() => location.pathname === '/src/options/index.html' && location.hash === '#import');
  // The import section has the focus and is on screen, its buttons there to use.
  await extensionPage.waitForFunction(() => document.activeElement?.id === 'import');
  const inView = await extensionPage.$eval('#import', (el) => {
    const box = el.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });
  expect(inView).toBe(true);
  expect(await textOf(extensionPage, '#import h2')).toBe('Import roles');

  // Back, as the toolbar's button does (puppeteer's goBack waits for a navigation event BiDi does
  // not send for moz-extension:// pages).
  await extensionPage.evaluate(() => history.back());
  await extensionPage.waitForFunction(() => location.pathname === '/src/welcome/index.html');
  await (await extensionPage.waitForSelector('[data-testid="welcome-add"]'))!.click();
  await extensionPage.waitForFunction(() => location.pathname === '/src/popup/index.html' && location.search === '?add');
  await extensionPage.waitForSelector('form[aria-label="Add a role"]');
  expect(await extensionPage.$$eval('form[aria-label="Add a role"] label', (labels) => labels.map((l) => l.textContent?.trim()))).toEqual(expect.arrayContaining(['Label', 'Account ID or alias', 'Role name']));
});

test('reloading the add-on (as an update does) does not open the page again', async ({ ff, extensionPage, sim }) => {
  // The page was opened: the add-on marks it shown. Reload the add-on from its own page.
  await extensionPage.evaluate(() => (globalThis as WithBrowser).browser.runtime.reload()).catch(() => undefined);
  // The add-on's pages close with it; then it starts again.
  await expect.poll(async () => (await welcomeTabs(ff)).length, { timeout: 10_000 }).toBe(0);
  // It is running again: its content script shows the badge on a console page.
  const consolePage = await openTab(ff, sim.consoleUrl());
  await waitForBadge(consolePage, 15_000);
  await sleep(2_000);
  expect(await welcomeTabs(ff), (await hrefs(ff.browser)).join(', ')).toHaveLength(0);
});

test('installing the same add-on again (an update) does not open the page again', async ({ ff, extensionPage }) => {
  await extensionPage.close();
  const { FIREFOX_EXTENSION_DIR } = await import('./launch');
  expect(await ff.browser.installExtension(FIREFOX_EXTENSION_DIR)).toBe(ff.extensionId);
  await sleep(3_000);
  expect(await welcomeTabs(ff), (await hrefs(ff.browser)).join(', ')).toHaveLength(0);
});

test.describe('ja', () => {
  test.use({ locale: 'ja' });
  test('the welcome page speaks Japanese', async ({ extensionPage }) => {
    expect(await extensionPage.title()).toBe('Switchyard へようこそ');
    expect(await textOf(extensionPage, 'h1')).toBe('Switchyard へようこそ');
    const headings = await extensionPage.$$eval('h2, h3', (els) => els.map((el) => (el.textContent ?? '').trim()));
    expect(headings).toEqual(expect.arrayContaining(['~/.aws/config または AWS Extend Switch Roles の設定をインポート', 'キーボードショートカット']));
    expect(await textOf(extensionPage, '[data-testid="welcome-import"]')).toBe('インポートを開く');
    expect(await textOf(extensionPage, '[data-testid="welcome-add"]')).toBe('ロールを追加');
    await extensionPage.waitForSelector('tr[data-command="favourite-1"] td');
    expect(await textOf(extensionPage, 'tr[data-command="favourite-1"] td')).toBe('未設定');
    await button(extensionPage, 'ショートカットの設定を開く');
  });
});
