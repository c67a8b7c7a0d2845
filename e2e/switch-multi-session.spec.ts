import { expect, openPopup, profile, seedProfiles, test, waitForTab } from './fixtures';

test.use({ simOptions: { mode: 'multi-session' } });

const developer = profile({ label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2', color: '83d4e8' });
const breakGlass = profile({ label: 'Break glass', account: '123456789012', roleName: 'BreakGlass' });

test('a multi-session switch opens the new session in a new tab and keeps the source session', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [developer]);
  const [base] = sim.sessions();
  const source = await context.newPage();
  await source.goto(`https://${base!.host}/s3/home?region=${base!.region}`);
  await expect(source.getByTestId('sim-identity')).toContainText('alice');

  const popup = await openPopup(context, worker, source);
  await expect(popup.getByTestId('identity')).toContainText('multi-session');
  await popup.getByRole('option', { name: /Dev/ }).click();
  const destination = await waitForTab(context, (url) => url.host.startsWith('210987654321-'));

  await expect(destination.getByTestId('sim-identity')).toContainText('Dev');
  expect(sim.sessions().at(-1)!.identity).toMatchObject({ kind: 'role', roleName: 'Developer', accountId: '210987654321' });
  const url = new URL(destination.url());
  expect(url.host).toMatch(/^210987654321-[a-z0-9]{8}\.us-west-2\.console\.aws\.amazon\.com$/);
  expect(url.pathname).toBe('/s3/home');
  const sent = sim.switches.at(-1)!;
  expect(sent.kind).toBe('multi-session');
  expect(sent.outcome).toBe('ok');
  expect(sent.fields).toMatchObject({ account: '210987654321', roleName: 'Developer', color: '83d4e8' });
  // The session's own subdomain is removed from the redirect before sending.
  expect(sent.fields.redirectUri).toBe('https://us-west-2.console.aws.amazon.com/s3/home?region=us-west-2');

  // The source session is still signed in as the user.
  await source.reload();
  await expect(source.getByTestId('sim-identity')).toContainText('alice');
  expect(sim.sessions()).toHaveLength(2);
});

test('a refused multi-session switch is explained in the popup and opens nothing', async ({ context, worker, sim }) => {
  await seedProfiles(worker, [breakGlass]);
  const [base] = sim.sessions();
  const source = await context.newPage();
  await source.goto(`https://${base!.host}/console/home`);
  const popup = await openPopup(context, worker, source);
  await popup.getByRole('option', { name: /Break glass/ }).click();

  await expect(popup.getByTestId('switch-problem')).toContainText('refused');
  expect(sim.switches.at(-1)!.outcome).toBe('not-authorized');
  expect(sim.sessions()).toHaveLength(1);
  expect(context.pages().filter((p) => p.url().includes('console.aws.amazon.com'))).toHaveLength(1);
});
