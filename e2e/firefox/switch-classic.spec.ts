// Firefox: a classic switch from the popup (the Chromium story: e2e/switch-classic.spec.ts).
import { expect, openPopup, openTab, test } from './fixtures';
import { badgeFields, closes, entry, expectText, pick, textOf, urlOf } from './console-steps';
import { hrefOf } from './launch';
import { seedStore } from './pages';
import { expectProdAdminSwitchPosted } from '../story-checks';

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', region: 'eu-west-1', displayName: 'Prod Admin' });
const readOnly = entry({ label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly' });

test('switching from the popup on a classic console posts the right fields, the console shows the role, and so does the badge', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [admin, readOnly] });
  const consolePage = await openTab(ff, sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1#Instances' }));
  await expectText(consolePage, 'sim-identity', 'alice');
  const token = sim.csrf();

  const popup = await openPopup(ff, extensionPage, consolePage);
  expect(await textOf(popup, 'identity')).toContain('alice');
  expect(await textOf(popup, 'identity')).toContain('111122223333');
  const popupHref = await hrefOf(popup);
  await pick(popup, admin);

  await expectText(consolePage, 'sim-identity', 'Prod Admin');
  // The switch is under way in the tab: the popup has done its job and closed.
  expect(await closes(extensionPage, popupHref)).toBe(true);
  expectProdAdminSwitchPosted(sim, token);
  expect((await urlOf(consolePage)).host).toBe('eu-west-1.console.aws.amazon.com');
  expect(sim.switches.filter((s) => s.kind === 'classic')).toHaveLength(1);
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin', accountId: '123456789012', color: 'f2b0a9' });

  // The badge on the landed page names the role.
  expect(await badgeFields(consolePage)).toEqual({ name: 'Prod Admin', account: 'switchyard-prod (123456789012)', role: 'Admin', region: 'eu-west-1' });
});

test('a role with a path, named by the account alias, switches with the path in the role name', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [readOnly] });
  const consolePage = await openTab(ff, sim.consoleUrl({ region: 'us-east-1' }));
  await expectText(consolePage, 'sim-identity', 'alice');
  const popup = await openPopup(ff, extensionPage, consolePage);
  await pick(popup, readOnly);

  await expectText(consolePage, 'sim-identity', 'Prod read-only');
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'classic', outcome: 'ok' });
  expect(sim.switches.at(-1)!.fields).toMatchObject({ account: 'switchyard-prod', roleName: 'ops/ReadOnly' });
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'ReadOnly', rolePath: '/ops/' });
});

const wrongCase = entry({ label: 'Wrong case', account: '123456789012', roleName: 'admin' });

test('the keyboard switches too: down to the entry, Enter', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [admin, readOnly] });
  const consolePage = await openTab(ff, sim.consoleUrl({ region: 'us-east-1' }));
  await expectText(consolePage, 'sim-identity', 'alice');
  const popup = await openPopup(ff, extensionPage, consolePage);
  await popup.waitForSelector('[role="combobox"]');
  await popup.focus('[role="combobox"]');
  await popup.keyboard.press('ArrowDown');
  await expect.poll(() => popup.$eval('[role="combobox"]', (input) => input.getAttribute('aria-activedescendant'))).toBe(`entry-${readOnly.id}`);
  await popup.keyboard.press('Enter').catch(() => undefined);

  await expectText(consolePage, 'sim-identity', 'Prod read-only');
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'classic', outcome: 'ok' });
  expect(sim.switches.at(-1)!.fields).toMatchObject({ account: 'switchyard-prod', roleName: 'ops/ReadOnly' });
});

test('a refused classic switch is explained on the sign-in page and changes nothing', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [wrongCase] });
  const consolePage = await openTab(ff, sim.consoleUrl());
  await expectText(consolePage, 'sim-identity', 'alice');
  const popup = await openPopup(ff, extensionPage, consolePage);
  await pick(popup, wrongCase);

  await expectText(consolePage, 'switchyard-signin-note', 'Wrong case');
  expect(await textOf(consolePage, 'switchyard-signin-note')).toContain('upper and lower case');
  expect(sim.switches.at(-1)!.outcome).toBe('unknown-role');
  expect(sim.identity().kind).toBe('user');
});
