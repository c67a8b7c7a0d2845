import type { Page } from '@playwright/test';
import { expect, openPopup, test, waitForTab } from './fixtures';
import { BADGE_VIEW_PREFIX } from '../src/core/store/storage-keys';
import { badge, badgeFields, changeSettings, entry, frontTab, runCommand, seedStore } from './console-helpers';

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', region: 'eu-west-1', displayName: 'Prod Admin', group: 'Production' });
const readOnly = entry({ label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly', color: '83d4e8' });
const developer = entry({ label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2', color: '83d4e8' });
const gov = entry({ label: 'Gov admin', account: '777788889999', roleName: 'GovAdmin', partition: 'aws-us-gov', region: 'us-gov-west-1', color: 'efda95' });

test.describe('classic console', () => {
  test('the badge shows the signed-in user, then the role after a switch, in the entry colour', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [admin, readOnly], favourites: [admin.id] });
    const page = await context.newPage();
    await page.goto(sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1#Instances' }));
    expect(await badgeFields(page)).toEqual({ name: 'alice', account: '111122223333', role: null, region: 'us-east-1' });
    await expect(page.getByTestId('switchyard-back')).toHaveCount(0);

    await runCommand(worker, page, 'favourite-1');
    await expect(page.getByTestId('sim-identity')).toContainText('Prod Admin');
    expect(await badgeFields(page)).toEqual({ name: 'Prod Admin', account: 'switchyard-prod (123456789012)', role: 'Admin', region: 'eu-west-1' });
    await expect(badge(page)).toHaveCSS('background-color', 'rgb(242, 176, 169)');
    await expect(badge(page)).toHaveCSS('color', 'rgb(0, 0, 0)');
    await expect(page.getByTestId('switchyard-back')).toHaveText('Back to alice');
    // Not a production entry: no frame.
    await expect(page.getByTestId('switchyard-production-frame')).toHaveCount(0);
  });

  test('"Back to alice" on the badge posts the console\'s switch-back and lands on the same page and region', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [admin], favourites: [admin.id] });
    const page = await context.newPage();
    await page.goto(sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1#Instances' }));
    await runCommand(worker, page, 'favourite-1');
    await expect(page.getByTestId('sim-identity')).toContainText('Prod Admin');
    const token = sim.csrf();

    await page.getByTestId('switchyard-back').click();
    await expect(page.getByTestId('sim-identity')).toContainText('alice');
    const sent = sim.switches.at(-1)!;
    expect(sent).toMatchObject({ kind: 'switch-back', outcome: 'ok', host: 'signin.aws.amazon.com' });
    expect(sent.fields).toMatchObject({ action: 'switchToBasis', src: 'nav', csrf: token });
    expect(sent.redirectUri).toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances');
    await expect(page).toHaveURL('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances');
    expect(sim.identity().kind).toBe('user');
    expect(await badgeFields(page)).toMatchObject({ name: 'alice', region: 'eu-west-1' });
  });

  test('a page script cannot press the badge\'s buttons', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [admin], favourites: [admin.id] });
    const page = await context.newPage();
    await page.goto(sim.consoleUrl());
    await runCommand(worker, page, 'favourite-1');
    await expect(page.getByTestId('switchyard-back')).toBeVisible();
    const before = sim.switches.length;
    await page.evaluate(() => {
      const root = document.querySelector('switchyard-badge')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[data-testid="switchyard-back"]')!.click();
      root.querySelector<HTMLButtonElement>('[data-testid="switchyard-badge-toggle"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect(sim.switches.length).toBe(before);
    await expect(page.getByTestId('switchyard-badge-name')).toBeVisible();
  });
});

/** Clicks the popup's "Back to <user>"; the popup closes once the switch is under way. */
async function backFromPopup(popup: Page): Promise<void> {
  await expect(popup.getByTestId('back-to-user')).toHaveText('Back to alice');
  const closed = popup.waitForEvent('close');
  await popup.getByTestId('back-to-user').click().catch(() => undefined);
  await closed;
}

test('"Back to alice" in the popup does the same on the tab under it', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin], favourites: [admin.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl({ region: 'us-east-1', path: '/s3/buckets?region=us-east-1' }));
  let popup = await openPopup(context, worker, page);
  await expect(popup.getByTestId('back-to-user')).toHaveCount(0);
  await popup.close();

  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');
  popup = await openPopup(context, worker, page);
  await backFromPopup(popup);
  await expect(page.getByTestId('sim-identity')).toContainText('alice');
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-back', outcome: 'ok', redirectUri: 'https://eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1' });
});

test.describe('multi-session console', () => {
  test.use({ simOptions: { mode: 'multi-session' } });

  test('the new session\'s tab shows its role; "Back to alice" opens the base session on the same service and region', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [developer], favourites: [developer.id] });
    const [base] = sim.sessions();
    const source = await context.newPage();
    await source.goto(`https://${base!.host}/s3/home?region=us-east-1`);
    expect(await badgeFields(source)).toEqual({ name: 'alice', account: '111122223333', role: null, region: 'us-east-1' });
    // Which of the browser's sessions each tab is: the user's own here, the role's own there.
    await expect(source.getByTestId('switchyard-badge-session')).toHaveText('base session');

    await runCommand(worker, source, 'favourite-1');
    const session = await waitForTab(context, (url) => url.host.startsWith('210987654321-'));
    expect(await badgeFields(session)).toEqual({ name: 'Dev', account: '210987654321', role: 'Developer', region: 'us-west-2' });
    await expect(session.getByTestId('switchyard-badge-session')).toHaveText('role session');
    await expect(session.getByTestId('switchyard-badge-session')).toHaveAttribute('title', /role chaining/);
    await expect(session.getByTestId('switchyard-back')).toHaveAttribute('title', /base session's tab to the front/);
    await expect(badge(session)).toHaveCSS('background-color', 'rgb(131, 212, 232)');

    await session.getByTestId('switchyard-back').click();
    const back = await waitForTab(context, (url) => url.host === `${base!.subdomain}.us-west-2.console.aws.amazon.com`);
    await expect(back.getByTestId('sim-identity')).toContainText('alice');
    expect(new URL(back.url()).pathname).toBe('/s3/home');
    expect(new URL(back.url()).searchParams.get('region')).toBe('us-west-2');
    expect(await badgeFields(back)).toMatchObject({ name: 'alice', region: 'us-west-2' });
    // Nothing was posted: the base session was never signed out.
    expect(sim.switches.filter((s) => s.kind === 'switch-back')).toHaveLength(0);

    // Once the base session shows that page, going back again brings that tab to the front.
    const pagesBefore = context.pages().length;
    await session.bringToFront();
    await session.getByTestId('switchyard-back').click();
    await expect.poll(() => frontTab(worker), { message: 'the base session\'s tab comes to the front' }).toBe(back.url());
    expect(context.pages().length).toBe(pagesBefore);
  });

  test('"Back to alice" in the popup opens the base session from a role session', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [developer], favourites: [developer.id] });
    const [base] = sim.sessions();
    const source = await context.newPage();
    await source.goto(`https://${base!.host}/lambda/home?region=us-east-1`);
    await runCommand(worker, source, 'favourite-1');
    const session = await waitForTab(context, (url) => url.host.startsWith('210987654321-'));
    await expect(session.getByTestId('switchyard-badge-name')).toHaveText('Dev');
    const popup = await openPopup(context, worker, session);
    await backFromPopup(popup);
    const back = await waitForTab(context, (url) => url.host === `${base!.subdomain}.us-west-2.console.aws.amazon.com`);
    await expect(back.getByTestId('sim-identity')).toContainText('alice');
    expect(new URL(back.url()).pathname).toBe('/lambda/home');
  });
  test('when the background fails "Back to alice", the badge and the popup say why', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [developer], favourites: [developer.id] });
    const [base] = sim.sessions();
    const source = await context.newPage();
    await source.goto(`https://${base!.host}/s3/home?region=us-east-1`);
    await runCommand(worker, source, 'favourite-1');
    const session = await waitForTab(context, (url) => url.host.startsWith('210987654321-'));
    await expect(session.getByTestId('switchyard-badge-name')).toHaveText('Dev');

    // Going back opens the base session in a new tab; the browser refuses new tabs while the user
    // drags one (its own words), so the background's handler fails.
    const refusal = 'Tabs cannot be edited right now (user may be dragging a tab).';
    await worker.evaluate((message) => {
      chrome.tabs.create = () => Promise.reject(new Error(message));
    }, refusal);
    const pagesBefore = context.pages().length;
    await session.getByTestId('switchyard-back').click();
    await expect(session.getByTestId('switchyard-badge-problem')).toContainText(`Switchyard could not finish this: ${refusal}`);

    const popup = await openPopup(context, worker, session);
    await popup.getByTestId('back-to-user').click();
    await expect(popup.getByTestId('back-to-user-problem')).toHaveText(`Switchyard could not finish this: ${refusal}`);
    expect(context.pages().length).toBe(pagesBefore + 1); // the popup, and no other tab
  });
});

test('a GovCloud console shows the GovCloud role after a switch', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [gov], favourites: [gov.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl({ partition: 'aws-us-gov', region: 'us-gov-east-1' }));
  expect(await badgeFields(page)).toMatchObject({ name: 'alice', account: '444455556666', region: 'us-gov-east-1' });
  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('sim-identity')).toContainText('Gov admin');
  expect(await badgeFields(page)).toEqual({ name: 'Gov admin', account: '777788889999', role: 'GovAdmin', region: 'us-gov-west-1' });
  await expect(page.getByTestId('switchyard-back')).toHaveText('Back to alice');
});

test('production entries frame the whole page: by their own flag or their group\'s', async ({ context, worker, sim }) => {
  const flagged = { ...readOnly, production: true };
  await seedStore(worker, { entries: [admin, flagged, developer], favourites: [admin.id, flagged.id, developer.id], groups: { Production: { production: true } } });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');
  await expect(page.getByTestId('switchyard-production-frame')).toHaveCount(0);

  // Admin is in the "Production" group.
  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');
  // A red frame on all four edges of the page, which never takes a click from the console.
  const edges = page.getByTestId('switchyard-production-frame').locator('.edge');
  await expect(edges).toHaveCount(4);
  const viewport = page.viewportSize()!;
  const boxes = await Promise.all([0, 1, 2, 3].map((i) => edges.nth(i).boundingBox()));
  expect(boxes.map((b) => [b!.x, b!.y, b!.width, b!.height])).toEqual([
    [0, 0, viewport.width, 6], [viewport.width - 6, 0, 6, viewport.height], [0, viewport.height - 6, viewport.width, 6], [0, 0, 6, viewport.height],
  ]);
  for (let i = 0; i < 4; i++) {
    await expect(edges.nth(i)).toHaveCSS('background-color', 'rgb(209, 50, 18)');
    await expect(edges.nth(i)).toHaveCSS('pointer-events', 'none');
  }
  await expect(page.getByTestId('switchyard-badge-production')).toHaveText('PRODUCTION');
  expect(await page.evaluate(() => document.elementFromPoint(2, 2)?.localName)).not.toBe('switchyard-badge');

  // Read-only is production by its own flag.
  await runCommand(worker, page, 'favourite-2');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod read-only');
  await expect(page.getByTestId('switchyard-production-frame').locator('.edge')).toHaveCount(4);

  // Dev is neither.
  await runCommand(worker, page, 'favourite-3');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Dev');
  await expect(page.getByTestId('switchyard-production-frame')).toHaveCount(0);
});

test('hiding account ids in the options masks the badge at once; the collapsed badge stays collapsed', async ({ context, worker, sim, extensionId }) => {
  await seedStore(worker, { entries: [admin], favourites: [admin.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('switchyard-badge-account')).toHaveText('switchyard-prod (123456789012)');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByLabel('Hide account IDs', { exact: false }).check();
  await expect(page.getByTestId('switchyard-badge-account')).toHaveText('switchyard-prod (••••••••9012)');
  await options.getByLabel('Hide account IDs', { exact: false }).uncheck();
  await expect(page.getByTestId('switchyard-badge-account')).toHaveText('switchyard-prod (123456789012)');

  await page.bringToFront();
  await page.getByTestId('switchyard-badge-toggle').click();
  await expect(page.getByTestId('switchyard-badge-name')).toHaveCount(0);
  await expect(badge(page)).toHaveAttribute('title', /Prod Admin/);
  await page.reload();
  await expect(page.getByTestId('switchyard-badge-toggle')).toHaveAttribute('aria-expanded', 'false');
  await page.getByTestId('switchyard-badge-toggle').click();
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');

  // Turning the badge off in the settings removes it.
  await changeSettings(worker, { badge: false });
  await expect(badge(page)).toHaveCount(0);
});

test('the console\'s CSS cannot restyle the badge, light or dark', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin], favourites: [admin.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');
  // A dark console theme, and page rules as greedy as they come: the console's own sheet, so it
  // carries the page's CSP nonce (the simulator's CSP drops a <style> without it).
  await page.evaluate((css) => {
    const sheet = document.createElement('style');
    sheet.nonce = document.querySelector<HTMLStyleElement>('style[nonce]')!.nonce;
    sheet.textContent = css;
    document.head.append(sheet);
  }, `
    html, body { background: #0f1b2a !important; color: #fff !important; color-scheme: dark; }
    * { color: red !important; background: black !important; font-size: 40px !important; display: block !important; position: static !important; }`);
  await expect(page.getByTestId('sim-console')).toHaveCSS('font-size', '40px');
  const shown = badge(page);
  await expect(shown).toHaveCSS('background-color', 'rgb(242, 176, 169)');
  await expect(shown).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(shown).toHaveCSS('font-size', '12px');
  await expect(shown).toHaveCSS('position', 'fixed');
  const box = (await shown.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y + box.height).toBeCloseTo(viewport.height, 0);
  expect(box.height).toBeLessThan(32);
});

test('the badge moves off a console control that lies where it would sit', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: [admin], favourites: [admin.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');
  // A footer like the console's, with a control in the middle this time.
  await page.evaluate(() => {
    const footer = document.createElement('footer');
    footer.style.cssText = 'position:fixed;bottom:0;left:0;right:0;height:32px;background:#232f3e;display:flex;justify-content:center;align-items:center';
    const button = document.createElement('button');
    button.id = 'console-feedback';
    button.textContent = 'Feedback';
    button.style.cssText = 'width:400px;height:26px';
    footer.append(button);
    document.body.append(footer);
  });
  // The badge looks again when the window changes (and when the page finishes loading). Too wide
  // for either side of the control, it shows itself small beside it.
  await page.setViewportSize({ width: 1279, height: 800 });
  const clear = async () => {
    // The badge is drawn anew when it moves (badge-view.ts replaces its elements): an element
    // found just before that has no box any more. Not yet clear: ask again.
    const control = await page.locator('#console-feedback').boundingBox();
    const b = await badge(page).boundingBox();
    if (!control || !b) return false;
    const apart = b.x + b.width <= control.x || b.x >= control.x + control.width;
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id, [control.x + control.width / 2, control.y + control.height / 2]);
    return apart && onTop === 'console-feedback';
  };
  await expect.poll(clear).toBe(true);
  await expect(page.getByTestId('switchyard-badge-toggle')).toHaveAttribute('aria-expanded', 'false');

  // The control moves to the end of the footer, as in the real console: the badge is whole again.
  await page.evaluate(() => { (document.querySelector('footer') as HTMLElement).style.justifyContent = 'flex-start'; });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');
  await expect.poll(clear).toBe(true);

  // The user may still open it where there is no room: their choice, for this page.
  await page.evaluate(() => { (document.querySelector('footer') as HTMLElement).style.justifyContent = 'center'; });
  await page.setViewportSize({ width: 1279, height: 800 });
  await expect(page.getByTestId('switchyard-badge-toggle')).toHaveAttribute('aria-expanded', 'false');
  await page.getByTestId('switchyard-badge-toggle').click();
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');
});

test('user text is shown as text, never as markup', async ({ context, worker, sim }) => {
  const odd = { ...admin, displayName: '<img src=x onerror="document.title=1">&amp;' };
  await seedStore(worker, { entries: [odd], favourites: [odd.id] });
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  await runCommand(worker, page, 'favourite-1');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('<img src=x onerror="document.title=1">&amp;');
  expect(await page.evaluate(() => document.querySelector('switchyard-badge')!.shadowRoot!.querySelectorAll('img').length)).toBe(0);
});

test('when the console no longer carries its signals, the badge says exactly that, and the diagnostics list what is missing', async ({ context, sim, extensionId }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');

  let options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const signals = options.getByTestId('diagnostics-signals');
  // alice's account has no alias, so the console sets no alias cookie; everything else is there.
  await expect(signals.locator('tr[data-found="false"] th')).toHaveText(['Cookie aws-account-alias']);
  await expect(signals.locator('tr[data-found="true"]')).toHaveCount(7);
  await expect(options.getByTestId('diagnostics-identity')).toContainText('arn:aws:iam::111122223333:user/alice');
  await options.close();

  sim.setSignalsRemoved(true);
  await page.reload();
  const problem = page.getByTestId('switchyard-badge-problem');
  await expect(problem).toContainText('cannot read who is signed in on this console page');
  await expect(problem).toContainText('cannot read this page\'s switch token');
  await expect(problem).toContainText('Switching uses the console\'s switch page instead');
  // Who is signed in is unknown: the heading (and the badge's name) must not claim an active role.
  await expect(page.getByTestId('switchyard-badge-heading')).toHaveText('Switchyard: cannot tell who is signed in');
  await expect(badge(page)).toHaveAccessibleName(/Switchyard: cannot tell who is signed in$/);
  await expect(badge(page)).not.toContainText('active role');

  options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('diagnostics-identity')).toContainText('unknown');
  const missing = options.getByTestId('diagnostics-signals').locator('tr[data-found="false"] th');
  await expect(missing).toHaveText([
    'Session data (meta awsc-session-data)', 'Cookie aws-userInfo', 'Cookie aws-account-alias',
    'ConsoleNavService.AccountInfo (page script)', 'Navigation elements', 'Switch token (CSRF)', 'Sign-in endpoint',
  ]);
  // The probe still answered: it is the page that has nothing to say.
  await expect(options.getByTestId('diagnostics-signals').locator('tr[data-found="true"] th')).toHaveText(['Page-world probe answered']);
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja' });
  test('a console that cannot be read is not headed "active role" either', async ({ context, sim }) => {
    sim.setSignalsRemoved(true);
    const page = await context.newPage();
    await page.goto(sim.consoleUrl());
    await expect(page.getByTestId('switchyard-badge-heading')).toHaveText('Switchyard: サインイン中の ID を確認できません');
    await expect(badge(page)).toHaveAccessibleName(/Switchyard: サインイン中の ID を確認できません$/);
    await expect(badge(page)).not.toContainText('使用中のロール');
  });
});

test.describe('the badge kept ready in storage', () => {
  /** The badges the background stored for console pages, by storage key. */
  const storedBadges = (worker: import('@playwright/test').Worker) =>
    worker.evaluate(async (prefix) => Object.fromEntries(Object.entries(await chrome.storage.local.get(null)).filter(([key]) => key.startsWith(prefix))), BADGE_VIEW_PREFIX);
  /** Changes the one stored badge as `edit` says: the next load of its page finds it so. */
  async function editStoredBadge<T>(worker: import('@playwright/test').Worker, edit: (stored: T) => void): Promise<void> {
    const [[key, stored]] = Object.entries(await storedBadges(worker)) as [[string, T]];
    edit(stored);
    await worker.evaluate((items) => chrome.storage.local.set(items), { [key]: stored as unknown });
  }

  test('a page loaded again draws the badge stored for it, without asking the background', async ({ context, worker, sim }) => {
    const page = await context.newPage();
    await page.goto(sim.consoleUrl());
    await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');
    await expect.poll(async () => Object.keys(await storedBadges(worker)).length).toBe(1);
    // Stored for this page: edit it, and the next load shows the edit (the background would say "alice").
    await editStoredBadge<{ view: { data: { name: string } } }>(worker, (stored) => {
      stored.view.data.name = 'from storage';
    });
    await page.reload();
    await expect(page.getByTestId('switchyard-badge-name')).toHaveText('from storage');
    // Another service's page, in the same region: the same badge.
    await page.goto(sim.consoleUrl({ path: '/ec2/home' }));
    await expect(page.getByTestId('switchyard-badge-name')).toHaveText('from storage');
    expect(Object.keys(await storedBadges(worker))).toHaveLength(1);
  });

  test('the stored badges follow the list and the settings: open tabs redraw, new ones draw the new badge', async ({ context, worker, sim }) => {
    await seedStore(worker, { entries: [] });
    const page = await context.newPage();
    await page.goto(sim.consoleUrl());
    await expect(page.getByTestId('switchyard-badge-account')).toHaveText('111122223333');
    await expect.poll(async () => Object.keys(await storedBadges(worker)).length).toBe(1);

    await changeSettings(worker, { hideAccountIds: true });
    await expect(page.getByTestId('switchyard-badge-account')).toHaveText('••••••••3333');
    const again = await context.newPage();
    await again.goto(sim.consoleUrl());
    await expect(again.getByTestId('switchyard-badge-account')).toHaveText('••••••••3333');
    const [stored] = Object.values(await storedBadges(worker)) as Array<{ view: { data: { account: string } } }>;
    expect(stored!.view.data.account).toBe('••••••••3333');
  });

  test('a page that carries something else than the stored badge was made from asks the background again', async ({ context, worker, sim }) => {
    const page = await context.newPage();
    await page.goto(sim.consoleUrl());
    await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');
    await expect.poll(async () => Object.keys(await storedBadges(worker)).length).toBe(1);
    const [made] = Object.values(await storedBadges(worker)) as Array<{ full: string }>;
    // Same session data (so the same stored badge is found first), but made for a page that carried something else.
    await editStoredBadge<{ full: string; view: { data: { name: string } } }>(worker, (stored) => {
      stored.full = 'another page';
      stored.view.data.name = 'stale';
    });
    await page.reload();
    await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');
    await expect.poll(async () => (Object.values(await storedBadges(worker)) as Array<{ full: string }>)[0]?.full).toBe(made!.full);
  });

  test('what is kept of a page is what the badge needs: no address beyond host and region, no session data, no cookie', async ({ context, worker, sim }) => {
    const page = await context.newPage();
    await page.goto(sim.consoleUrl({ region: 'eu-west-1', path: '/s3/buckets/payroll-exports?region=eu-west-1&prefix=salaries%2F&token=Q7x9#objects' }));
    await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');
    await expect.poll(async () => Object.keys(await storedBadges(worker)).length).toBe(1);
    const sessionData = await page.locator('meta[name="awsc-session-data"]').getAttribute('content');
    const userInfo = (await context.cookies(page.url())).find((cookie) => cookie.name === 'aws-userInfo')?.value;
    expect(sessionData).toBeTruthy();
    expect(userInfo).toBeTruthy();
    const everything = JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null)));
    for (const secret of ['payroll-exports', 'salaries', 'Q7x9', 'prefix=', 'token=', '#objects', sessionData!, userInfo!, decodeURIComponent(userInfo!)]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
    const arn = JSON.parse(sessionData!).sessionARN as string;
    expect(everything).not.toContain(arn);
    // It still draws: the next load takes the stored badge, in the page's region.
    await page.reload();
    expect(await badgeFields(page)).toEqual({ name: 'alice', account: '111122223333', role: null, region: 'eu-west-1' });
  });
});
