// Identity Center instances created since February 2026 have start URLs on new AWS-owned hosts
// (`<id>.<region>.portal.amazonaws.com`, `<id>.portal.<region>.app.aws`): a user imports their
// ~/.aws/config, chooses such a profile in the popup, and the access portal's console shortcut opens.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopup, profile, seedProfiles, storedData, test, waitForTab } from './fixtures';
import type { Simulator } from './simulator';

const REGIONAL = 'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com';
const APP_AWS = 'https://ssoins-7223a7b4c5d6e7f8.portal.ap-northeast-1.app.aws';

const CONFIG = `[sso-session corp]
sso_start_url = ${REGIONAL}
sso_region = eu-west-1
sso_registration_scopes = sso:account:access

[profile dev-power]
sso_session = corp
sso_account_id = 210987654321
sso_role_name = PowerUser
region = eu-west-1

[profile tokyo-readonly]
sso_start_url = ${APP_AWS}
sso_region = ap-northeast-1
sso_account_id = 012345678901
sso_role_name = ReadOnly
region = ap-northeast-1
`;

async function importConfig(context: BrowserContext, extensionId: string, text: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByLabel('Paste a configuration').fill(text);
  await options.getByRole('button', { name: 'Preview' }).click();
  await expect(options.getByTestId('count-new')).toHaveText('New 2');
  await expect(options.getByTestId('count-invalid')).toHaveCount(0);
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(options.getByTestId('import-status')).toHaveText('Imported: 2 new, 0 changed, 0 removed.');
  await options.close();
}

/** Chooses an entry in the popup over a console tab and returns the portal tab that opens. */
async function choose(context: BrowserContext, worker: Worker, sim: Simulator, label: RegExp, portalHost: string, opened: Page[]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.getByRole('option', { name: label }).click();
  return waitForTab(context, (url) => url.host === portalHost, { except: opened });
}

async function expectShortcut(portal: Page, shortcut: { account: string; permissionSet: string; destination: string }): Promise<void> {
  expect(new URL(portal.url()).pathname).toBe('/start/');
  await expect(portal.getByTestId('sim-portal-status')).toHaveText('Console shortcut');
  await expect(portal.getByTestId('sim-portal-account')).toHaveText(shortcut.account);
  await expect(portal.getByTestId('sim-portal-role')).toHaveText(shortcut.permissionSet);
  await expect(portal.getByTestId('sim-portal-destination')).toHaveText(shortcut.destination);
}

test('Identity Center profiles on the new portal hosts are imported and open their console shortcut', async ({ context, worker, extensionId, sim }) => {
  await importConfig(context, extensionId, CONFIG);
  expect((await storedData(worker)).entries.map((e) => [e.label, e.partition, e.sso?.startUrl])).toEqual([
    ['dev-power', 'aws', REGIONAL], ['tokyo-readonly', 'aws', APP_AWS],
  ]);

  const regional = await choose(context, worker, sim, /dev-power/, new URL(REGIONAL).host, []);
  await expectShortcut(regional, { account: '210987654321', permissionSet: 'PowerUser', destination: 'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1' });

  const appAws = await choose(context, worker, sim, /tokyo-readonly/, new URL(APP_AWS).host, [regional]);
  await expectShortcut(appAws, { account: '012345678901', permissionSet: 'ReadOnly', destination: 'https://ap-northeast-1.console.aws.amazon.com/console/home?region=ap-northeast-1' });
  // The portal signs in; no console switch was posted.
  expect(sim.switches).toEqual([]);
});

test('the copied access-portal link of such an entry is its console shortcut', async ({ context, worker, sim }) => {
  await context.grantPermissions(['clipboard-read'], { origin: 'https://example.test' });
  await seedProfiles(worker, [profile({
    label: 'Dev power user', account: '210987654321', roleName: 'PowerUser', region: 'eu-west-1',
    sso: { startUrl: REGIONAL, accountId: '210987654321', permissionSet: 'PowerUser' },
  })]);
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.keyboard.type('dev power');
  await popup.getByRole('button', { name: 'Copy portal link' }).click();
  const reader = await context.newPage();
  await reader.goto('https://example.test/');
  const copied = await reader.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${REGIONAL}/start/#/console?account_id=210987654321&role_name=PowerUser&destination=${encodeURIComponent('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1')}`);

  // Opened as it was copied, the simulated portal reads the same shortcut.
  await reader.goto(copied);
  await expectShortcut(reader, { account: '210987654321', permissionSet: 'PowerUser', destination: 'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1' });
});

test('an entry whose start URL is a look-alike says which addresses work, and offers no link to copy', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [profile({
    label: 'Odd portal', account: '210987654321', roleName: 'PowerUser',
    sso: { startUrl: 'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com.example.net', accountId: '210987654321', permissionSet: 'PowerUser' },
  })]);
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.keyboard.type('odd portal');
  await expect(popup.getByTestId('actions')).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Copy (portal|switch) link$/ })).toHaveCount(0);
  await popup.getByRole('option', { name: /Odd portal/ }).click();
  await expect(popup.getByTestId('switch-problem')).toContainText('*.awsapps.com, *.portal.amazonaws.com, *.app.aws, identitycenter.amazonaws.com');
  expect(context.pages().filter((p) => p.url().includes('example.net'))).toEqual([]);
  expect(sim.switches).toEqual([]);
});

test('the simulated portal answers only on AWS-owned portal hosts, on a label boundary', async ({ context, simServer }) => {
  for (const lookAlike of ['https://evilawsapps.com/start/', 'https://ssoins-1.eu-west-1.portal.amazonaws.com.evil.io/start/', 'https://portal.amazonaws.com/start/']) {
    const tab = await context.newPage();
    // The simulator's proxy refuses the tunnel to a host it does not serve.
    await expect(tab.goto(lookAlike)).rejects.toThrow(/ERR_TUNNEL_CONNECTION_FAILED/);
    expect(simServer.refused).toContain(`${new URL(lookAlike).hostname}:443`);
    await tab.close();
  }
  const page = await context.newPage();
  await page.goto(`${APP_AWS}/start/#/console?account_id=12&role_name=ReadOnly`);
  await expect(page.getByTestId('sim-portal-status')).toHaveText('This console shortcut is not valid: account_id must be 12 digits.');
  await page.goto(`${REGIONAL}#/console?account_id=012345678901&role_name=ReadOnly`);
  await expect(page).toHaveURL(`${REGIONAL}/start/#/console?account_id=012345678901&role_name=ReadOnly`);
  await expect(page.getByTestId('sim-portal-account')).toHaveText('012345678901');
});
