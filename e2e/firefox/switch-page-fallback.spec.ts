// Firefox: the prefilled Switch Role page from a tab that is not a console, confirmed once by the
// sign-in page's content script, and a crafted switch link that it must leave alone (the Chromium
// stories: e2e/switch-page-fallback.spec.ts).
import type { Page } from 'puppeteer-core';
import { expect, openTab, test } from './fixtures';
import { entry, expectText, openPopupOverActiveTab, pick, textOf, urlOf, waitForPage } from './console-steps';
import { seedStore } from './pages';
import { expectPrefilledPageConfirmed } from '../story-checks';

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', region: 'ap-northeast-1', color: 'b7ca9d' });

/** A switch URL someone else built, for the role they chose and a name of their own. */
const crafted = 'https://signin.aws.amazon.com/switchrole?account=123456789012&roleName=Admin&displayName=Evil&redirect_uri=' +
  encodeURIComponent('https://us-east-1.console.aws.amazon.com/console/home');

/** Puts a link on `page` and follows it, as a person clicking a link in a mail or a wiki does. */
async function followLink(page: Page, href: string): Promise<void> {
  await page.evaluate((to) => {
    const link = document.createElement('a');
    link.href = to;
    link.textContent = 'Open the production console';
    link.dataset.testid = 'crafted-link';
    document.body.append(link);
  }, href);
  await Promise.all([page.waitForNavigation(), page.click('[data-testid="crafted-link"]')]);
}

/** The crafted switch page stays as AWS drew it, unsent, for longer than the content script's settling. */
async function expectLeftAlone(page: Page): Promise<void> {
  await page.waitForSelector('#switchrole_form');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect((await urlOf(page)).href).toBe(crafted);
  expect(await page.$('#switchrole_form')).not.toBeNull();
}

test('from a non-console tab the prefilled switch page opens in a new tab and is confirmed once', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [admin] });
  const other = await openTab(ff, 'https://example.test/');
  const popup = await openPopupOverActiveTab(ff, extensionPage, other);
  expect(await textOf(popup, 'identity')).toContain('not an AWS console page');

  await pick(popup, admin);
  const tab = await waitForPage(ff, (url) => url.host === 'ap-northeast-1.console.aws.amazon.com');
  await expectText(tab, 'sim-identity', 'Prod admin');
  expectPrefilledPageConfirmed(sim);
  // Confirmed once: a moment later, still exactly one page asked for and one switch posted.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(sim.switches.map((s) => s.kind)).toEqual(['switch-page-get', 'classic']);
  expect((await urlOf(other)).href).toBe('https://example.test/');
});

test('a switch link that Switchyard did not open is never confirmed automatically', async ({ ff, extensionPage, sim }) => {
  void extensionPage; // the add-on is installed and running
  const page = await openTab(ff, 'https://example.test/wiki');
  await followLink(page, crafted);
  await expectLeftAlone(page);
  expect(sim.switches.map((s) => s.kind)).toEqual(['switch-page-get']);
  expect(sim.identity().kind).toBe('user');
});

test('right after a switch of its own, a crafted switch link in another tab is still left alone', async ({ ff, extensionPage, sim }) => {
  // Switchyard has just armed and confirmed a switch, so sign-in pages ask the background about
  // themselves for a while: the background must still refuse a page it did not arm.
  await seedStore(extensionPage, { entries: [admin] });
  const other = await openTab(ff, 'https://example.test/');
  const popup = await openPopupOverActiveTab(ff, extensionPage, other);
  await pick(popup, admin);
  const landed = await waitForPage(ff, (url) => url.host === 'ap-northeast-1.console.aws.amazon.com');
  await expectText(landed, 'sim-identity', 'Prod admin');
  const before = sim.switches.length;

  const page = await openTab(ff, 'https://example.test/wiki');
  await followLink(page, crafted);
  await expectLeftAlone(page);
  expect(sim.switches.slice(before).map((s) => s.kind)).toEqual(['switch-page-get']);
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin' });
  expect(sim.identity().displayName).not.toBe('Evil');
});

const gov = entry({ label: 'Gov admin', account: '777788889999', roleName: 'GovAdmin', partition: 'aws-us-gov', region: 'us-gov-west-1' });

test('an aws-us-gov entry from an aws console goes to its own partition\'s sign-in host and leaves the aws tab alone', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [gov] });
  const awsConsole = await openTab(ff, sim.consoleUrl());
  await expectText(awsConsole, 'sim-identity', 'alice');
  const popup = await openPopupOverActiveTab(ff, extensionPage, awsConsole);
  await pick(popup, gov);
  const tab = await waitForPage(ff, (url) => url.host === 'us-gov-west-1.console.amazonaws-us-gov.com');
  await expectText(tab, 'sim-identity', 'Gov admin');
  expect(sim.switches.filter((s) => s.kind === 'classic').map((s) => s.host)).toEqual(['signin.amazonaws-us-gov.com']);
  expect(sim.identity('aws-us-gov')).toMatchObject({ kind: 'role', roleName: 'GovAdmin' });
  expect(sim.identity('aws').kind).toBe('user');
});

test('when the console page no longer carries its signals, the popup says so and the switch page takes over', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [admin] });
  sim.setSignalsRemoved(true);
  const consolePage = await openTab(ff, sim.consoleUrl({ region: 'us-east-1' }));
  await consolePage.waitForSelector('[data-testid="sim-identity"]');
  const popup = await openPopupOverActiveTab(ff, extensionPage, consolePage);
  await expectText(popup, 'identity', 'AWS may have changed the page');
  await pick(popup, admin);
  const tab = await waitForPage(ff, (url) => url.host === 'ap-northeast-1.console.aws.amazon.com');
  await expectText(tab, 'sim-identity', 'Prod admin');
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin' });
  expect(sim.switches.map((s) => s.kind)).toEqual(['switch-page-get', 'classic']);
});
