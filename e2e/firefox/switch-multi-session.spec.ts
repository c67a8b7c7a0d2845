// Firefox: a multi-session switch from the popup (the Chromium story: e2e/switch-multi-session.spec.ts).
// The switch is a cross-origin fetch from the console page to the sign-in host, so Firefox sends a
// real CORS preflight first; the simulator records it.
import { expect, openPopup, openTab, test } from './fixtures';
import { badgeFields, entry, expectText, pick, textOf, urlOf, waitForPage } from './console-steps';
import { seedStore } from './pages';

test.use({ simOptions: { mode: 'multi-session' } });

const developer = entry({ label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2', color: '83d4e8' });
const breakGlass = entry({ label: 'Break glass', account: '123456789012', roleName: 'BreakGlass' });

test('a multi-session switch passes the CORS preflight, opens the new session in a new tab and keeps the source session', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [developer] });
  const [base] = sim.sessions();
  const source = await openTab(ff, `https://${base!.host}/s3/home?region=${base!.region}`);
  await expectText(source, 'sim-identity', 'alice');

  const popup = await openPopup(ff, extensionPage, source);
  expect(await textOf(popup, 'identity')).toContain('multi-session');
  await pick(popup, developer);
  const destination = await waitForPage(ff, (url) => url.host.startsWith('210987654321-'));

  await expectText(destination, 'sim-identity', 'Dev');
  expect(sim.sessions().at(-1)!.identity).toMatchObject({ kind: 'role', roleName: 'Developer', accountId: '210987654321' });
  const url = await urlOf(destination);
  expect(url.host).toMatch(/^210987654321-[a-z0-9]{8}\.us-west-2\.console\.aws\.amazon\.com$/);
  expect(url.pathname).toBe('/s3/home');
  const sent = sim.switches.at(-1)!;
  expect(sent.kind).toBe('multi-session');
  expect(sent.outcome).toBe('ok');
  expect(sent.origin).toBe(`https://${base!.host}`);
  // Firefox asked that sign-in host first, from the console page's origin, and was granted.
  expect(sent.host).toMatch(/^(us-east-1\.)?signin\.aws\.amazon\.com$/);
  expect(sim.preflights).toContainEqual({ host: sent.host, origin: `https://${base!.host}`, granted: true });
  expect(sim.preflights.filter((p) => !p.granted)).toEqual([]);
  expect(sent.fields).toMatchObject({ account: '210987654321', roleName: 'Developer', color: '83d4e8' });
  // The session's own subdomain is removed from the redirect before sending.
  expect(sent.fields.redirectUri).toBe('https://us-west-2.console.aws.amazon.com/s3/home?region=us-west-2');
  expect(await badgeFields(destination)).toEqual({ name: 'Dev', account: '210987654321', role: 'Developer', region: 'us-west-2' });

  // The source session is still signed in as the user.
  await source.reload();
  await expectText(source, 'sim-identity', 'alice');
  expect(sim.sessions()).toHaveLength(2);
});

test('a refused multi-session switch is explained in the popup and opens nothing', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries: [breakGlass] });
  const [base] = sim.sessions();
  const source = await openTab(ff, `https://${base!.host}/console/home`);
  await expectText(source, 'sim-identity', 'alice');
  const popup = await openPopup(ff, extensionPage, source);
  await pick(popup, breakGlass);

  await expectText(popup, 'switch-problem', 'refused');
  expect(sim.switches.at(-1)!.outcome).toBe('not-authorized');
  expect(sim.sessions()).toHaveLength(1);
  const consoles = [];
  for (const page of await ff.browser.pages()) if ((await urlOf(page).catch(() => undefined))?.host.endsWith('console.aws.amazon.com')) consoles.push(page);
  expect(consoles).toHaveLength(1);
});
