/// <reference types="chrome" />
import { expect, test, waitForTab } from './fixtures';
import { badge, entry, runCommand, seedStore } from './console-helpers';

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', region: 'eu-west-1', displayName: 'Prod Admin' });
const readOnly = entry({ label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly' });
const developer = entry({ label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2' });
const auditor = entry({ label: 'Auditor', account: '012345678901', roleName: 'Auditor' });

test('the manifest declares the commands, with default keys only where the browser allows them', async ({ worker }) => {
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
  // Chromium silently drops a suggested key it keeps for itself (here: Alt+Shift+P, R, X, Z, B):
  // the defaults are ones it accepts, checked here rather than assumed.
  expect(Object.keys(byName).sort()).toEqual(['_execute_action', 'favourite-1', 'favourite-2', 'favourite-3', 'return-to-user', 'switch-previous']);
  expect(byName['_execute_action']!.shortcut).toBe('Alt+Shift+S');
  expect(byName['switch-previous']).toMatchObject({ shortcut: 'Alt+Shift+L', description: 'Switch to the previous role' });
  expect(byName['return-to-user']).toMatchObject({ shortcut: 'Alt+Shift+U', description: 'Back to your user (leave the role)' });
  // Chrome takes at most four suggested keys: the favourites are left for the user to assign.
  for (const n of [1, 2, 3]) expect(byName[`favourite-${n}`]).toMatchObject({ shortcut: '', description: `Switch to favourite ${n}` });
});

test('"switch to the previous role" toggles between the last two roles used', async ({ context, worker, sim }) => {
  await seedStore(worker, {
    entries: [admin, readOnly, developer],
    usage: { [readOnly.id]: { count: 2, lastUsed: 2_000 }, [developer.id]: { count: 5, lastUsed: 1_000 } },
  });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl({ region: 'us-east-1' }));
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');

  // As the user, "previous" is the role used last.
  await runCommand(worker, page, 'switch-previous');
  await expect(page.getByTestId('sim-identity')).toContainText('Prod read-only');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod read-only');
  // In that role, the one before it…
  await runCommand(worker, page, 'switch-previous');
  await expect(page.getByTestId('sim-identity')).toContainText('Dev');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Dev');
  // …and back again: a toggle, never the third.
  await runCommand(worker, page, 'switch-previous');
  await expect(page.getByTestId('sim-identity')).toContainText('Prod read-only');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod read-only');
  expect(sim.switches.map((s) => s.fields['roleName'])).toEqual(['ops/ReadOnly', 'Developer', 'ops/ReadOnly']);
  expect(sim.switches.every((s) => s.kind === 'classic' && s.outcome === 'ok')).toBe(true);
});

test('"back to your user" leaves the role on the same page and region (classic)', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin], favourites: [admin.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl({ region: 'us-east-1', path: '/lambda/home?region=us-east-1#/functions' }));
  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('sim-identity')).toContainText('Prod Admin');
  await expect(page).toHaveURL(/^https:\/\/eu-west-1\.console\.aws\.amazon\.com\/lambda\/home/);

  await runCommand(worker, page, 'return-to-user');
  await expect(page.getByTestId('sim-identity')).toContainText('alice');
  const sent = sim.switches.at(-1)!;
  expect(sent).toMatchObject({ kind: 'switch-back', outcome: 'ok' });
  expect(sent.redirectUri).toBe('https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions');
  await expect(page).toHaveURL('https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions');
  expect(sim.identity().kind).toBe('user');

  // Already the user: nothing to leave, nothing is sent.
  const count = sim.switches.length;
  await runCommand(worker, page, 'return-to-user');
  await page.waitForTimeout(500);
  expect(sim.switches.length).toBe(count);
});

test.describe('multi-session', () => {
  test.use({ simOptions: { mode: 'multi-session' } });

  test('"back to your user" brings the base session forward on the same service and region', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [developer], favourites: [developer.id] });
    const [base] = sim.sessions();
    const source = await context.newPage();
    await source.goto(`https://${base!.host}/cloudwatch/home?region=us-east-1`);
    await runCommand(worker, source, 'favourite-1');
    const session = await waitForTab(context, (url) => url.host.startsWith('210987654321-'));
    await expect(session.getByTestId('sim-identity')).toContainText('Dev');

    await runCommand(worker, session, 'return-to-user');
    const back = await waitForTab(context, (url) => url.host === `${base!.subdomain}.us-west-2.console.aws.amazon.com`);
    await expect(back.getByTestId('sim-identity')).toContainText('alice');
    expect(new URL(back.url()).pathname).toBe('/cloudwatch/home');
    expect(sim.sessions()).toHaveLength(2);
  });
});

test('favourites 1 to 3 switch to the user\'s favourites, in their order', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, readOnly, developer, auditor], favourites: [auditor.id, developer.id, readOnly.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl({ region: 'us-east-1' }));
  // As a person would: the page (and Switchyard's badge on it) is there before the shortcut.
  await expect(badge(page)).toBeVisible();
  const expected: Array<[string, string]> = [['favourite-1', 'Auditor'], ['favourite-2', 'Developer'], ['favourite-3', 'ops/ReadOnly']];
  for (const [command, roleName] of expected) {
    await runCommand(worker, page, command);
    await expect.poll(() => sim.switches.at(-1)?.fields['roleName']).toBe(roleName);
    await expect(page.getByTestId('switchyard-badge-role')).toHaveText(roleName);
  }
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'ReadOnly' });
});

test('from a tab that is not a console, a favourite opens the switch page in a new tab', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [developer], favourites: [developer.id] });
  const other = await context.newPage();
  await other.goto('https://example.test/');
  await runCommand(worker, other, 'favourite-1');
  const tab = await waitForTab(context, (url) => url.host === 'us-west-2.console.aws.amazon.com');
  await expect(tab.getByTestId('sim-identity')).toContainText('Dev');
  expect(sim.switches.map((s) => s.kind)).toEqual(['switch-page-get', 'classic']);
  await expect(other).toHaveURL('https://example.test/');
});
