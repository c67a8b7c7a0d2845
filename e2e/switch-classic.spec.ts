import { expect, openPopup, pressToSwitch, profile, seedProfiles, test } from './fixtures';
import { expectProdAdminSwitchPosted } from './story-checks';

const admin = profile({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', region: 'eu-west-1', displayName: 'Prod Admin' });
const readOnly = profile({ label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly' });
const wrongCase = profile({ label: 'Wrong case', account: '123456789012', roleName: 'admin' });
const longName = profile({ label: 'L'.repeat(80), account: '210987654321', roleName: 'Developer', region: 'us-west-2' });

test('switching from the popup on a classic console posts the right fields and the console shows the role', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [admin, readOnly]);
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1#Instances' }));
  await expect(consolePage.getByTestId('sim-identity')).toContainText('alice');
  const token = sim.csrf();

  const popup = await openPopup(context, worker, consolePage);
  await expect(popup.getByTestId('identity')).toContainText('alice');
  await expect(popup.getByTestId('identity')).toContainText('111122223333');
  await popup.getByRole('option', { name: /Prod admin/ }).click();

  await expect(consolePage.getByTestId('sim-identity')).toContainText('Prod Admin');
  expectProdAdminSwitchPosted(sim, token);
  expect(new URL(consolePage.url()).host).toBe('eu-west-1.console.aws.amazon.com');
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin', accountId: '123456789012', color: 'f2b0a9' });
});

test('the keyboard switches too, with the role path and an account alias, and a long label is cut to 64', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [longName, readOnly]);
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl({ region: 'us-east-1' }));
  let popup = await openPopup(context, worker, consolePage);
  await popup.getByRole('combobox').press('ArrowDown');
  await pressToSwitch(popup);
  await expect(consolePage.getByTestId('sim-identity')).toContainText('Prod read-only');
  expect(sim.switches.at(-1)!.fields).toMatchObject({ account: 'switchyard-prod', roleName: 'ops/ReadOnly' });

  popup = await openPopup(context, worker, consolePage);
  await popup.getByRole('combobox').pressSequentially('LLLL');
  await pressToSwitch(popup);
  await expect(consolePage.getByTestId('sim-identity')).toContainText('L'.repeat(64));
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Developer', accountId: '210987654321' });
  const sent = sim.switches.at(-1)!;
  expect(sent.outcome).toBe('ok');
  expect(sent.fields.displayName).toBe('L'.repeat(64));
  expect(sent.redirectUri).toBe('https://us-west-2.console.aws.amazon.com/console/home?region=us-west-2');
});

test('a refused classic switch is explained on the sign-in page and changes nothing', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [wrongCase]);
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  const popup = await openPopup(context, worker, consolePage);
  await popup.getByRole('option', { name: /Wrong case/ }).click();

  const note = consolePage.getByTestId('switchyard-signin-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Wrong case');
  await expect(note).toContainText('upper and lower case');
  expect(sim.switches.at(-1)!.outcome).toBe('unknown-role');
  expect(sim.identity().kind).toBe('user');
});

test('a classic switch reads the console page once', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [admin]);
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl({ region: 'us-east-1' }));
  const popup = await openPopup(context, worker, consolePage);
  await expect(popup.getByTestId('identity')).toContainText('alice');
  // Each read of the page asks the page-world probe (content/page-bridge.ts); counted from here on,
  // in the page's own world, where the probe hears the request too.
  let reads = 0;
  await consolePage.exposeFunction('switchyardCountRead', () => void (reads += 1));
  await consolePage.evaluate(() =>
    document.addEventListener('switchyard:probe-request', () => (window as unknown as { switchyardCountRead(): void }).switchyardCountRead()));
  await popup.getByRole('option', { name: /Prod admin/ }).click();

  await expect(consolePage.getByTestId('sim-identity')).toContainText('Prod Admin');
  expect(sim.switches.at(-1)!.outcome).toBe('ok');
  expect(reads).toBe(1);
});
