// The console simulator itself, driven with plain Playwright (no extension): the pages carry every
// identity signal, and the sign-in service accepts exactly what AWS accepts.
import { expect, test, type Page } from '@playwright/test';
import { installSimulator, SWITCH_ERROR_MESSAGE, type Simulator, type SimulatorOptions } from './simulator';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
});

const EC2 = 'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:';

async function open(page: Page, options?: SimulatorOptions, url?: string): Promise<Simulator> {
  const sim = await installSimulator(page.context(), options);
  await page.goto(url ?? sim.consoleUrl({ path: '/ec2/home' }));
  return sim;
}

/** What an extension does in the console page: a top-level form POST with the page's own token. */
async function postSwitch(page: Page, fields: Record<string, string>, options: { csrf?: string; host?: string } = {}): Promise<void> {
  await page.evaluate(
    async ({ fields, csrf, host }) => {
      const token = csrf ?? (await (window as unknown as { AWSC: { Auth: { getMbtc(): Promise<string> } } }).AWSC.Auth.getMbtc());
      const form = document.createElement('form');
      form.method = 'post';
      form.action = `https://${host}/switchrole`;
      for (const [name, value] of Object.entries({ ...fields, csrf: token })) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { fields, csrf: options.csrf ?? null, host: options.host ?? 'signin.aws.amazon.com' },
  );
}

const switchFields = (overrides: Record<string, string> = {}): Record<string, string> => ({
  action: 'switchFromBasis',
  src: 'nav',
  mfaNeeded: '0',
  account: '123456789012',
  roleName: 'Admin',
  displayName: 'Prod admin',
  color: 'f2b0a9',
  redirect_uri: encodeURIComponent(EC2),
  ...overrides,
});

async function expectRefused(page: Page, sim: Simulator, outcome: string): Promise<void> {
  await expect(page.getByTestId('sim-signin-error')).toContainText(SWITCH_ERROR_MESSAGE);
  expect(sim.switches.at(-1)?.outcome).toBe(outcome);
  expect(sim.identity().kind).toBe('user');
}

const sessionData = (page: Page) =>
  page.evaluate(() => JSON.parse(document.querySelector('meta[name="awsc-session-data"]')?.getAttribute('content') ?? 'null'));

test('a console page shows the signed-in user and carries every identity signal', async ({ page }) => {
  const sim = await open(page);
  await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
  await expect(page.getByTestId('sim-region')).toHaveText('us-east-1');
  expect(await sessionData(page)).toMatchObject({
    accountId: '111122223333',
    sessionARN: 'arn:aws:iam::111122223333:user/alice',
    infrastructureRegion: 'us-east-1',
    prismModeEnabled: false,
    signInEndpoint: 'signin.aws.amazon.com',
  });
  const userInfo = await page.evaluate(() => /(?:^|; )aws-userInfo=([^;]*)/.exec(document.cookie)?.[1]);
  expect(JSON.parse(decodeURIComponent(userInfo ?? '{}'))).toMatchObject({ arn: 'arn:aws:iam::111122223333:user/alice', username: 'alice' });
  const globals = await page.evaluate(async () => {
    const w = window as unknown as { AWSC: { Auth: { getMbtc(): Promise<string> } }; ConsoleNavService: { AccountInfo: unknown } };
    const pending = w.AWSC.Auth.getMbtc();
    return { isPromise: pending instanceof Promise, token: await pending, info: w.ConsoleNavService.AccountInfo };
  });
  expect(globals).toEqual({ isPromise: true, token: sim.csrf(), info: { loginDisplayNameAccount: '111122223333', loginDisplayNameUser: 'alice' } });
  for (const id of ['awsc-login-display-name-account', 'awsc-login-display-name-user', 'awsc-role-display-name-account', 'awsc-role-display-name-user', 'nav-usernameMenu']) {
    await expect(page.locator(`#${id}`)).toHaveCount(1);
  }
  await expect(page.locator('[data-testid="account-detail-menu"]')).toHaveCount(1);
  await expect(page.locator('#awsc-signin-endpoint')).toHaveAttribute('content', 'signin.aws.amazon.com');
  await expect(page.locator('input[name=csrf]')).toHaveValue(sim.csrf());
  // Like the real console, the page refuses inline scripts that lack its nonce.
  expect(await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected;
  })).toBeUndefined();
});

test('a correct classic POST switches the role and lands on the redirect', async ({ page }) => {
  const sim = await open(page);
  const before = sim.csrf();
  await postSwitch(page, switchFields());
  await page.waitForURL(EC2);
  await expect(page.getByTestId('sim-identity')).toHaveText('Prod admin');
  await expect(page.getByTestId('sim-identity')).toHaveCSS('background-color', 'rgb(242, 176, 169)');
  expect(sim.identity()).toMatchObject({ kind: 'role', accountId: '123456789012', roleName: 'Admin', displayName: 'Prod admin', color: 'f2b0a9' });
  expect(sim.csrf()).not.toBe(before);
  const recorded = sim.switches.at(-1);
  expect(recorded).toMatchObject({ kind: 'classic', outcome: 'ok', redirectUri: EC2, landing: EC2 });
  expect(recorded?.fields['redirect_uri']).toBe(encodeURIComponent(EC2));
  expect(await sessionData(page)).toMatchObject({ sessionARN: 'arn:aws:sts::123456789012:assumed-role/Admin/alice', accountAlias: 'switchyard-prod' });
  await expect(page.locator('#awsc-role-display-name-user')).toHaveText('Prod admin');
});

test('a stale or wrong CSRF token is refused and nothing changes', async ({ page }) => {
  const sim = await open(page);
  await postSwitch(page, switchFields(), { csrf: 'not-the-token' });
  await expectRefused(page, sim, 'bad-csrf');
  // The form is re-displayed pre-filled, as the real page does.
  await expect(page.locator('#switchrole_form input[name=account]')).toHaveValue('123456789012');
  await expect(page.locator('#switchrole_form input[name=roleName]')).toHaveValue('Admin');
});

test('a role name in another case is an unknown role', async ({ page }) => {
  const sim = await open(page);
  await postSwitch(page, switchFields({ roleName: 'admin' }));
  await expectRefused(page, sim, 'unknown-role');
});

test('the error-page variant answers a refusal with AWS\'s message and no switch form', async ({ page }) => {
  const sim = await open(page, { refusalPage: 'error-page' });
  await postSwitch(page, switchFields({ roleName: 'admin' }));
  await expectRefused(page, sim, 'unknown-role');
  await expect(page.getByTestId('sim-switch-error')).toBeVisible();
  await expect(page.locator('#switchrole_form')).toHaveCount(0);
});

test('the blank variant answers a refusal with an empty page', async ({ page }) => {
  const sim = await open(page, { refusalPage: 'blank' });
  await postSwitch(page, switchFields({ roleName: 'admin' }));
  await page.waitForURL('https://signin.aws.amazon.com/switchrole');
  await expect(page.locator('body')).toBeEmpty();
  expect(sim.switches.at(-1)?.outcome).toBe('unknown-role');
  expect(sim.identity().kind).toBe('user');
});

test('the sign-in-redirect variant sends a refusal on to the sign-in page', async ({ page }) => {
  const sim = await open(page, { refusalPage: 'sign-in-redirect' });
  await postSwitch(page, switchFields({ roleName: 'BreakGlass' }));
  await page.waitForURL((url) => url.pathname === '/signin');
  await expect(page.getByTestId('sim-signin-page')).toBeVisible();
  await expect(page.locator('#switchrole_form')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('error')).toBe('not-authorized');
  expect(sim.identity().kind).toBe('user');
});

test('malformed fields are refused: raw redirect_uri, other partition, long display name, bad colour', async ({ page }) => {
  const sim = await open(page);
  const cases: Array<Record<string, string>> = [
    { redirect_uri: EC2 },
    { redirect_uri: encodeURIComponent('https://console.amazonaws.cn/ec2/home') },
    { redirect_uri: encodeURIComponent('https://example.test/') },
    { displayName: 'x'.repeat(65) },
    { color: '#f2b0a9' },
    { src: 'extension' },
  ];
  for (const overrides of cases) {
    await page.goto(sim.consoleUrl());
    await postSwitch(page, switchFields(overrides));
    await expectRefused(page, sim, 'bad-field');
  }
});

test('a role whose trust policy does not allow the user is not authorised', async ({ page }) => {
  const sim = await open(page);
  await postSwitch(page, switchFields({ roleName: 'BreakGlass' }));
  await expectRefused(page, sim, 'not-authorized');
});

test('an alias and a role path are accepted; a role of another partition is unknown here', async ({ page }) => {
  const sim = await open(page);
  await postSwitch(page, switchFields({ account: 'switchyard-prod', roleName: 'ops/ReadOnly', displayName: '', color: '' }));
  await page.waitForURL(EC2);
  await expect(page.getByTestId('sim-identity')).toHaveText('ReadOnly @ switchyard-prod');
  expect(sim.identity()).toMatchObject({ roleName: 'ReadOnly', rolePath: '/ops/', accountLabel: 'switchyard-prod' });
  await postSwitch(page, switchFields({ account: '777788889999', roleName: 'GovAdmin' }));
  await expect(page.getByTestId('sim-signin-error')).toBeVisible();
  expect(sim.switches.at(-1)?.outcome).toBe('unknown-role');
});

test('a switch without the browser\'s sign-in cookie finds no session', async ({ page }) => {
  const sim = await open(page);
  // A cross-site form POST does not carry the SameSite=Lax sign-in cookie.
  await page.goto('https://example.test/');
  await postSwitch(page, switchFields(), { csrf: sim.csrf() });
  await expect(page.getByTestId('sim-signed-out')).toBeVisible();
  expect(sim.switches.at(-1)?.outcome).toBe('no-session');
  // Signed out altogether: no cookie, no console.
  await page.context().clearCookies();
  await page.goto(`https://signin.aws.amazon.com/switchrole?account=123456789012&roleName=Admin`);
  await expect(page.getByTestId('sim-signed-out')).toBeVisible();
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-page-get', outcome: 'no-session' });
});

test('the console\'s own Switch back returns to the user', async ({ page }) => {
  const sim = await open(page);
  await postSwitch(page, switchFields());
  await page.waitForURL(EC2);
  await page.getByTestId('sim-switch-back').click();
  await page.waitForURL(EC2);
  await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-back', outcome: 'ok', fields: { action: 'switchToBasis', src: 'nav' } });
  expect(sim.identity().kind).toBe('user');
  await expect(page.getByTestId('sim-switch-back')).toHaveCount(0);
});

test('the prefilled Switch Role page has the console\'s form, and submitting it switches', async ({ page }) => {
  const sim = await installSimulator(page.context());
  const target = sim.consoleUrl({ region: 'eu-west-1', path: '/s3/buckets' });
  const query = new URLSearchParams({ account: '123456789012', roleName: 'ops/ReadOnly', displayName: 'Ops <read>', color: '83d4e8', redirect_uri: target });
  await page.goto(`https://signin.aws.amazon.com/switchrole?${query}`);
  const form = page.locator('form#switchrole_form');
  await expect(form).toHaveAttribute('method', 'post');
  await expect(form).toHaveAttribute('action', '/switchrole');
  await expect(form.locator('input[name=displayName]')).toHaveValue('Ops <read>');
  await expect(form.locator('[name=color]')).toHaveValue('83d4e8');
  await expect(form.locator('input[name=csrf]')).toHaveValue(sim.csrf());
  await expect(form.locator('input[name=redirect_uri]')).toHaveValue(encodeURIComponent(target));
  await expect(form.locator('input[name=mfaNeeded]')).toHaveValue('0');
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-page-get', outcome: 'ok', fields: { roleName: 'ops/ReadOnly' } });
  await page.getByRole('button', { name: 'Switch Role' }).click();
  await page.waitForURL(target);
  // User text is text: the display name is shown, never parsed as markup.
  await expect(page.getByTestId('sim-identity')).toHaveText('Ops <read>');
  await expect(page.getByTestId('sim-region')).toHaveText('eu-west-1');
  expect(sim.identity()).toMatchObject({ roleName: 'ReadOnly', rolePath: '/ops/' });
});

test('the other partitions have their own hosts, users and roles', async ({ page }) => {
  const sim = await open(page, undefined, 'https://console.amazonaws-us-gov.com/ec2/home');
  await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 444455556666');
  expect(await sessionData(page)).toMatchObject({ signInEndpoint: 'signin.amazonaws-us-gov.com', infrastructureRegion: 'us-gov-west-1' });
  const back = 'https://us-gov-west-1.console.amazonaws-us-gov.com/ec2/home?region=us-gov-west-1';
  await postSwitch(page, switchFields({ account: '777788889999', roleName: 'GovAdmin', redirect_uri: encodeURIComponent(back) }), { host: 'signin.amazonaws-us-gov.com' });
  await page.waitForURL(back);
  expect(sim.identity('aws-us-gov')).toMatchObject({ arn: 'arn:aws-us-gov:sts::777788889999:assumed-role/GovAdmin/alice' });
  expect(sim.identity('aws').kind).toBe('user');
  await page.goto(sim.consoleUrl({ partition: 'aws-cn' }));
  await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 555566667777');
  await page.goto('https://example.test/');
  await expect(page.getByTestId('sim-neutral')).toBeVisible();
  await expect(page.goto('https://unknown.invalid/')).rejects.toThrow();
});

test('ESC is regional: its console pages post to the regional sign-in host, and a switch sent to the bare host with their token is refused', async ({ page }) => {
  const sim = await installSimulator(page.context());
  const home = sim.consoleUrl({ partition: 'aws-eusc', path: '/ec2/home' });
  expect(home).toBe('https://eusc-de-east-1.console.amazonaws-eusc.eu/ec2/home?region=eusc-de-east-1');
  await page.goto(home);
  await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 666677778888');
  expect(await sessionData(page)).toMatchObject({ signInEndpoint: 'eusc-de-east-1.signin.amazonaws-eusc.eu', infrastructureRegion: 'eusc-de-east-1' });
  const fields = switchFields({ account: '999900001111', roleName: 'EuscOperator', redirect_uri: encodeURIComponent(home) });

  // What a switcher that falls back to the bare host does (facts file): refused, nothing changes.
  await postSwitch(page, fields, { host: 'signin.amazonaws-eusc.eu' });
  await expect(page.getByTestId('sim-signin-error')).toContainText(SWITCH_ERROR_MESSAGE);
  expect(sim.switches.at(-1)).toMatchObject({ host: 'signin.amazonaws-eusc.eu', outcome: 'bad-csrf' });
  expect(sim.identity('aws-eusc').kind).toBe('user');

  await page.goto(home);
  await postSwitch(page, fields, { host: 'eusc-de-east-1.signin.amazonaws-eusc.eu' });
  await page.waitForURL(home);
  await expect(page.getByTestId('sim-identity')).toHaveText('Prod admin');
  expect(sim.switches.at(-1)).toMatchObject({ host: 'eusc-de-east-1.signin.amazonaws-eusc.eu', outcome: 'ok' });
  expect(sim.identity('aws-eusc')).toMatchObject({ arn: 'arn:aws-eusc:sts::999900001111:assumed-role/EuscOperator/alice' });
  expect(sim.identity('aws').kind).toBe('user');
});

test('ESC\'s bare sign-in host serves its own prefilled switch page, with its own token', async ({ page }) => {
  const sim = await installSimulator(page.context());
  const target = sim.consoleUrl({ partition: 'aws-eusc' });
  const query = new URLSearchParams({ account: '999900001111', roleName: 'EuscOperator', displayName: 'ESC ops', redirect_uri: target });
  await page.goto(`https://signin.amazonaws-eusc.eu/switchrole?${query}`);
  await expect(page.locator('form#switchrole_form input[name=csrf]')).toHaveValue(sim.csrf('aws-eusc', 'signin.amazonaws-eusc.eu'));
  expect(sim.csrf('aws-eusc', 'signin.amazonaws-eusc.eu')).not.toBe(sim.csrf('aws-eusc'));
  await page.getByRole('button', { name: 'Switch Role' }).click();
  await page.waitForURL(target);
  await expect(page.getByTestId('sim-identity')).toHaveText('ESC ops');
});

test('console pages can leave out their sign-in endpoint and region, as console updates did', async ({ page }) => {
  const sim = await installSimulator(page.context());
  sim.setOmittedPageFields(['signInEndpoint']);
  await page.goto(sim.consoleUrl({ partition: 'aws-eusc' }));
  const data = await sessionData(page);
  expect(data).toMatchObject({ accountId: '666677778888', infrastructureRegion: 'eusc-de-east-1' });
  expect(data).not.toHaveProperty('signInEndpoint');
  await expect(page.locator('#awsc-signin-endpoint')).toHaveCount(0);
  sim.setOmittedPageFields(['signInEndpoint', 'infrastructureRegion']);
  await page.reload();
  expect(await sessionData(page)).not.toHaveProperty('infrastructureRegion');
});

test.describe('multi-session', () => {
  type Reply = { status: number; body: unknown };
  const fetchSwitch = (page: Page, differentiator: string, body: unknown, init: { headers?: Record<string, string>; credentials?: RequestCredentials } = {}) =>
    page.evaluate(
      async ({ differentiator, body, init }): Promise<Reply | string> => {
        try {
          const response = await fetch(`https://us-east-1.signin.aws.amazon.com/sessions/${differentiator}/v1/switchrole`, {
            method: 'POST',
            credentials: init.credentials ?? 'include',
            headers: init.headers ?? { 'content-type': 'application/json', 'x-csrf-protection': '1' },
            body: JSON.stringify(body),
          });
          return { status: response.status, body: await response.json() };
        } catch (error) {
          return String(error);
        }
      },
      { differentiator, body, init },
    );
  const request = { account: '123456789012', roleName: 'Admin', displayName: 'Prod', color: 'b7ca9d', redirectUri: EC2 };

  test('a fetch from a session page opens a new session; the source stays signed in', async ({ page }) => {
    const sim = await open(page, { mode: 'multi-session' });
    const [base] = sim.sessions();
    expect(page.url()).toContain(`https://${base?.subdomain}.us-east-1.console.aws.amazon.com/ec2/home`);
    const data = await sessionData(page);
    expect(data).toMatchObject({ prismModeEnabled: true, sessionDifferentiator: base?.sessionDifferentiator, signInEndpoint: 'us-east-1.signin.aws.amazon.com' });
    const reply = await fetchSwitch(page, data.sessionDifferentiator, request);
    expect(reply).toMatchObject({ status: 200, body: { destination: expect.stringMatching(/^https:\/\/123456789012-[a-z0-9]{8}\.us-east-1\.console\.aws\.amazon\.com\/ec2\/home\?region=us-east-1#Instances:$/) } });
    const destination = (reply as { body: { destination: string } }).body.destination;
    const second = await page.context().newPage();
    await second.goto(destination);
    await expect(second.getByTestId('sim-identity')).toHaveText('Prod');
    await page.reload();
    await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
    expect(sim.sessions().map((session) => session.identity.kind)).toEqual(['user', 'role']);
    expect(sim.switches.at(-1)).toMatchObject({ kind: 'multi-session', outcome: 'ok', origin: new URL(page.url()).origin, landing: destination });
  });

  test('a role that does not trust the session answers UNAUTHORIZED with HTTP 200', async ({ page }) => {
    const sim = await open(page, { mode: 'multi-session' });
    const differentiator = sim.sessions()[0]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, differentiator, { ...request, roleName: 'BreakGlass' })).toEqual({ status: 200, body: { errorCode: 'UNAUTHORIZED' } });
    expect(sim.switches.at(-1)?.outcome).toBe('not-authorized');
    expect(sim.sessions()).toHaveLength(1);
  });

  test('the plain console host sends the browser to the base session', async ({ page }) => {
    const sim = await open(page, { mode: 'multi-session' }, 'https://eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1');
    const base = sim.sessions()[0];
    await page.waitForURL(`https://${base?.subdomain}.eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1`);
    await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
    await page.goto('https://111122223333-zzzzzzzz.us-east-1.console.aws.amazon.com/console/home');
    await expect(page.getByTestId('sim-not-found')).toBeVisible();
  });

  test('from a role session, a switch is role chaining: the target must trust that role', async ({ page }) => {
    const roles = [
      { accountId: '123456789012', name: 'Admin' },
      { accountId: '210987654321', name: 'Deploy', chainableFrom: ['Admin'] },
      { accountId: '210987654321', name: 'Other' },
    ];
    const sim = await open(page, { mode: 'multi-session', roles });
    const reply = await fetchSwitch(page, sim.sessions()[0]?.sessionDifferentiator ?? '', request);
    await page.goto((reply as { body: { destination: string } }).body.destination);
    const roleSession = sim.sessions()[1]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, roleSession, { ...request, account: '210987654321', roleName: 'Other' })).toEqual({ status: 200, body: { errorCode: 'UNAUTHORIZED' } });
    expect(await fetchSwitch(page, roleSession, { ...request, account: '210987654321', roleName: 'Deploy' })).toMatchObject({ status: 200, body: { destination: expect.stringContaining('https://210987654321-') } });
  });

  test('the prefilled Switch Role page opens one more session instead of replacing one', async ({ page }) => {
    const sim = await open(page, { mode: 'multi-session' });
    const query = new URLSearchParams({ account: '123456789012', roleName: 'Admin', redirect_uri: 'https://us-east-1.console.aws.amazon.com/iam/home' });
    await page.goto(`https://signin.aws.amazon.com/switchrole?${query}`);
    await page.getByRole('button', { name: 'Switch Role' }).click();
    await page.waitForURL(/^https:\/\/123456789012-[a-z0-9]{8}\.us-east-1\.console\.aws\.amazon\.com\/iam\/home$/);
    await expect(page.getByTestId('sim-identity')).toHaveText('Admin @ 123456789012');
    expect(sim.sessions()).toHaveLength(2);
    expect(sim.identity().kind).toBe('user');
  });

  test('the endpoint refuses what AWS refuses', async ({ page }) => {
    const sim = await open(page, { mode: 'multi-session' });
    const differentiator = sim.sessions()[0]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, differentiator, request, { headers: { 'content-type': 'application/json' } })).toMatchObject({ status: 403 });
    expect(await fetchSwitch(page, differentiator, request, { credentials: 'omit' })).toMatchObject({ status: 401 });
    expect(await fetchSwitch(page, 'zzzzzzzz', request)).toMatchObject({ status: 404 });
    expect(await fetchSwitch(page, differentiator, { ...request, roleName: 'ADMIN' })).toMatchObject({ status: 400, body: { errorCode: 'ROLE_NOT_FOUND' } });
    expect(await fetchSwitch(page, differentiator, { ...request, redirectUri: page.url() })).toMatchObject({ status: 400 });
    expect(sim.switches.map((entry) => entry.outcome)).toEqual(['bad-csrf', 'no-session', 'no-session', 'unknown-role', 'bad-field']);
    // Not a console origin: the server refuses and the browser's CORS check hides the answer.
    await page.goto('https://example.test/');
    expect(await fetchSwitch(page, differentiator, request)).toContain('Failed to fetch');
    expect(sim.switches.at(-1)).toMatchObject({ outcome: 'bad-csrf', origin: 'https://example.test' });
    expect(sim.sessions()).toHaveLength(1);
  });
});

test('with the signals removed the page still shows who is signed in, but nothing machine-readable', async ({ page }) => {
  const sim = await open(page);
  sim.setSignalsRemoved(true);
  await page.reload();
  await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
  const left = await page.evaluate(() => ({
    meta: document.querySelectorAll('meta[name="awsc-session-data"], #awsc-signin-endpoint').length,
    ids: document.querySelectorAll('#nav-usernameMenu, [id^="awsc-"], [data-testid="account-detail-menu"], input[name=csrf]').length,
    cookie: /aws-userInfo|aws-account-alias/.test(document.cookie),
    globals: typeof (window as unknown as { AWSC?: unknown }).AWSC + typeof (window as unknown as { ConsoleNavService?: unknown }).ConsoleNavService,
  }));
  expect(left).toEqual({ meta: 0, ids: 0, cookie: false, globals: 'undefinedundefined' });
});
