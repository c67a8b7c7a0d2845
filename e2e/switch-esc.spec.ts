// The European Sovereign Cloud is regional: its console lives at <region>.console.amazonaws-eusc.eu
// and switches go to <region>.signin.amazonaws-eusc.eu. A switcher that falls back to the bare
// signin.amazonaws-eusc.eu fails there (facts file); the simulator refuses such a POST.
import type { Page } from '@playwright/test';
import { badgeFields } from './console-helpers';
import { expect, openPopup, profile, seedProfiles, test, waitForTab } from './fixtures';
import type { PageField, Simulator } from './simulator';

const esc = profile({ label: 'ESC operator', account: '999900001111', roleName: 'EuscOperator', partition: 'aws-eusc', region: 'eusc-de-east-1', color: 'b7ca9d' });
const REGIONAL_CONSOLE = 'eusc-de-east-1.console.amazonaws-eusc.eu';
const REGIONAL_SIGN_IN = 'eusc-de-east-1.signin.amazonaws-eusc.eu';
const EC2 = `https://${REGIONAL_CONSOLE}/ec2/home?region=eusc-de-east-1`;

async function openRegionalConsole(page: Page, sim: Simulator): Promise<void> {
  await page.goto(sim.consoleUrl({ partition: 'aws-eusc', path: '/ec2/home' }));
  expect(page.url()).toBe(EC2);
  expect(await badgeFields(page)).toEqual({ name: 'alice', account: '666677778888', role: null, region: 'eusc-de-east-1' });
}

const omissions: Array<[string, PageField[]]> = [
  ['the page names its sign-in endpoint', []],
  ['the page names no sign-in endpoint (its infrastructureRegion leads)', ['signInEndpoint']],
  ['the page names neither endpoint nor region (its host leads)', ['signInEndpoint', 'infrastructureRegion']],
];

for (const [when, omitted] of omissions) {
  test(`a classic switch on a regional ESC console goes to the regional sign-in host when ${when}, and the badge shows the role`, async ({ context, worker, sim }) => {
    sim.setOmittedPageFields(omitted);
    await seedProfiles(worker, [esc]);
    const page = await context.newPage();
    await openRegionalConsole(page, sim);

    const popup = await openPopup(context, worker, page);
    await expect(popup.getByTestId('identity')).toContainText('666677778888');
    await popup.getByRole('option', { name: /ESC operator/ }).click();

    await expect(page.getByTestId('sim-identity')).toContainText('ESC operator');
    const sent = sim.switches.at(-1)!;
    expect(sent).toMatchObject({ kind: 'classic', host: REGIONAL_SIGN_IN, outcome: 'ok' });
    expect(sent.redirectUri).toBe(EC2);
    expect(page.url()).toBe(EC2);
    expect(sim.identity('aws-eusc')).toMatchObject({ kind: 'role', roleName: 'EuscOperator', accountId: '999900001111' });
    expect(await badgeFields(page)).toEqual({ name: 'ESC operator', account: '999900001111', role: 'EuscOperator', region: 'eusc-de-east-1' });

    // Back to alice goes the same way.
    await page.getByTestId('switchyard-back').click();
    await expect(page.getByTestId('sim-identity')).toContainText('alice');
    expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-back', host: REGIONAL_SIGN_IN, outcome: 'ok' });
    expect(sim.identity('aws-eusc').kind).toBe('user');
  });
}

test('a refused switch on a regional ESC console is explained on the regional sign-in page', async ({ context, worker, sim }) => {
  const wrongCase = profile({ label: 'ESC wrong case', account: '999900001111', roleName: 'euscoperator', partition: 'aws-eusc', region: 'eusc-de-east-1' });
  await seedProfiles(worker, [wrongCase]);
  const page = await context.newPage();
  await openRegionalConsole(page, sim);
  const popup = await openPopup(context, worker, page);
  await popup.getByRole('option', { name: /ESC wrong case/ }).click();

  const note = page.getByTestId('switchyard-signin-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('ESC wrong case');
  expect(new URL(page.url()).host).toBe(REGIONAL_SIGN_IN);
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'classic', host: REGIONAL_SIGN_IN, outcome: 'unknown-role' });
  expect(sim.identity('aws-eusc').kind).toBe('user');
});

test('from a non-console tab, an ESC entry opens its switch page and lands on the regional ESC console as the role', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [esc]);
  const other = await context.newPage();
  await other.goto('https://example.test/');
  const popup = await openPopup(context, worker, other);
  await popup.getByRole('option', { name: /ESC operator/ }).click();

  const tab = await waitForTab(context, (url) => url.host === REGIONAL_CONSOLE);
  await expect(tab.getByTestId('sim-identity')).toContainText('ESC operator');
  expect(sim.switches.map(({ kind, host, outcome }) => ({ kind, host, outcome }))).toEqual([
    { kind: 'switch-page-get', host: 'signin.amazonaws-eusc.eu', outcome: 'ok' },
    { kind: 'classic', host: 'signin.amazonaws-eusc.eu', outcome: 'ok' },
  ]);
  expect(sim.switches.at(-1)!.redirectUri).toBe(`https://${REGIONAL_CONSOLE}/console/home?region=eusc-de-east-1`);
  expect(sim.identity('aws-eusc')).toMatchObject({ kind: 'role', roleName: 'EuscOperator' });
  expect(await badgeFields(tab)).toEqual({ name: 'ESC operator', account: '999900001111', role: 'EuscOperator', region: 'eusc-de-east-1' });
  await expect(other).toHaveURL('https://example.test/');
});
