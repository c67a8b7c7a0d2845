// Firefox: the address-bar keyword, typed into Firefox's real address bar key by key (BiDi cannot
// type there; browser-chrome.ts reaches it through the browser window), as e2e/omnibox.spec.ts
// checks it in Chromium by firing the events. Firefox shows suggestions as plain text: they must
// not carry Chromium's <match>/<dim> markup.
import type { Entry } from '../../src/core/store/schema';
import { enterAddOnDirectly, enterInAddressBar, typeInAddressBar } from './browser-chrome';
import { expect, openTab, test } from './fixtures';
import { seedStore, waitForBadge } from './pages';
import { waitForText } from './data-steps';

test.use({ browserWindow: true });

const role = (e: Partial<Entry> & Pick<Entry, 'id' | 'label' | 'account' | 'roleName'>): Entry => ({ rolePath: '/', partition: 'aws', ...e });
const admin = role({ id: 'adm', label: 'Prod admin', account: '123456789012', roleName: 'Admin', region: 'eu-west-1', displayName: 'Prod Admin' });
const readOnly = role({ id: 'ro', label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly' });
const developer = role({ id: 'dev', label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2' });
const auditor = role({ id: 'aud', label: 'Audit <b>&amp; "logs"</b>', account: '012345678901', roleName: 'Auditor' });

test.beforeEach(async ({ ff }) => seedStore(await enterAddOnDirectly(ff), { entries: [admin, readOnly, developer, auditor], favourites: [developer.id] }));

test('typing the keyword lists the matching roles as plain text, a label\'s markup shown as typed', async ({ ff }) => {
  const rows = await typeInAddressBar(ff, 'aws prod');
  // Firefox's own first row (the text as typed), then Switchyard's suggestions in ranking order.
  const suggestions = rows.slice(1);
  expect(suggestions.map((text) => text.split(' — ')[0])).toEqual(['Prod admin', 'Prod read-only']);
  expect(suggestions[0]).toContain('Prod admin — Admin @ 123456789012');
  for (const text of suggestions) expect(text).not.toMatch(/<\/?(match|dim)>/);
  const [, audit] = await typeInAddressBar(ff, 'aws audit');
  expect(audit).toContain('Audit <b>&amp; "logs"</b> — Auditor @ 012345678901');
});

test('Enter on typed text switches the current console tab to the best match', async ({ ff, sim }) => {
  const page = await openTab(ff, sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1' }));
  await waitForBadge(page);
  await page.bringToFront();
  await typeInAddressBar(ff, 'aws prod adm');
  await enterInAddressBar(ff);
  await expect.poll(() => sim.switches.at(-1)?.outcome, { timeout: 15_000 }).toBe('ok');
  const sent = sim.switches.at(-1)!;
  expect(sent).toMatchObject({ kind: 'classic', fields: { account: '123456789012', roleName: 'Admin' } });
  expect(sent.redirectUri).toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1');
  await waitForText(page, '[data-testid="sim-identity"]', 'Prod Admin', 15_000);
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin', accountId: '123456789012' });
});

test('text that matches nothing switches nothing', async ({ ff, sim }) => {
  const page = await openTab(ff, sim.consoleUrl());
  await waitForBadge(page);
  await page.bringToFront();
  expect((await typeInAddressBar(ff, 'aws zzzqqq')).slice(1)).toEqual([]);
  await enterInAddressBar(ff);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(sim.switches).toHaveLength(0);
});
