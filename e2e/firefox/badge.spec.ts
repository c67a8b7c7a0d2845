// Firefox: the badge on a console page names who is signed in, in the entry's colour after a switch,
// and a production entry frames the whole page (the Chromium stories: e2e/console-badge.spec.ts).
// Both live in the badge's shadow root: `>>>` selectors (pages.ts deepTestId).
import type { Page } from 'puppeteer-core';
import { expect, openPopup, openTab, test } from './fixtures';
import { badgeFields, cssOf, entry, expectText, pick, textOf } from './console-steps';
import { deepTestId, seedStore, waitForBadge } from './pages';

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', region: 'eu-west-1', displayName: 'Prod Admin', group: 'Production' });
const readOnly = entry({ label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly', color: '83d4e8', production: true });
const developer = entry({ label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2', color: '83d4e8' });

test('the badge names the assumed role on a console page', async ({ ff, extensionPage, sim }) => {
  void extensionPage;
  sim.setMode('classic');
  const page = await openTab(ff, sim.consoleUrl());
  const badge = await waitForBadge(page);
  expect(await badge?.evaluate((el) => el.textContent)).toContain('alice');
});

/** Switches the console tab `page` to `to` from the popup, and waits until the console shows it. */
async function switchFromPopup(ff: Parameters<typeof openPopup>[0], extensionPage: Page, page: Page, to: typeof admin, shown: string): Promise<void> {
  const popup = await openPopup(ff, extensionPage, page);
  await pick(popup, to);
  await expectText(page, 'sim-identity', shown);
}

/** The production frame's edges as drawn: box, colour and whether they take clicks. */
async function frameEdges(page: Page) {
  const frame = await page.$(deepTestId('switchyard-production-frame'));
  if (!frame) return null;
  return frame.evaluate((el) => [...el.querySelectorAll('.edge')].map((edge) => {
    const box = edge.getBoundingClientRect();
    const style = getComputedStyle(edge);
    return { box: [box.x, box.y, box.width, box.height], background: style.backgroundColor, pointerEvents: style.pointerEvents };
  }));
}

test('after a switch the badge names the role in the entry colour; a production group frames the whole page', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [admin, developer], groups: { Production: { production: true } } });
  const page = await openTab(ff, sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1#Instances' }));
  expect(await badgeFields(page)).toEqual({ name: 'alice', account: '111122223333', role: null, region: 'us-east-1' });
  expect(await page.$(deepTestId('switchyard-back'))).toBeNull();
  expect(await frameEdges(page)).toBeNull();

  await switchFromPopup(ff, extensionPage, page, admin, 'Prod Admin');
  expect(await badgeFields(page)).toEqual({ name: 'Prod Admin', account: 'switchyard-prod (123456789012)', role: 'Admin', region: 'eu-west-1' });
  expect(await cssOf(page, 'switchyard-badge', 'background-color')).toBe('rgb(242, 176, 169)');
  expect(await cssOf(page, 'switchyard-badge', 'color')).toBe('rgb(0, 0, 0)');
  expect(await textOf(page, 'switchyard-back')).toBe('Back to alice');
  expect(await textOf(page, 'switchyard-badge-production')).toBe('PRODUCTION');

  // A red frame on all four edges of the page, which never takes a click from the console.
  await expect.poll(async () => (await frameEdges(page))?.length).toBe(4);
  const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const edges = (await frameEdges(page))!;
  expect(edges.map((edge) => edge.box)).toEqual([
    [0, 0, width, 6], [width - 6, 0, 6, height], [0, height - 6, width, 6], [0, 0, 6, height],
  ]);
  for (const edge of edges) expect(edge).toMatchObject({ background: 'rgb(209, 50, 18)', pointerEvents: 'none' });
  expect(await page.evaluate(() => document.elementFromPoint(2, 2)?.localName)).not.toBe('switchyard-badge');

  // Dev is not production: no frame, the badge in Dev's colour.
  await switchFromPopup(ff, extensionPage, page, developer, 'Dev');
  expect(await badgeFields(page)).toEqual({ name: 'Dev', account: '210987654321', role: 'Developer', region: 'us-west-2' });
  expect(await cssOf(page, 'switchyard-badge', 'background-color')).toBe('rgb(131, 212, 232)');
  expect(await frameEdges(page)).toBeNull();
  expect(await page.$(deepTestId('switchyard-badge-production'))).toBeNull();
});

test('an entry marked production by its own flag frames the page too', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [readOnly] });
  const page = await openTab(ff, sim.consoleUrl());
  await waitForBadge(page);
  await switchFromPopup(ff, extensionPage, page, readOnly, 'Prod read-only');
  expect(await badgeFields(page)).toMatchObject({ name: 'Prod read-only', role: 'ops/ReadOnly' });
  await expect.poll(async () => (await frameEdges(page))?.length).toBe(4);
  expect(await cssOf(page, 'switchyard-badge', 'background-color')).toBe('rgb(131, 212, 232)');
  expect(await textOf(page, 'switchyard-badge-production')).toBe('PRODUCTION');
});
