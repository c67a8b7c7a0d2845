// The demo in Firefox (`npm run demo -- --browser firefox`): Debian's Firefox ESR with the built
// add-on (dist/firefox), the simulated AWS and the same sample roles as the Chromium demo, a console
// tab open and the welcome tab the add-on opened on install. Headed, it sets the scene and leaves
// the browser to you; with --headless it walks a short story and saves a screenshot per step in
// demo-screenshots/firefox/.
//
// Firefox is driven by puppeteer-core over WebDriver BiDi (e2e/firefox/launch.ts), so the pages
// here are puppeteer's. BiDi cannot click the toolbar button: the popup is pictured as the page a
// detached popup shows (`?tab=<id>`), opened from the welcome tab, as the Firefox tests do.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { openExtensionTab, openPopup, openTab, WELCOME_PATH } from '../e2e/firefox/fixtures';
import { FIREFOX_EXTENSION_DIR, launchFirefox, waitForExtensionPage } from '../e2e/firefox/launch';
import { deepTestId, seedStore } from '../e2e/firefox/pages';
import { startSimulator } from '../e2e/simulator';
import { roles, sampleStore } from './sample-data';
import { STEPS_DIR } from './shots';

const headless = process.env.DEMO_HEADLESS === '1';
const SHOTS = `${STEPS_DIR}/firefox`;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Waits until the badge names `name` (it lives in a shadow root), then lets it settle in place. */
async function badgeSays(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const shown = await page.$(deepTestId('switchyard-badge-name')).then((el) => el?.evaluate((node) => node.textContent)).catch(() => undefined);
    if (shown === name) break;
    if (Date.now() > deadline) throw new Error(`the badge says ${JSON.stringify(shown)}, not ${JSON.stringify(name)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // The badge moves off console controls when the page is idle: picture it where it stays.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Picks a sample role in the popup (a tab of its own, which closes itself once it has switched). */
async function pick(popup: Page, entryId: string): Promise<void> {
  await popup.waitForSelector(`#entry-${entryId}`);
  await popup.click(`#entry-${entryId}`).catch(() => undefined); // the popup may close under the click
}

test('Switchyard demo in Firefox', async () => {
  // One simulated AWS for the whole run, started before the browser that reaches it.
  const server = await startSimulator();
  const { sim } = server;
  const ff = await launchFirefox({ proxyPort: server.proxyPort, headless });
  // The browser holds a session, as a signed-in user's does.
  await ff.browser.setCookie(...server.signInCookies());
  const welcome = await waitForExtensionPage(ff.browser, ff.extensionOrigin, WELCOME_PATH);
  await seedStore(welcome, sampleStore());
  const consolePage = await openTab(ff, sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1' }));

  if (!headless) {
    await consolePage.bringToFront();
    console.log('\nFirefox is open on the simulated AWS console, signed in as alice, with six sample roles saved;');
    console.log('the welcome tab is the one Switchyard opened on install.');
    console.log('Click the Switchyard button (in the toolbar, or under the puzzle-piece menu), pick a role.');
    console.log('Close Firefox to end the demo.\n');
    await new Promise<void>((resolve) => ff.browser.once('disconnected', () => resolve()));
    await server.close();
    return;
  }

  await welcome.setViewport({ width: 1024, height: 720 });
  await shot(welcome, '0-welcome');
  await consolePage.setViewport({ width: 1024, height: 576 });
  await badgeSays(consolePage, 'alice');
  await shot(consolePage, '1-console-as-user');

  // The role deck, then Production admin: the badge, and a frame around the whole page.
  const popup = await openPopup(ff, welcome, consolePage);
  await popup.setViewport({ width: 400, height: 600 });
  await popup.waitForSelector(`#entry-${roles.prodAdmin.id}`);
  await shot(popup, '2-popup');
  await pick(popup, roles.prodAdmin.id);
  await badgeSays(consolePage, 'PROD admin');
  await consolePage.waitForSelector(deepTestId('switchyard-production-frame'));
  await shot(consolePage, '3-console-production-frame');

  // An ordinary role: the badge alone, in the entry's colour.
  await pick(await openPopup(ff, welcome, consolePage), roles.development.id);
  await badgeSays(consolePage, roles.development.label);
  await shot(consolePage, '4-console-badge');

  // A role whose trust policy does not name alice: AWS refuses, and the page says why.
  await pick(await openPopup(ff, welcome, consolePage), roles.breakGlass.id);
  await consolePage.waitForSelector(deepTestId('switchyard-signin-note'), { timeout: 15_000 });
  await shot(consolePage, '5-refused-switch-explained');

  // The options page, from the welcome tab (BiDi may not navigate a tab to moz-extension://).
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { options_ui?: { page?: string } };
  if (!manifest.options_ui?.page) throw new Error('the built manifest names no options page (options_ui.page)');
  const optionsPath = `/${manifest.options_ui.page}`;
  const options = await openExtensionTab(ff, welcome, optionsPath);
  await options.setViewport({ width: 960, height: 720 });
  await options.waitForSelector('[data-testid="import"]');
  await shot(options, '6-options');

  console.log(`Screenshots saved in ${SHOTS}/`);
  await ff.close();
  await server.close();
});
