import { expect, openPopup, profile, seedProfiles, test, waitForTab } from './fixtures';
import { expectPrefilledPageConfirmed } from './story-checks';

const admin = profile({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', region: 'ap-northeast-1', color: 'b7ca9d' });
const gov = profile({ label: 'Gov admin', account: '777788889999', roleName: 'GovAdmin', partition: 'aws-us-gov', region: 'us-gov-west-1' });
const cn = profile({ label: 'China read-only', account: '888899990000', roleName: 'CnReadOnly', partition: 'aws-cn', region: 'cn-north-1' });

test('from a non-console tab the prefilled switch page opens in a new tab and is confirmed', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [admin]);
  const other = await context.newPage();
  await other.goto('https://example.test/');
  const popup = await openPopup(context, worker, other);
  await expect(popup.getByTestId('identity')).toContainText('not an AWS console page');

  await popup.getByRole('option', { name: /Prod admin/ }).click();
  const tab = await waitForTab(context, (url) => url.host === 'ap-northeast-1.console.aws.amazon.com');
  await expect(tab.getByTestId('sim-identity')).toContainText('Prod admin');
  expectPrefilledPageConfirmed(sim);
  await expect(other).toHaveURL('https://example.test/');
});

test('a switch link that Switchyard did not open is never confirmed automatically', async ({ context, sim }) => {
  const page = await context.newPage();
  const crafted = 'https://signin.aws.amazon.com/switchrole?account=123456789012&roleName=Admin&displayName=Evil&redirect_uri=' +
    encodeURIComponent('https://us-east-1.console.aws.amazon.com/console/home');
  await page.goto(crafted);
  await expect(page.locator('#switchrole_form')).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(crafted);
  expect(sim.switches.filter((s) => s.kind === 'classic')).toHaveLength(0);
  expect(sim.identity().kind).toBe('user');
});

for (const entry of [gov, cn]) {
  test(`a ${entry.partition} entry goes to its own partition's sign-in host`, async ({ context, worker, sim }) => {
    await seedProfiles(worker, [entry]);
    const awsConsole = await context.newPage();
    await awsConsole.goto(sim.consoleUrl());
    const popup = await openPopup(context, worker, awsConsole);
    await popup.getByRole('option', { name: entry.label }).click();
    const signInHost = entry.partition === 'aws-us-gov' ? 'signin.amazonaws-us-gov.com' : 'signin.amazonaws.cn';
    const consoleHost = entry.partition === 'aws-us-gov' ? 'us-gov-west-1.console.amazonaws-us-gov.com' : 'cn-north-1.console.amazonaws.cn';
    const tab = await waitForTab(context, (url) => url.host === consoleHost);
    await expect(tab.getByTestId('sim-identity')).toContainText(entry.label);

    expect(sim.switches.filter((s) => s.kind === 'classic').map((s) => s.host)).toEqual([signInHost]);
    expect(new URL(tab.url()).host).toBe(consoleHost);
    expect(sim.identity(entry.partition)).toMatchObject({ kind: 'role', roleName: entry.roleName });
    // The aws console tab was left alone.
    expect(sim.identity('aws').kind).toBe('user');
  });
}

test('on a gov console tab a gov entry switches directly there', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [gov]);
  const govConsole = await context.newPage();
  await govConsole.goto(sim.consoleUrl({ partition: 'aws-us-gov', region: 'us-gov-east-1' }));
  const popup = await openPopup(context, worker, govConsole);
  await popup.getByRole('option', { name: /Gov admin/ }).click();
  await expect(govConsole.getByTestId('sim-identity')).toContainText('Gov admin');
  expect(sim.identity('aws-us-gov')).toMatchObject({ kind: 'role', roleName: 'GovAdmin' });
  const sent = sim.switches.at(-1)!;
  expect(sent).toMatchObject({ kind: 'classic', host: 'signin.amazonaws-us-gov.com', outcome: 'ok' });
  expect(sent.redirectUri).toBe('https://us-gov-west-1.console.amazonaws-us-gov.com/console/home?region=us-gov-west-1');
});

test('when the console page no longer carries its signals, the popup says so and the switch page takes over', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [admin]);
  sim.setSignalsRemoved(true);
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl({ region: 'us-east-1' }));
  const popup = await openPopup(context, worker, consolePage);
  await expect(popup.getByTestId('identity')).toContainText('AWS may have changed the page');

  await popup.getByRole('option', { name: /Prod admin/ }).click();
  const tab = await waitForTab(context, (url) => url.host === 'ap-northeast-1.console.aws.amazon.com');
  await expect(tab.getByTestId('sim-identity')).toContainText('Prod admin');
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin' });
  expect(sim.switches.map((s) => s.kind)).toEqual(['switch-page-get', 'classic']);
});

test('an Identity Center entry opens the access portal shortcut for its account and permission set', async ({ context, worker, sim }) => {
  const sso = profile({ label: 'SSO power user', account: '210987654321', roleName: 'PowerUser', region: 'eu-west-1', sso: { startUrl: 'https://d-1234567890.awsapps.com/start', accountId: '210987654321', permissionSet: 'PowerUser' } });
  await seedProfiles(worker, [sso]);
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, page);
  await popup.getByRole('option', { name: /SSO power user/ }).click();
  const portal = await waitForTab(context, (url) => url.host === 'd-1234567890.awsapps.com');
  const url = new URL(portal.url());
  expect(url.pathname).toBe('/start/');
  const shortcut = new URLSearchParams(url.hash.replace(/^#\/console\?/, ''));
  expect(Object.fromEntries(shortcut)).toEqual({
    account_id: '210987654321', role_name: 'PowerUser', destination: 'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1',
  });
  // What the user sees: the simulated portal read the shortcut.
  await expect(portal.getByTestId('sim-portal-role')).toHaveText('PowerUser');
  expect(sim.switches).toEqual([]);
});
