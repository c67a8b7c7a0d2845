/// <reference types="chrome" />
// Issue #16, "Done when": session-aware switching in multi-session mode, against the simulator's
// rules (e2e/simulator/README.md, "Sessions in multi-session mode"). Role sessions are signed in as a
// user would, through AWS's own prefilled Switch Role page (no help from the extension), so what the
// popup then shows comes from the console pages the extension read, and every sign-in the
// simulator counts is one the test made or one the extension caused.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopup, test, waitForTab } from './fixtures';
import { entry, runCommand, seedStore } from './console-helpers';
import { SESSIONS_KEY } from '../src/core/store/storage-keys';
import type { Simulator, SimSession } from './simulator';
import type { Entry } from '../src/core/store/schema';

test.use({ simOptions: { mode: 'multi-session' } });

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9' });
const developer = entry({ label: 'Dev', account: '210987654321', roleName: 'Developer', color: '83d4e8' });
const auditor = entry({ label: 'Auditor', account: '012345678901', roleName: 'Auditor' });
const readOnly = entry({ label: 'Prod read-only', account: '123456789012', rolePath: '/ops/', roleName: 'ReadOnly' });
const powerUser = entry({ label: 'Power user', account: '210987654321', roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef' });

/**
 * Signs `role` in in a new tab as a person would: the console's prefilled Switch Role page,
 * confirmed, lands on the new session's own subdomain at `path` (multi-session mode opens one more
 * session). Returns that tab once it shows the role.
 */
async function signIn(context: BrowserContext, sim: Simulator, role: Entry, path = '/console/home'): Promise<{ tab: Page; session: SimSession }> {
  const before = new Set(sim.sessions().map((s) => s.sessionDifferentiator));
  const tab = await context.newPage();
  const query = new URLSearchParams({
    account: role.account,
    roleName: `${role.rolePath.slice(1)}${role.roleName}`,
    displayName: role.label,
    color: role.color ?? '',
    redirect_uri: `https://us-east-1.console.aws.amazon.com${path}`,
  });
  await tab.goto(`https://signin.aws.amazon.com/switchrole?${query}`);
  await tab.getByRole('button', { name: 'Switch Role' }).click();
  await tab.waitForURL((url) => url.hostname.startsWith(`${role.account}-`));
  await expect(tab.getByTestId('sim-identity')).toHaveText(role.label);
  const session = sim.sessions().find((s) => !before.has(s.sessionDifferentiator));
  if (!session) throw new Error(`no new session for ${role.label}`);
  return { tab, session };
}

/** Another tab of a session that is signed in already (opening it signs no one in). */
async function openOn(context: BrowserContext, session: SimSession, path: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(`https://${session.subdomain}.${session.region}.console.aws.amazon.com${path}`);
  await expect(tab.getByTestId('sim-sessions')).toBeVisible();
  return tab;
}

/** The user's own session, which the multi-session simulator starts with. */
function baseOf(sim: Simulator): SimSession {
  const [first] = sim.sessions();
  if (first?.identity.kind !== 'user') throw new Error('the simulator has no base session');
  return first;
}

/** Setup, not an assertion: waits until the extension has recorded each of these sessions with an
 *  open tab (it reads a console page a moment after it loads), so that the popup opened next has
 *  them all. Reads the list the background keeps (SESSIONS_KEY, the shared contract). */
async function recorded(worker: Worker, sessions: SimSession[]): Promise<void> {
  const wanted = sessions.map((s) => s.sessionDifferentiator);
  await expect
    .poll(async () => {
      const list = await worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as Array<{ differentiator?: string; tabs: unknown[] }> | undefined, SESSIONS_KEY);
      return wanted.filter((d) => (list ?? []).some((s) => s.differentiator === d && s.tabs.length > 0));
    }, { message: 'the extension records every open session tab', timeout: 10_000, intervals: [50] })
    .toEqual(wanted);
}

/** The base session's console in a new tab. A test that opens the popup over it opens it after
 *  the others: closing the popup alone then brings this tab back to the front, never another. */
async function baseTab(context: BrowserContext, sim: Simulator, path = '/ec2/home?region=us-east-1'): Promise<Page> {
  const tab = await openOn(context, baseOf(sim), path);
  await expect(tab.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
  return tab;
}

/** Types in the popup's search and presses a key on the first match. The popup may close as the
 *  key is pressed (a switch under way), which is not an error here. */
async function pick(popup: Page, query: string, key = 'Enter'): Promise<void> {
  await popup.getByRole('combobox').fill(query);
  await expect(popup.locator('li[role="option"].selected')).toContainText(query);
  await popup.getByRole('combobox').press(key).catch(() => undefined);
}

/** The ids of the rows that carry the "signed in" mark, each once (should a row be drawn both in
 *  "Signed in now" and in the list). */
async function markedEntries(popup: Page): Promise<string[]> {
  const ids = await popup.locator('li[id^="entry-"]:has([data-testid="signed-in-mark"])').evaluateAll((rows) => rows.map((row) => row.id.slice('entry-'.length)));
  return [...new Set(ids)].sort();
}

/** The address of the tab in front, as the browser says. (Not `document.visibilityState`: headless
 *  Chromium reports every tab visible.) */
async function frontTab(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
}

test('with three sessions signed in, the popup marks exactly their entries and counts 3 of 5', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, developer, auditor, readOnly] });
  await signIn(context, sim, admin, '/s3/home?region=us-east-1');
  const dev = await signIn(context, sim, developer, '/lambda/home?region=us-east-1');
  await openOn(context, dev.session, '/rds/home?region=us-east-1');
  const current = await baseTab(context, sim);
  expect(sim.sessions().map((s) => s.identity.roleName ?? 'alice')).toEqual(['alice', 'Admin', 'Developer']);
  await recorded(worker, sim.sessions());

  const popup = await openPopup(context, worker, current);
  await expect(popup.getByTestId('sessions-count')).toContainText('3 of 5');
  // Prod read-only is in Admin's account but another role: not signed in.
  await expect.poll(() => markedEntries(popup)).toEqual([admin.id, developer.id].sort());
  await expect(popup.locator(`li#entry-${developer.id} [data-testid="signed-in-mark"]`).first()).toContainText('2 tabs');
  await expect(popup.locator(`li#entry-${admin.id} [data-testid="signed-in-mark"]`).first()).toContainText('1 tab');
  await expect(popup.locator(`li#entry-${auditor.id}`)).toBeVisible();
  // "Signed in now" lists the base session first.
  await expect(popup.getByTestId('signed-in-section')).toBeVisible();
  await expect(popup.getByRole('option').first()).toContainText('base session');
});

test('Enter on a signed-in entry brings its tab on the same service to the front and signs no one in', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, developer] });
  const dev = await signIn(context, sim, developer, '/ec2/home?region=us-east-1');
  // Seen last, but on another service: not the one to bring forward from an EC2 tab.
  const devS3 = await openOn(context, dev.session, '/s3/home?region=us-east-1');
  await signIn(context, sim, admin);
  const current = await baseTab(context, sim, '/ec2/home?region=us-east-1');
  await recorded(worker, sim.sessions());
  const signIns = sim.signIns.length;
  const switches = sim.switches.length;

  const popup = await openPopup(context, worker, current);
  await pick(popup, 'Dev');
  await expect.poll(() => frontTab(worker), { message: "Dev's EC2 tab comes to the front" }).toBe(dev.tab.url());
  await expect.poll(() => popup.isClosed()).toBe(true);
  expect(await frontTab(worker)).toBe(dev.tab.url());
  // Nothing was sent to AWS: the Dev session and its tabs are as they were.
  expect(sim.signIns).toHaveLength(signIns);
  expect(sim.switches).toHaveLength(switches);
  expect(sim.endedSessions()).toEqual([]);
  await expect(devS3.getByTestId('sim-identity')).toHaveText('Dev');
});

test('Enter on a signed-in entry with no tab open opens its session\'s console in a new tab, signing no one in', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [developer] });
  const dev = await signIn(context, sim, developer);
  const current = await baseTab(context, sim, '/s3/home?region=us-east-1');
  await recorded(worker, sim.sessions());
  await dev.tab.close();
  const signIns = sim.signIns.length;
  const switches = sim.switches.length;

  const popup = await openPopup(context, worker, current);
  await expect(popup.locator(`li#entry-${developer.id} [data-testid="signed-in-mark"]`).first()).toContainText('seen');
  await pick(popup, 'Dev');
  const reopened = await waitForTab(context, (url) => url.hostname.startsWith(`${dev.session.subdomain}.`));
  await expect(reopened.getByTestId('sim-identity')).toHaveText('Dev');
  expect(sim.signIns).toHaveLength(signIns);
  expect(sim.switches).toHaveLength(switches);
});

test('a switch started from a role session\'s tab to a role the base identity may assume goes out from the base session', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, developer] });
  const base = baseOf(sim);
  await baseTab(context, sim, '/s3/home?region=us-east-1');
  const adminSession = await signIn(context, sim, admin, '/ec2/home?region=us-east-1');
  await recorded(worker, sim.sessions());

  const popup = await openPopup(context, worker, adminSession.tab);
  await popup.getByRole('combobox').fill('Dev');
  await expect(popup.getByTestId('switch-origin')).toContainText('base session');
  await popup.getByRole('combobox').press('Enter').catch(() => undefined);
  const devTab = await waitForTab(context, (url) => url.hostname.startsWith('210987654321-'));
  // Developer trusts the base user only: sent from Admin's session it would have been refused.
  await expect(devTab.getByTestId('sim-identity')).toHaveText('Dev');
  const sent = sim.switches.filter((s) => s.kind === 'multi-session');
  expect(sent).toEqual([expect.objectContaining({ outcome: 'ok', session: base.sessionDifferentiator, fields: expect.objectContaining({ account: '210987654321', roleName: 'Developer' }) })]);
  expect(new URL(sent[0]!.origin!).hostname).toMatch(new RegExp(`^${base.subdomain}\\.`));
  expect(sim.sessions().map((s) => s.identity.roleName ?? 'alice')).toEqual(['alice', 'Admin', 'Developer']);
  await expect(adminSession.tab.getByTestId('sim-identity')).toHaveText('Prod admin');
});

test('with no base session tab open, such a switch goes through AWS\'s Switch Role page, which the base identity authorises', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, developer] });
  const adminSession = await signIn(context, sim, admin, '/ec2/home?region=us-east-1');
  await recorded(worker, [adminSession.session]);
  const before = sim.switches.length;

  const popup = await openPopup(context, worker, adminSession.tab);
  await pick(popup, 'Dev');
  const devTab = await waitForTab(context, (url) => url.hostname.startsWith('210987654321-'));
  await expect(devTab.getByTestId('sim-identity')).toHaveText('Dev');
  // Not a fetch from Admin's session (chaining, refused): the page, confirmed once.
  expect(sim.switches.slice(before).map((s) => `${s.kind} ${s.outcome}`)).toEqual(['switch-page-get ok', 'classic ok']);
  expect(sim.sessions().map((s) => s.identity.roleName ?? 'alice')).toEqual(['alice', 'Admin', 'Developer']);
});

test('with five sessions signed in, the popup warns before switching, and a switch that needs a sixth is explained, not sent', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, developer, auditor, readOnly, powerUser] });
  const signedIn = [];
  for (const role of [admin, developer, auditor, readOnly]) signedIn.push(await signIn(context, sim, role));
  const current = await baseTab(context, sim);
  await recorded(worker, sim.sessions());
  // Auditor's tab is closed: its session is still signed in, idle.
  await signedIn[2]!.tab.close();
  expect(sim.sessions()).toHaveLength(5);
  const switches = sim.switches.length;
  const signIns = sim.signIns.length;

  const popup = await openPopup(context, worker, current);
  await expect(popup.getByTestId('sessions-count')).toContainText('5 of 5');
  // Said before any switch, naming the idle session (no open tab), not the busy ones.
  const warning = popup.getByTestId('session-limit');
  await expect(warning).toContainText('Auditor');
  await expect(warning).not.toContainText('Prod admin');
  await popup.getByRole('combobox').fill('Power user');
  await expect(popup.locator('li[role="option"].selected')).toContainText('Power user');
  await expect(warning).toContainText('Auditor');

  await pick(popup, 'Power user');
  await expect(popup.getByTestId('switch-problem')).toContainText('Auditor');
  expect(popup.isClosed()).toBe(false);
  expect(sim.switches).toHaveLength(switches);
  expect(sim.signIns).toHaveLength(signIns);
  expect(context.pages().filter((p) => p.url().includes('://210987654321-'))).toHaveLength(1); // Dev's own tab only
});

test('when AWS refuses a sixth session the extension did not count (one signed in where it never saw a page), the popup says why', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, developer, auditor, readOnly, powerUser] });
  for (const role of [admin, developer, auditor]) await signIn(context, sim, role);
  const current = await baseTab(context, sim);
  await recorded(worker, sim.sessions());
  // A fifth identity signed in through the console's own switch, its page never opened.
  const reply = await current.evaluate(async (differentiator) => {
    const response = await fetch(`https://us-east-1.signin.aws.amazon.com/sessions/${differentiator}/v1/switchrole`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
      body: JSON.stringify({ account: '123456789012', roleName: 'ops/ReadOnly', redirectUri: 'https://us-east-1.console.aws.amazon.com/console/home' }),
    });
    return response.status;
  }, baseOf(sim).sessionDifferentiator);
  expect(reply).toBe(200);
  expect(sim.sessions()).toHaveLength(5);

  const popup = await openPopup(context, worker, current);
  await expect(popup.getByTestId('sessions-count')).toContainText('4 of 5');
  await pick(popup, 'Power user');
  await expect(popup.getByTestId('switch-problem')).toContainText(/all 5/i);
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'multi-session', status: 400, fields: expect.objectContaining({ roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef' }) });
  expect(sim.sessions()).toHaveLength(5);
});

test.describe('role chaining', () => {
  const PLATFORM_ARN = 'arn:aws:iam::123456789012:role/Admin';
  const platform = entry({ label: 'Platform admin', account: '123456789012', roleName: 'Admin' });
  // Chained: its base names another entry (as a source_profile that is itself a role).
  const deploy = entry({ label: 'Deploy chained', account: '210987654321', roleName: 'Deploy', base: platform.id });
  const release = entry({ label: 'Release chained', account: '210987654321', roleName: 'Release', base: platform.id });
  test.use({
    simOptions: {
      mode: 'multi-session',
      roles: [
        { accountId: '123456789012', name: 'Admin' },
        // The base user may assume Deploy, but its trust policy names no role: chained, it is refused.
        { accountId: '210987654321', name: 'Deploy' },
        { accountId: '210987654321', name: 'Release', assumable: false, chainableFrom: [PLATFORM_ARN] },
      ],
    },
  });

  test('a refused chained switch names the session it came from and what the trust policy must allow', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [platform, deploy] });
    const platformSession = await signIn(context, sim, platform);
    const current = await baseTab(context, sim);
    await recorded(worker, sim.sessions());

    const popup = await openPopup(context, worker, current);
    await pick(popup, 'Deploy');
    const problem = popup.getByTestId('switch-problem');
    await expect(problem).toContainText(PLATFORM_ARN);
    await expect(problem).toContainText(/trust/i);
    // The session it came from is named (its role or label, and account), apart from the ARN.
    const text = (await problem.textContent())!.replace(PLATFORM_ARN, '');
    expect(text).toMatch(/Platform admin|Admin/);
    expect(text).toMatch(/123456789012|switchyard-prod/);
    expect(sim.switches.at(-1)).toMatchObject({ kind: 'multi-session', outcome: 'not-authorized', session: platformSession.session.sessionDifferentiator });
    expect(sim.sessions()).toHaveLength(2);
  });

  test('a chained entry whose source role is not signed in signs that role in first, then goes out from its session', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [platform, release] });
    const base = baseOf(sim);
    const current = await baseTab(context, sim);
    await recorded(worker, sim.sessions());

    const popup = await openPopup(context, worker, current);
    await popup.getByRole('combobox').fill('Release');
    await expect(popup.getByTestId('switch-origin')).toContainText('Platform admin');
    await popup.getByRole('combobox').press('Enter').catch(() => undefined);
    const releaseTab = await waitForTab(context, (url) => url.hostname.startsWith('210987654321-'));
    await expect(releaseTab.getByTestId('sim-identity')).toHaveText('Release chained');
    const platformSession = sim.sessions().find((s) => s.identity.roleName === 'Admin');
    expect(sim.switches.filter((s) => s.kind === 'multi-session')).toEqual([
      expect.objectContaining({ outcome: 'ok', session: base.sessionDifferentiator, fields: expect.objectContaining({ roleName: 'Admin' }) }),
      expect.objectContaining({ outcome: 'ok', session: platformSession?.sessionDifferentiator, fields: expect.objectContaining({ roleName: 'Release' }) }),
    ]);
  });
});

test('Shift+Enter on a signed-in entry asks first, naming the tabs it would sign out; confirmed, it signs in exactly once', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [developer] });
  const dev = await signIn(context, sim, developer, '/lambda/home?region=us-east-1');
  await openOn(context, dev.session, '/rds/home?region=us-east-1');
  const current = await baseTab(context, sim);
  await recorded(worker, sim.sessions());
  const signIns = sim.signIns.length;

  const popup = await openPopup(context, worker, current);
  await pick(popup, 'Dev', 'Shift+Enter');
  const confirmation = popup.getByTestId('sign-in-again');
  await expect(confirmation).toContainText('Lambda');
  await expect(confirmation).toContainText('RDS');
  expect(sim.signIns).toHaveLength(signIns);

  await confirmation.getByRole('button', { name: /sign in/i }).click().catch(() => undefined);
  const again = await waitForTab(context, (url) => url.hostname.startsWith('210987654321-') && !url.hostname.startsWith(dev.session.subdomain));
  await expect(again.getByTestId('sim-identity')).toHaveText('Dev');
  expect(sim.signIns).toHaveLength(signIns + 1);
  expect(sim.endedSessions()).toEqual([expect.objectContaining({ sessionDifferentiator: dev.session.sessionDifferentiator, reason: 'signed-in-again' })]);
});

test('the keyboard command and the address bar reuse a signed-in session too', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin, developer], favourites: [developer.id] });
  const dev = await signIn(context, sim, developer);
  const current = await baseTab(context, sim);
  await recorded(worker, sim.sessions());
  const signIns = sim.signIns.length;
  const switches = sim.switches.length;

  await runCommand(worker, current, 'favourite-1');
  await expect.poll(() => frontTab(worker), { message: 'the favourite command brings Dev\'s tab forward' }).toBe(dev.tab.url());
  await current.bringToFront();
  expect(await frontTab(worker)).toBe(current.url());
  await worker.evaluate(() => (chrome.omnibox.onInputEntered as unknown as { dispatch(text: string, disposition: string): void }).dispatch('dev', 'currentTab'));
  await expect.poll(() => frontTab(worker), { message: 'the address bar brings Dev\'s tab forward' }).toBe(dev.tab.url());
  expect(sim.signIns).toHaveLength(signIns);
  expect(sim.switches).toHaveLength(switches);
  await expect(current.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
});
