/// <reference types="chrome" />
// The first-run welcome page: opened once when Switchyard is installed (each test's browser profile
// is a fresh install), never on an update or a reload, and its buttons lead where they say.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { WELCOME_SHOWN_KEY } from '../src/core/store/storage-keys';
import { chromiumPolicySkip, withChromiumPolicy } from './chromium-policy';
import { EXTENSION_DIR, expect, simulatorArgs, test } from './fixtures';
import { welcomeTabs } from './welcome-tab';

const WELCOME_PAGE = 'src/welcome/index.html';


/** The welcome tab the install opened. Polls the context's pages: the tab may have opened before
 *  the test began (no 'page' event to wait for), and starts as about:blank. */
async function installWelcomeTab(context: BrowserContext): Promise<Page> {
  // Generous: the background first asks for the organisation's policy, which Chromium can take
  // seconds to answer right after start-up (and the machine may be busy).
  await expect.poll(() => welcomeTabs(context).length, { message: 'the welcome tab opens at install', timeout: 15_000 }).toBe(1);
  const page = welcomeTabs(context)[0]!;
  await page.waitForLoadState();
  return page;
}

/** Fires runtime.onInstalled in the service worker as the browser would, with this reason. */
async function fireInstalled(worker: Worker, reason: string): Promise<void> {
  await worker.evaluate((why) => (chrome.runtime.onInstalled as unknown as { dispatch(details: { reason: string }): void }).dispatch({ reason: why }), reason);
}

test('a fresh install opens the welcome page once, in a tab of its own, saying what Switchyard is', async ({ context, worker, extensionId }) => {
  const page = await installWelcomeTab(context);
  expect(page.url()).toBe(`chrome-extension://${extensionId}/${WELCOME_PAGE}`);
  await expect(page).toHaveTitle('Welcome to Switchyard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Switchyard');
  await expect(page.getByText(/^Switchyard switches AWS console roles in one action/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Import your ~/.aws/config or an AWS Extend Switch Roles config' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add a role' })).toBeVisible();
  // The address-bar keyword as the manifest has it.
  const keyword = await worker.evaluate(() => chrome.runtime.getManifest().omnibox?.keyword);
  expect(keyword).toBe('aws');
  await expect(page.getByTestId('welcome-keyword')).toHaveText(`Type ${keyword}, a space and a few letters of a role: Enter switches to the suggestion you pick.`);
  await expect(page.getByText(/badge on each console page/)).toBeVisible();
  await expect(page.getByText(/multi-session/)).toBeVisible();
  // Keyboard users reach the first action first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Open the import' })).toBeFocused();
  // Still one tab a moment later (the worker may have started twice, the event fired late).
  await page.waitForTimeout(500);
  expect(welcomeTabs(context)).toHaveLength(1);
});

test('the shortcuts shown are the ones the browser has, "Not set" where there is no key', async ({ context, worker }) => {
  const page = await installWelcomeTab(context);
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const rows = page.getByTestId('welcome-shortcuts').locator('tbody tr');
  await expect(rows).toHaveCount(commands.length);
  for (const command of commands) {
    const row = page.locator(`tr[data-command="${command.name}"]`);
    await expect(row.locator('td')).toHaveText(command.shortcut ? command.shortcut : 'Not set');
    await expect(row.locator('th')).toHaveText(command.name === '_execute_action' ? 'Open the role list' : command.description!);
  }
  // The ones the manifest suggests, as this Chromium took them (commands.spec.ts checks those).
  await expect(page.locator('tr[data-command="_execute_action"] kbd')).toHaveText('Alt+Shift+S');
  await expect(page.locator('tr[data-command="favourite-1"] td')).toHaveText('Not set');
  await expect(page.getByTestId('welcome-shortcuts')).toContainText('Change them at chrome://extensions/shortcuts.');
  // The button opens Chromium's shortcut page, which a link on a page could not.
  await page.getByRole('button', { name: 'Open the shortcut settings' }).click();
  await expect.poll(() => context.pages().some((tab) => tab.url() === 'chrome://extensions/shortcuts')).toBe(true);
});

test('"Open the import" leads to the options page\'s import, "Add a role" to the add form', async ({ context }) => {
  const page = await installWelcomeTab(context);
  await page.getByRole('link', { name: 'Open the import' }).click();
  await expect(page).toHaveURL(/\/src\/options\/index\.html#import$/);
  const importSection = page.getByRole('region', { name: 'Import roles' });
  await expect(importSection).toBeFocused();
  await expect(importSection).toBeInViewport();
  await expect(importSection.getByRole('button').first()).toBeVisible();

  await page.goBack();
  await page.getByRole('link', { name: 'Add a role' }).click();
  await expect(page).toHaveURL(/\/src\/popup\/index\.html\?add$/);
  await expect(page.getByRole('form', { name: 'Add a role' })).toBeVisible();
  await expect(page.getByLabel('Account')).toBeVisible();
});

test('an update, a browser update and a second install event do not open it again', async ({ context, worker }) => {
  const page = await installWelcomeTab(context);
  await page.close();
  await fireInstalled(worker, 'update');
  await fireInstalled(worker, 'chrome_update');
  // The same profile: the page was shown once already.
  await fireInstalled(worker, 'install');
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(welcomeTabs(context)).toHaveLength(0);
  // The events did reach the listener: without the mark of the first time, an install opens it.
  await worker.evaluate((key) => chrome.storage.local.remove(key), WELCOME_SHOWN_KEY);
  await fireInstalled(worker, 'install');
  await installWelcomeTab(context);
});

// chrome.runtime.reload() from the worker leaves a command-line-loaded copy without a worker that
// Playwright sees, so the real restart tried here is the browser's own: the same profile again.
test('starting the browser again with the same profile does not open it again', async ({ simServer }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'switchyard-welcome-'));
  const launch = () => chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...simulatorArgs(simServer), `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    let context = await launch();
    await installWelcomeTab(context);
    await context.close();
    context = await launch();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => chrome.storage.managed.get(null)).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(welcomeTabs(context)).toHaveLength(0);
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

// A real Chromium policy file, as an organisation sets it (docs/enterprise-policy.md; e2e/chromium-policy.ts).
test('an organisation\'s policy with suppressWelcome keeps the page closed (as root)', async ({ simServer }) => {
  test.skip(chromiumPolicySkip !== undefined, chromiumPolicySkip);
  await withChromiumPolicy({ suppressWelcome: true }, simServer, async (context, worker, id) => {
    expect(new URL(worker.url()).host).toBe(id);
    expect(await worker.evaluate(() => chrome.storage.managed.get(null))).toEqual({ suppressWelcome: true });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(welcomeTabs(context)).toHaveLength(0);
  });
});

test.describe('ja', () => {
  test.use({ locale: 'ja' });
  test('the welcome page speaks Japanese', async ({ context }) => {
    const page = await installWelcomeTab(context);
    await expect(page).toHaveTitle('Switchyard へようこそ');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Switchyard へようこそ');
    await expect(page.getByRole('heading', { name: '~/.aws/config または AWS Extend Switch Roles の設定をインポート' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'インポートを開く' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ロールを追加' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'キーボードショートカット' })).toBeVisible();
    await expect(page.locator('tr[data-command="favourite-1"] td')).toHaveText('未設定');
    await expect(page.getByRole('button', { name: 'ショートカットの設定を開く' })).toBeVisible();
  });
});
