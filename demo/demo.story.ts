/// <reference types="chrome" />
// The demo: the built extension, the simulated console and sample roles. Headed, it sets the scene
// and leaves the browser to you; with --headless it walks the story and saves a screenshot per step
// (and, with --docs, the README's pictures: see shots.ts).
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, openPopup, pressToSwitch, seedStore } from '../e2e/fixtures';
import { startSimulator } from '../e2e/simulator';
import { roles, sampleAwsConfig, sampleStore } from './sample-data';
import { docsShot, stepShot, STEPS_DIR } from './shots';

const headless = process.env.DEMO_HEADLESS === '1';

/** The badge shows this name once the page is signed in to it and the badge has settled in place. */
async function badgeSettled(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText(name, { timeout: 10_000 });
  // The badge moves off console controls when the page is idle: picture it where it stays.
  await page.waitForTimeout(500);
}

test('Switchyard demo', async () => {
  // One simulated AWS for the whole run, started before the browser that reaches it.
  const server = await startSimulator();
  const { sim } = server;
  const context = await launchWithExtension(server, { headless });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await seedStore(worker, sampleStore());
  const consolePage = await context.newPage();
  // Headless, a smaller window keeps the pictures of whole pages readable at README size.
  if (headless) await consolePage.setViewportSize({ width: 1024, height: 576 });
  await consolePage.goto(sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1' }));
  await context.pages().find((p) => p.url() === 'about:blank')?.close();

  if (!headless) {
    console.log('\nThe simulated AWS console is open, signed in as alice, with six sample roles saved.');
    console.log('Click the Switchyard button in the toolbar (pin it from the puzzle-piece menu), pick a role.');
    console.log('Close the browser to end the demo.\n');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    await server.close();
    return;
  }

  await badgeSettled(consolePage, 'alice');
  await stepShot(consolePage, '1-console-as-user');

  // The role deck: favourites, recently used, then the groups.
  const popup = await openPopup(context, worker, consolePage);
  await expect(popup.getByRole('option', { name: /Production admin/ })).toBeVisible();
  await stepShot(popup, '2-popup');
  await docsShot(popup.locator('main'), 'popup');
  await popup.getByRole('combobox').pressSequentially('prd adm');
  await expect(popup.locator('mark').first()).toBeVisible();
  await stepShot(popup, '2b-popup-search');
  await docsShot(popup.locator('main'), 'popup-search');

  // Production admin is in the "Production" group: the badge, and a frame around the whole page.
  await pressToSwitch(popup);
  await consolePage.getByTestId('sim-identity').getByText('PROD admin').waitFor({ timeout: 10_000 });
  await expect(consolePage.getByTestId('switchyard-production-frame').locator('.edge')).toHaveCount(4);
  await badgeSettled(consolePage, 'PROD admin');
  await stepShot(consolePage, '3-console-production-frame');
  await docsShot(consolePage, 'badge-production');

  // An ordinary role: the badge alone, in the entry's colour.
  const again = await openPopup(context, worker, consolePage);
  await stepShot(again, '4-popup-shows-active-role');
  await again.getByRole('option', { name: /Development/ }).click();
  await badgeSettled(consolePage, roles.development.label);
  await expect(consolePage.getByTestId('switchyard-production-frame')).toHaveCount(0);
  await stepShot(consolePage, '5-console-badge');
  await docsShot(consolePage, 'badge', { around: consolePage.getByTestId('switchyard-badge'), margin: 32 });

  // A role whose trust policy does not name alice: AWS refuses, and the page says why.
  const third = await openPopup(context, worker, consolePage);
  await third.getByRole('option', { name: /Break glass/ }).click();
  await consolePage.getByTestId('switchyard-signin-note').waitFor({ timeout: 10_000 });
  await stepShot(consolePage, '6-refused-switch-explained');

  // The options page, then an import of a ~/.aws/config, previewed before anything is saved.
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  const options = await context.newPage();
  await options.setViewportSize({ width: 960, height: 720 });
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/${manifest.options_ui?.page}`);
  await options.getByTestId('import').waitFor();
  await stepShot(options, '7-options');
  await docsShot(options, 'options');
  await options.getByLabel('Paste a configuration').fill(sampleAwsConfig);
  await options.getByRole('button', { name: 'Preview' }).click();
  const preview = options.getByTestId('import-preview');
  const table = preview.getByTestId('import-table');
  await expect(table).toBeVisible();
  await preview.scrollIntoViewIfNeeded();
  await stepShot(options, '8-import-preview');
  // The README shows the counts, the rows and the Import button: the part that says what will change.
  await options.setViewportSize({ width: 960, height: 1200 });
  await preview.scrollIntoViewIfNeeded();
  const counts = preview.getByTestId('count-new').locator('..');
  await docsShot(options, 'import-preview', { around: [counts, table, preview.getByRole('button', { name: 'Import', exact: true })], margin: 8 });

  console.log(`Screenshots saved in ${STEPS_DIR}/${process.env.DEMO_DOCS === '1' ? ' and docs/screenshots/' : ''}`);
  await context.close();
  await server.close();
});
