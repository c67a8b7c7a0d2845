// Firefox: the Identity Center accounts read from the access portal the user is signed in to
// (issue #17), as e2e/portal-import.spec.ts does in Chromium: Options asks at the click for
// `scripting` and that portal's origin, reads the portal as its own page does, previews, imports,
// and gives the permission back.
//
// Firefox asks the user about an optional permission in a door-hanger that WebDriver cannot reach;
// its preference `extensions.webextOptionalPermissionPrompts` set to false grants what is asked
// without the prompt (the request still needs the click's user input, which BiDi's click is). The
// request itself is recorded on its way and must name exactly that origin.
import type { Page } from 'puppeteer-core';
import type { SimPortalAccount } from '../simulator';
import { button, openOptions, textOf, waitForText } from './data-steps';
import { expect, openTab, test } from './fixtures';
import { storedData } from './pages';

const START = 'https://d-9067a1b2c3.awsapps.com/start';
const ORIGIN = 'https://d-9067a1b2c3.awsapps.com';
const REGION = 'eu-west-1';
const SETS = ['ReadOnly', 'PowerUser', 'Admin'];
const account = (i: number): SimPortalAccount => ({ accountId: String(400000000000 + i), accountName: `team-${i}`, emailAddress: `aws+${i}@example.com`, permissionSets: SETS });

type WithBrowser = typeof globalThis & { browser: { permissions: { request(p: object): Promise<boolean>; getAll(): Promise<{ permissions?: string[]; origins?: string[] }> }; storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<unknown> }> } };

test.use({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });

/** Every permissions.request of the options page, recorded (as given) before the real one runs. */
async function recordPermissionRequests(options: Page): Promise<void> {
  await options.evaluate(() => {
    const api = (globalThis as WithBrowser).browser.permissions;
    const record: unknown[] = [];
    (window as unknown as { permissionRequests: unknown[] }).permissionRequests = record;
    const real = api.request.bind(api);
    api.request = (asked: object) => {
      record.push(JSON.parse(JSON.stringify(asked)));
      return real(asked);
    };
  });
}

test('accounts and permission sets read from the signed-in portal are previewed, imported, and the permission is given back', async ({ ff, extensionPage, sim }) => {
  test.setTimeout(120_000);
  sim.portal.signIn(START, { region: REGION });
  sim.portal.setAssignments(START, Array.from({ length: 30 }, (_, i) => account(i)));
  // The user has the portal open (signed in: the browser holds its session cookie).
  const portal = await openTab(ff, `${START}/`);
  await portal.waitForSelector('[data-testid="sim-portal-status"]');
  const options = await openOptions(ff, extensionPage);
  await recordPermissionRequests(options);

  await options.type('[data-testid="portal-start-url"]', START);
  await (await options.$('[data-testid="portal-read"]'))!.click();
  expect(await waitForText(options, '[data-testid="import-preview"] [data-testid="count-new"]', 'New 90', 60_000)).toBe('New 90');
  expect(await options.evaluate(() => (window as unknown as { permissionRequests: unknown[] }).permissionRequests)).toEqual([{ permissions: ['scripting'], origins: [`${ORIGIN}/*`] }]);

  await (await button(options, 'Import', '[data-testid="import-preview"]')).click();
  expect(await waitForText(options, '[data-testid="import-status"]', 'Imported from the portal')).toBe('Imported from the portal: 90 new, 0 changed; 0 no longer in the portal are kept and marked.');
  const entries = (await storedData(extensionPage)).entries;
  expect(entries).toHaveLength(90);
  expect(entries.find((e) => e.label === 'team-29 · Admin')).toMatchObject({
    account: '400000000029', roleName: 'Admin', region: REGION, sso: { startUrl: START, accountId: '400000000029', permissionSet: 'Admin' },
  });

  // Read as the portal's page reads it (its origin, its session); given back afterwards; the token kept nowhere.
  const reads = sim.portal.requests.filter((r) => !r.preflight);
  expect(reads.length).toBeGreaterThanOrEqual(30 + 1);
  expect(reads.filter((r) => r.origin !== ORIGIN || r.token !== 'matched' || r.status !== 200)).toEqual([]);
  const after = await extensionPage.evaluate(() => (globalThis as WithBrowser).browser.permissions.getAll());
  expect(after.permissions ?? []).not.toContain('scripting');
  expect(after.origins ?? []).not.toContain(`${ORIGIN}/*`);
  const stored = await extensionPage.evaluate(async () => {
    const { storage } = (globalThis as WithBrowser).browser;
    return JSON.stringify([await storage.local.get(null), await storage.sync.get(null), await storage.session.get(null)]);
  });
  expect(stored).not.toContain(sim.portal.sessionToken(START));
  expect(await textOf(portal, '[data-testid="sim-portal-status"]')).toContain('AWS access portal');
});

test('signed out of the portal: a clear message, and nothing saved', async ({ ff, extensionPage, sim }) => {
  sim.portal.setAssignments(START, [account(1)]);
  sim.portal.signIn(START, { region: REGION });
  sim.portal.signOut(START);
  const before = await storedData(extensionPage);
  const options = await openOptions(ff, extensionPage);
  await options.type('[data-testid="portal-start-url"]', START);
  await (await options.$('[data-testid="portal-read"]'))!.click();
  expect(await waitForText(options, '[data-testid="portal-problem"]', /sign(ed)? in/i, 30_000)).toMatch(/portal/i);
  expect(await options.$eval('[data-testid="portal-problem"]', (el) => el.getAttribute('role'))).toBe('alert');
  expect(await options.$('[data-testid="import-preview"]')).toBeNull();
  expect(await storedData(extensionPage)).toEqual(before);
  expect(sim.portal.requests.filter((r) => !r.preflight && r.status === 200)).toEqual([]);
});
