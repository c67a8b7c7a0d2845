// Firefox: back to your user, from the badge and from the popup, in both console modes (the Chromium
// stories: the "Back to alice" tests of e2e/console-badge.spec.ts). Classic consoles post the
// console's own switch-back; multi-session consoles bring the base session's tab, or open it.
import type { Page } from 'puppeteer-core';
import type { Entry } from '../../src/core/store/schema';
import { expect, openPopup, openTab, test } from './fixtures';
import { badgeFields, closes, entry, expectText, pick, textOf, urlOf, waitForPage } from './console-steps';
import { hrefOf, type LaunchedFirefox } from './launch';
import { deepTestId, seedStore } from './pages';

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', region: 'eu-west-1', displayName: 'Prod Admin' });
const developer = entry({ label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2', color: '83d4e8' });

/** Switches the console tab `page` to `to` from the popup; the console shows `shown` once it has. */
async function switchFromPopup(ff: LaunchedFirefox, extensionPage: Page, page: Page, to: Entry, shown: string): Promise<void> {
  const popup = await openPopup(ff, extensionPage, page);
  await pick(popup, to);
  await expectText(page, 'sim-identity', shown);
}

/** Clicks the badge's "Back to alice" as a person does (a trusted click: the badge ignores others). */
async function backFromBadge(page: Page): Promise<void> {
  await page.bringToFront();
  await expectText(page, 'switchyard-back', 'Back to alice');
  await page.click(deepTestId('switchyard-back'));
}

/** Clicks the popup's "Back to alice"; the popup closes once the switch is under way. */
async function backFromPopup(extensionPage: Page, popup: Page): Promise<void> {
  await expectText(popup, 'back-to-user', 'Back to alice');
  const href = await hrefOf(popup);
  await popup.click('[data-testid="back-to-user"]').catch(() => undefined);
  expect(await closes(extensionPage, href)).toBe(true);
}

test.describe('classic console', () => {
  test('"Back to alice" on the badge posts the console\'s switch-back and lands on the same page and region', async ({ ff, extensionPage, sim }) => {
    await seedStore(extensionPage, { entries: [admin] });
    const page = await openTab(ff, sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1#Instances' }));
    await expectText(page, 'sim-identity', 'alice');
    await switchFromPopup(ff, extensionPage, page, admin, 'Prod Admin');
    const token = sim.csrf();

    await backFromBadge(page);
    await expect.poll(() => sim.switches.filter((s) => s.kind === 'switch-back').length, { timeout: 10_000 }).toBe(1);
    await expectText(page, 'sim-identity', 'alice');
    const sent = sim.switches.at(-1)!;
    expect(sent).toMatchObject({ kind: 'switch-back', outcome: 'ok', host: 'signin.aws.amazon.com' });
    expect(sent.fields).toMatchObject({ action: 'switchToBasis', src: 'nav', csrf: token });
    expect(sent.redirectUri).toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances');
    expect((await urlOf(page)).href).toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances');
    expect(sim.identity().kind).toBe('user');
    expect(await badgeFields(page)).toMatchObject({ name: 'alice', role: null, region: 'eu-west-1' });
    expect(await page.$(deepTestId('switchyard-back'))).toBeNull();
  });

  test('"Back to alice" in the popup does the same on the tab under it', async ({ ff, extensionPage, sim }) => {
    await seedStore(extensionPage, { entries: [admin] });
    const page = await openTab(ff, sim.consoleUrl({ region: 'us-east-1', path: '/s3/buckets?region=us-east-1' }));
    await expectText(page, 'sim-identity', 'alice');
    // Signed in as the user: nothing to go back to.
    const before = await openPopup(ff, extensionPage, page);
    expect(await before.$('[data-testid="back-to-user"]')).toBeNull();
    await before.close();

    await switchFromPopup(ff, extensionPage, page, admin, 'Prod Admin');
    await expectText(page, 'switchyard-badge-name', 'Prod Admin');
    await backFromPopup(extensionPage, await openPopup(ff, extensionPage, page));
    await expectText(page, 'sim-identity', 'alice');
    expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-back', outcome: 'ok', redirectUri: 'https://eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1' });
    expect(sim.identity().kind).toBe('user');
  });
});

test('a page script cannot press the badge\'s buttons', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [admin] });
  const page = await openTab(ff, sim.consoleUrl());
  await expectText(page, 'sim-identity', 'alice');
  await switchFromPopup(ff, extensionPage, page, admin, 'Prod Admin');
  await expectText(page, 'switchyard-back', 'Back to alice');
  const before = sim.switches.length;
  // The console's own scripts reach the open shadow root; their clicks are not the user's.
  await page.evaluate(() => {
    const root = document.querySelector('switchyard-badge')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-testid="switchyard-back"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-testid="switchyard-badge-toggle"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(sim.switches.length).toBe(before);
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin' });
  expect(await textOf(page, 'switchyard-badge-name')).toBe('Prod Admin');
});

test.describe('multi-session console', () => {
  test.use({ simOptions: { mode: 'multi-session' } });

  /** Opens the base session on `path`, then switches it to Dev from the popup: Dev's tab. */
  async function toDevSession(ff: LaunchedFirefox, extensionPage: Page, host: string, path: string): Promise<{ source: Page; session: Page }> {
    await seedStore(extensionPage, { entries: [developer] });
    const source = await openTab(ff, `https://${host}${path}`);
    await expectText(source, 'sim-identity', 'alice');
    const popup = await openPopup(ff, extensionPage, source);
    await pick(popup, developer);
    const session = await waitForPage(ff, (url) => url.host.startsWith('210987654321-'));
    await expectText(session, 'switchyard-badge-name', 'Dev');
    return { source, session };
  }

  test('"Back to alice" on the badge opens the base session on the same service and region, then brings that tab', async ({ ff, extensionPage, sim }) => {
    const [base] = sim.sessions();
    const { source, session } = await toDevSession(ff, extensionPage, base!.host, '/s3/home?region=us-east-1');
    expect(await textOf(session, 'switchyard-badge-session')).toBe('role session');

    await backFromBadge(session);
    const back = await waitForPage(ff, (url) => url.host === `${base!.subdomain}.us-west-2.console.aws.amazon.com`, { except: [source] });
    await expectText(back, 'sim-identity', 'alice');
    const url = await urlOf(back);
    expect(url.pathname).toBe('/s3/home');
    expect(url.searchParams.get('region')).toBe('us-west-2');
    expect(await badgeFields(back)).toMatchObject({ name: 'alice', region: 'us-west-2' });
    // Nothing was posted: the base session was never signed out.
    expect(sim.switches.filter((s) => s.kind === 'switch-back')).toHaveLength(0);
    expect(sim.sessions()).toHaveLength(2);

    // Once the base session shows that page, going back again brings that tab to the front.
    const tabsBefore = (await ff.browser.pages()).length;
    await backFromBadge(session);
    await expect.poll(() => back.evaluate(() => document.visibilityState), { timeout: 10_000 }).toBe('visible');
    // The tab left behind learns it is hidden a moment after the other is shown (Firefox tells each
    // tab's process on its own): it once still read 'visible' on CI right after.
    await expect.poll(() => session.evaluate(() => document.visibilityState), { timeout: 10_000 }).toBe('hidden');
    expect((await ff.browser.pages()).length).toBe(tabsBefore);
  });

  test('"Back to alice" in the popup opens the base session from a role session', async ({ ff, extensionPage, sim }) => {
    const [base] = sim.sessions();
    const { source, session } = await toDevSession(ff, extensionPage, base!.host, '/lambda/home?region=us-east-1');
    await backFromPopup(extensionPage, await openPopup(ff, extensionPage, session));
    const back = await waitForPage(ff, (url) => url.host === `${base!.subdomain}.us-west-2.console.aws.amazon.com`, { except: [source] });
    await expectText(back, 'sim-identity', 'alice');
    expect((await urlOf(back)).pathname).toBe('/lambda/home');
    expect(sim.switches.filter((s) => s.kind === 'switch-back')).toHaveLength(0);
  });
});
