// A refused classic switch is explained whatever AWS answers with: on the answer page, and in the
// popup opened over that tab. Never after a successful switch, never on a page we did not lead to.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopup, profile, seedProfiles, test, waitForTab } from './fixtures';
import type { RefusalPage } from './simulator';

const admin = profile({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', region: 'eu-west-1' });
const wrongCase = profile({ label: 'Wrong case', account: '123456789012', roleName: 'admin' });
const breakGlass = profile({ label: 'Break glass', account: 'switchyard-prod', roleName: 'BreakGlass' });

/** Switches to `entry` from the popup over `tab`, a console page. */
async function switchFrom(context: BrowserContext, worker: Worker, tab: Page, entry: string): Promise<void> {
  const popup = await openPopup(context, worker, tab);
  await popup.getByRole('option', { name: new RegExp(entry) }).click();
}

async function expectRefusalInPopup(context: BrowserContext, worker: Worker, over: Page, label: string): Promise<Page> {
  const popup = await openPopup(context, worker, over);
  const refusal = popup.getByTestId('switch-refusal');
  await expect(refusal).toContainText(`“${label}”`);
  await expect(refusal).toContainText(/seconds? ago/);
  await expect(refusal).toContainText('upper and lower case');
  await expect(refusal).toContainText('trust policy');
  return popup;
}

const answers: Array<{ variant: RefusalPage; entry: typeof wrongCase; path: string }> = [
  { variant: 'form', entry: wrongCase, path: '/switchrole' },
  { variant: 'error-page', entry: wrongCase, path: '/switchrole' },
  { variant: 'blank', entry: breakGlass, path: '/switchrole' },
  { variant: 'sign-in-redirect', entry: breakGlass, path: '/signin' },
];

for (const { variant, entry, path } of answers) {
  test.describe(`AWS answers a refusal with the ${variant} page`, () => {
    test.use({ simOptions: { refusalPage: variant } });

    test('the note shows on that page and the popup over the tab says the switch was refused', async ({ context, worker, sim }) => {
      await seedProfiles(worker, [entry, admin]);
      const tab = await context.newPage();
      await tab.goto(sim.consoleUrl());
      await switchFrom(context, worker, tab, entry.label);

      await tab.waitForURL((url) => url.host === 'signin.aws.amazon.com' && url.pathname === path);
      const note = tab.getByTestId('switchyard-signin-note');
      await expect(note).toBeVisible();
      await expect(note).toContainText(entry.label);
      expect(sim.switches.at(-1)!.outcome).not.toBe('ok');
      expect(sim.identity().kind).toBe('user');

      // Dismissed in the popup, it stays dismissed.
      let popup = await expectRefusalInPopup(context, worker, tab, entry.label);
      await popup.getByTestId('switch-refusal').getByRole('button', { name: 'Dismiss' }).click();
      await expect(popup.getByTestId('switch-refusal')).toHaveCount(0);
      await popup.close();
      popup = await openPopup(context, worker, tab);
      await expect(popup.getByTestId('identity')).toContainText('not an AWS console page');
      await expect(popup.getByTestId('switch-refusal')).toHaveCount(0);
    });
  });
}

test.describe('the armed switch page', () => {
  test.use({ simOptions: { refusalPage: 'error-page' } });

  test('confirmed from a non-console tab and refused, it is explained in its tab and popup', async ({ context, worker, sim }) => {
    await seedProfiles(worker, [wrongCase]);
    const other = await context.newPage();
    await other.goto('https://example.test/');
    const popup = await openPopup(context, worker, other);
    await popup.getByRole('option', { name: /Wrong case/ }).click();

    const tab = await waitForTab(context, (url) => url.host === 'signin.aws.amazon.com', { except: [other] });
    await expect(tab.getByTestId('sim-switch-error')).toBeVisible();
    await expect(tab.getByTestId('switchyard-signin-note')).toContainText('Wrong case');
    expect(sim.switches.map((s) => [s.kind, s.outcome])).toEqual([['switch-page-get', 'ok'], ['classic', 'unknown-role']]);
    await expectRefusalInPopup(context, worker, tab, 'Wrong case');
    // The tab the switch was asked from says nothing of it.
    const overOther = await openPopup(context, worker, other);
    await expect(overOther.getByTestId('switch-refusal')).toHaveCount(0);
  });
});

test.describe('a successful switch', () => {
  // The simulator answers a success with a page that forwards to the console at once (a 302 on
  // AWS): the sign-in script may meet that page, which must not be taken for a refusal.
  test.use({ simOptions: { refusalPage: 'blank' } });

  test('after a refusal, a successful switch from the same tab shows neither the note nor the refusal', async ({ context, worker, sim }) => {
    await seedProfiles(worker, [breakGlass, admin]);
    const tab = await context.newPage();
    await tab.goto(sim.consoleUrl());
    await switchFrom(context, worker, tab, breakGlass.label);
    await expect(tab.getByTestId('switchyard-signin-note')).toBeVisible();
    await expectRefusalInPopup(context, worker, tab, breakGlass.label);

    await tab.goto(sim.consoleUrl());
    await switchFrom(context, worker, tab, admin.label);
    await expect(tab.getByTestId('sim-identity')).toContainText('Prod admin');
    // Time for a sign-in page to have asked, had it been taken for the answer.
    await tab.waitForTimeout(1500);
    await expect(tab.getByTestId('switchyard-signin-note')).toHaveCount(0);
    const popup = await openPopup(context, worker, tab);
    await expect(popup.getByTestId('identity')).toContainText('Prod admin');
    await expect(popup.getByTestId('switch-refusal')).toHaveCount(0);
    expect(sim.switches.map((s) => s.outcome)).toEqual(['not-authorized', 'ok']);
  });
});

test('after a successful switch, the console\'s own switch page opened later in that tab shows no note', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [admin]);
  const tab = await context.newPage();
  await tab.goto(sim.consoleUrl());
  await switchFrom(context, worker, tab, admin.label);
  await expect(tab.getByTestId('sim-identity')).toContainText('Prod admin');
  // The user looks around, then opens the console's "Switch role" page in the same tab.
  await tab.waitForTimeout(6000);
  await tab.goto('https://signin.aws.amazon.com/switchrole?account=210987654321&roleName=Developer&redirect_uri=' +
    encodeURIComponent('https://us-east-1.console.aws.amazon.com/console/home'));
  await expect(tab.locator('#switchrole_form')).toBeVisible();
  await tab.waitForTimeout(1500);
  await expect(tab.getByTestId('switchyard-signin-note')).toHaveCount(0);
  const popup = await openPopup(context, worker, tab);
  await expect(popup.getByTestId('switch-refusal')).toHaveCount(0);
});

test('a crafted switch-page link in a fresh tab shows no note, even just after a refused switch elsewhere', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [wrongCase]);
  const tab = await context.newPage();
  await tab.goto(sim.consoleUrl());
  await switchFrom(context, worker, tab, 'Wrong case');
  await expect(tab.getByTestId('switchyard-signin-note')).toBeVisible();

  const fresh = await context.newPage();
  const crafted = 'https://signin.aws.amazon.com/switchrole?account=123456789012&roleName=admin&displayName=Evil&redirect_uri=' +
    encodeURIComponent('https://us-east-1.console.aws.amazon.com/console/home');
  await fresh.goto(crafted);
  await expect(fresh.locator('#switchrole_form')).toBeVisible();
  await fresh.goto('https://signin.aws.amazon.com/signin?redirect_uri=x');
  await expect(fresh.getByTestId('sim-signin-page')).toBeVisible();
  await fresh.waitForTimeout(1500);
  await expect(fresh.getByTestId('switchyard-signin-note')).toHaveCount(0);
  const popup = await openPopup(context, worker, fresh);
  await expect(popup.getByTestId('switch-refusal')).toHaveCount(0);
  expect(sim.switches.filter((s) => s.kind === 'classic')).toHaveLength(1);
});
