// Firefox: the keyboard commands pressed as keys in Firefox's window (BiDi cannot press browser
// shortcuts; browser-chrome.ts presses them there as Firefox's own tests do), as
// e2e/commands.spec.ts checks them in Chromium by firing the event.
import type { Entry } from '../../src/core/store/schema';
import { enterAddOnDirectly, pressInBrowser } from './browser-chrome';
import { waitForText } from './data-steps';
import { expect, openTab, test } from './fixtures';
import { deepTestId, seedStore, waitForBadge } from './pages';

test.use({ browserWindow: true });

const role = (e: Partial<Entry> & Pick<Entry, 'id' | 'label' | 'account' | 'roleName'>): Entry => ({ rolePath: '/', partition: 'aws', ...e });
const admin = role({ id: 'adm', label: 'Prod admin', account: '123456789012', roleName: 'Admin', region: 'eu-west-1', displayName: 'Prod Admin' });
const readOnly = role({ id: 'ro', label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly' });
const developer = role({ id: 'dev', label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2' });

const IDENTITY = '[data-testid="sim-identity"]';

test('Alt+Shift+L ("switch to the previous role") toggles between the last two roles used', async ({ ff, sim }) => {
  const extensionPage = await enterAddOnDirectly(ff);
  await seedStore(extensionPage, {
    entries: [admin, readOnly, developer],
    usage: { ro: { count: 2, lastUsed: 2_000 }, dev: { count: 5, lastUsed: 1_000 } },
  });
  const page = await openTab(ff, sim.consoleUrl({ region: 'us-east-1' }));
  await waitForBadge(page);
  await page.bringToFront();

  // As the user, "previous" is the role used last; in that role, the one before it; then back.
  for (const [n, name] of [[1, 'Prod read-only'], [2, 'Dev'], [3, 'Prod read-only']] as const) {
    await pressInBrowser(ff, 'Alt+Shift+L');
    await expect.poll(() => sim.switches.length, { timeout: 15_000 }).toBe(n);
    await waitForText(page, IDENTITY, name, 15_000);
    // The badge (in its shadow root) names the new role too.
    await expect.poll(async () => (await page.$(deepTestId('switchyard-badge-name')))?.evaluate((el) => el.textContent), { timeout: 15_000 }).toBe(name);
  }
  expect(sim.switches.map((s) => s.fields['roleName'])).toEqual(['ops/ReadOnly', 'Developer', 'ops/ReadOnly']);
  expect(sim.switches.every((s) => s.kind === 'classic' && s.outcome === 'ok')).toBe(true);
});

test('Alt+Shift+U ("back to your user") leaves the role on the same page and region', async ({ ff, sim }) => {
  const extensionPage = await enterAddOnDirectly(ff);
  await seedStore(extensionPage, { entries: [admin], usage: { adm: { count: 1, lastUsed: 1_000 } } });
  const page = await openTab(ff, sim.consoleUrl({ region: 'us-east-1', path: '/lambda/home?region=us-east-1#/functions' }));
  await waitForBadge(page);
  await page.bringToFront();
  await pressInBrowser(ff, 'Alt+Shift+L');
  await waitForText(page, IDENTITY, 'Prod Admin', 15_000);

  await pressInBrowser(ff, 'Alt+Shift+U');
  await expect.poll(() => sim.switches.at(-1)?.kind, { timeout: 15_000 }).toBe('switch-back');
  await waitForText(page, IDENTITY, 'alice', 15_000);
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-back', outcome: 'ok', redirectUri: 'https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions' });
  expect(sim.identity().kind).toBe('user');
});
