// The console simulator itself, driven with plain Playwright (no extension) over real HTTP through its
// proxy: the pages carry every identity signal, the sign-in service accepts exactly what AWS accepts,
// and redirects, cookies and CORS are the browser's own doing.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { SWITCH_ERROR_MESSAGE, startSimulator, type SimServer, type Simulator, type SimulatorOptions } from './simulator';

base.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
});

interface Opened {
  page: Page;
  sim: Simulator;
  server: SimServer;
}

/** `open(options, url)`: a simulator of its own, a browser context that reaches it through its proxy
 *  holding its sign-in cookies, and a page on `url` (default EC2; `null` stays on about:blank). */
const test = base.extend<{ open: (options?: SimulatorOptions, url?: string | null) => Promise<Opened> }>({
  open: async ({ browser }, use) => {
    const opened: Array<{ context: BrowserContext; server: SimServer }> = [];
    await use(async (options, url) => {
      const server = await startSimulator(options);
      const context = await browser.newContext({ proxy: { server: `http://127.0.0.1:${server.proxyPort}` }, ignoreHTTPSErrors: true });
      opened.push({ context, server });
      await context.addCookies(server.signInCookies());
      const page = await context.newPage();
      if (url !== null) await page.goto(url ?? server.sim.consoleUrl({ path: '/ec2/home' }));
      return { page, sim: server.sim, server };
    });
    for (const { context, server } of opened) {
      await context.close();
      await server.close();
    }
  },
});

const EC2 = 'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:';

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

test('a console page shows the signed-in user and carries every identity signal', async ({ open }) => {
  const { page, sim } = await open();
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
  // Its own styles apply (its sheet has the nonce), but its CSP limits styles: a <style> without the
  // nonce and a style attribute are dropped, as a strict console CSP would drop them.
  await expect(page.locator('header.sim-nav')).toHaveCSS('background-color', 'rgb(35, 47, 62)');
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toMatch(/style-src 'nonce-[^']+' 'self'/);
  await page.evaluate(() => {
    const sheet = document.createElement('style');
    sheet.append('main { color: rgb(1, 2, 3) !important; }');
    document.head.append(sheet);
    document.querySelector('h1')!.setAttribute('style', 'color: rgb(4, 5, 6)');
  });
  await expect(page.locator('main p').first()).not.toHaveCSS('color', 'rgb(1, 2, 3)');
  await expect(page.locator('main h1')).not.toHaveCSS('color', 'rgb(4, 5, 6)');
});

test('a correct classic POST switches the role and lands on the redirect', async ({ open }) => {
  const { page, sim } = await open();
  const before = sim.csrf();
  const answer = page.waitForResponse((response) => response.url() === 'https://signin.aws.amazon.com/switchrole');
  await postSwitch(page, switchFields());
  // A real redirect, followed by the browser.
  expect((await answer).status()).toBe(302);
  expect(await (await answer).headerValue('location')).toBe(EC2);
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

test('a stale or wrong CSRF token is refused and nothing changes', async ({ open }) => {
  const { page, sim } = await open();
  await postSwitch(page, switchFields(), { csrf: 'not-the-token' });
  await expectRefused(page, sim, 'bad-csrf');
  // The form is re-displayed pre-filled, as the real page does.
  await expect(page.locator('#switchrole_form input[name=account]')).toHaveValue('123456789012');
  await expect(page.locator('#switchrole_form input[name=roleName]')).toHaveValue('Admin');
});

test('a role name in another case is an unknown role', async ({ open }) => {
  const { page, sim } = await open();
  await postSwitch(page, switchFields({ roleName: 'admin' }));
  await expectRefused(page, sim, 'unknown-role');
});

test('the error-page variant answers a refusal with AWS\'s message and no switch form', async ({ open }) => {
  const { page, sim } = await open({ refusalPage: 'error-page' });
  await postSwitch(page, switchFields({ roleName: 'admin' }));
  await expectRefused(page, sim, 'unknown-role');
  await expect(page.getByTestId('sim-switch-error')).toBeVisible();
  await expect(page.locator('#switchrole_form')).toHaveCount(0);
});

test('the blank variant answers a refusal with an empty page', async ({ open }) => {
  const { page, sim } = await open({ refusalPage: 'blank' });
  await postSwitch(page, switchFields({ roleName: 'admin' }));
  await page.waitForURL('https://signin.aws.amazon.com/switchrole');
  await expect(page.locator('body')).toBeEmpty();
  expect(sim.switches.at(-1)?.outcome).toBe('unknown-role');
  expect(sim.identity().kind).toBe('user');
});

test('the sign-in-redirect variant sends a refusal on to the sign-in page', async ({ open }) => {
  const { page, sim } = await open({ refusalPage: 'sign-in-redirect' });
  await postSwitch(page, switchFields({ roleName: 'BreakGlass' }));
  await page.waitForURL((url) => url.pathname === '/signin');
  await expect(page.getByTestId('sim-signin-page')).toBeVisible();
  await expect(page.locator('#switchrole_form')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('error')).toBe('not-authorized');
  expect(sim.identity().kind).toBe('user');
});

test('malformed fields are refused: raw redirect_uri, other partition, long display name, bad colour', async ({ open }) => {
  const { page, sim } = await open();
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

test('a role whose trust policy does not allow the user is not authorised', async ({ open }) => {
  const { page, sim } = await open();
  await postSwitch(page, switchFields({ roleName: 'BreakGlass' }));
  await expectRefused(page, sim, 'not-authorized');
});

test('an alias and a role path are accepted; a role of another partition is unknown here', async ({ open }) => {
  const { page, sim } = await open();
  await postSwitch(page, switchFields({ account: 'switchyard-prod', roleName: 'ops/ReadOnly', displayName: '', color: '' }));
  await page.waitForURL(EC2);
  await expect(page.getByTestId('sim-identity')).toHaveText('ReadOnly @ switchyard-prod');
  expect(sim.identity()).toMatchObject({ roleName: 'ReadOnly', rolePath: '/ops/', accountLabel: 'switchyard-prod' });
  await postSwitch(page, switchFields({ account: '777788889999', roleName: 'GovAdmin' }));
  await expect(page.getByTestId('sim-signin-error')).toBeVisible();
  expect(sim.switches.at(-1)?.outcome).toBe('unknown-role');
});

test('a switch without the browser\'s sign-in cookie finds no session', async ({ open }) => {
  const { page, sim } = await open();
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

test('the console\'s own Switch back returns to the user', async ({ open }) => {
  const { page, sim } = await open();
  await postSwitch(page, switchFields());
  await page.waitForURL(EC2);
  await page.getByTestId('sim-switch-back').click();
  await page.waitForURL(EC2);
  await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
  expect(sim.switches.at(-1)).toMatchObject({ kind: 'switch-back', outcome: 'ok', fields: { action: 'switchToBasis', src: 'nav' } });
  expect(sim.identity().kind).toBe('user');
  await expect(page.getByTestId('sim-switch-back')).toHaveCount(0);
});

test('the prefilled Switch Role page has the console\'s form, and submitting it switches', async ({ open }) => {
  const { page, sim } = await open(undefined, null);
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

test('the other partitions have their own hosts, users and roles', async ({ open }) => {
  const { page, sim } = await open(undefined, 'https://console.amazonaws-us-gov.com/ec2/home');
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
});

test('ESC is regional: its console pages post to the regional sign-in host, and a switch sent to the bare host with their token is refused', async ({ open }) => {
  const { page, sim } = await open(undefined, null);
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

test('ESC\'s bare sign-in host serves its own prefilled switch page, with its own token', async ({ open }) => {
  const { page, sim } = await open(undefined, null);
  const target = sim.consoleUrl({ partition: 'aws-eusc' });
  const query = new URLSearchParams({ account: '999900001111', roleName: 'EuscOperator', displayName: 'ESC ops', redirect_uri: target });
  await page.goto(`https://signin.amazonaws-eusc.eu/switchrole?${query}`);
  await expect(page.locator('form#switchrole_form input[name=csrf]')).toHaveValue(sim.csrf('aws-eusc', 'signin.amazonaws-eusc.eu'));
  expect(sim.csrf('aws-eusc', 'signin.amazonaws-eusc.eu')).not.toBe(sim.csrf('aws-eusc'));
  await page.getByRole('button', { name: 'Switch Role' }).click();
  await page.waitForURL(target);
  await expect(page.getByTestId('sim-identity')).toHaveText('ESC ops');
});

test('console pages can leave out their sign-in endpoint and region, as console updates did', async ({ open }) => {
  const { page, sim } = await open(undefined, null);
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

test.describe('real HTTP', () => {
  test('a start URL is a real 302 that the browser follows, keeping the fragment', async ({ open }) => {
    const shortcut = '#/console?account_id=210987654321&role_name=PowerUser';
    const { page } = await open(undefined, `https://d-1234567890.awsapps.com/start${shortcut}`);
    expect(page.url()).toBe(`https://d-1234567890.awsapps.com/start/${shortcut}`);
    const first = (await page.goto(`https://d-1234567890.awsapps.com/start${shortcut}`))?.request().redirectedFrom();
    expect(first?.url()).toBe('https://d-1234567890.awsapps.com/start');
    expect((await first?.response())?.status()).toBe(302);
    await expect(page.getByTestId('sim-portal-role')).toHaveText('PowerUser');
  });

  test('a cookie set for the partition\'s domain reaches its other hosts, and no other site', async ({ open }) => {
    const { page } = await open();
    const userInfo = () => page.evaluate(() => /(?:^|; )aws-userInfo=([^;]*)/.exec(document.cookie)?.[1]);
    // Set by the console page's answer for .aws.amazon.com: the sign-in host gets it too.
    await page.goto('https://signin.aws.amazon.com/signin');
    expect(JSON.parse(decodeURIComponent((await userInfo()) ?? '{}'))).toMatchObject({ arn: 'arn:aws:iam::111122223333:user/alice' });
    // The sign-in cookie is HttpOnly: sent, never readable by the page.
    expect(await page.evaluate(() => document.cookie)).not.toContain('aws-creds');
    await page.goto('https://example.test/');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const china = await page.context().cookies('https://console.amazonaws.cn/');
    expect(china.map((cookie) => `${cookie.name}@${cookie.domain}`)).toEqual(['aws-creds@.amazonaws.cn']);
  });

  test('the proxy refuses what the simulator does not serve: other hosts, look-alikes, other ports, plain http', async ({ open }) => {
    const { page, server } = await open(undefined, null);
    for (const url of ['https://unknown.invalid/', 'https://evilawsapps.com/start/', 'https://console.aws.amazon.com:8443/']) {
      await expect(page.goto(url), url).rejects.toThrow(/ERR_TUNNEL_CONNECTION_FAILED/);
    }
    expect(server.refused).toEqual(expect.arrayContaining(['unknown.invalid:443', 'evilawsapps.com:443', 'console.aws.amazon.com:8443']));
    // Plain http, asked of the proxy directly (Chromium may upgrade a typed http:// address to https).
    const answer = await new Promise<string>((resolve) => {
      const request = http.get({ host: '127.0.0.1', port: server.proxyPort, path: 'http://example.test/', headers: { host: 'example.test' } }, (response) => resolve(`answered ${response.statusCode}`));
      request.on('error', (error) => resolve(error.message));
    });
    expect(answer).toBe('socket hang up');
    expect(server.refused.at(-1)).toBe('http://example.test/');
  });
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

  test('a fetch from a session page opens a new session; the source stays signed in', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const [base] = sim.sessions();
    expect(page.url()).toContain(`https://${base?.subdomain}.us-east-1.console.aws.amazon.com/ec2/home`);
    const data = await sessionData(page);
    expect(data).toMatchObject({ prismModeEnabled: true, sessionDifferentiator: base?.sessionDifferentiator, signInEndpoint: 'us-east-1.signin.aws.amazon.com' });
    const post = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/v1/switchrole'));
    const reply = await fetchSwitch(page, data.sessionDifferentiator, request);
    // The credentialed answer names this exact origin and allows credentials, or the page could not read it.
    expect(await (await post).allHeaders()).toMatchObject({ 'access-control-allow-origin': new URL(page.url()).origin, 'access-control-allow-credentials': 'true' });
    expect(reply).toMatchObject({ status: 200, body: { destination: expect.stringMatching(/^https:\/\/123456789012-[a-z0-9]{8}\.us-east-1\.console\.aws\.amazon\.com\/ec2\/home\?region=us-east-1#Instances:$/) } });
    const destination = (reply as { body: { destination: string } }).body.destination;
    const second = await page.context().newPage();
    await second.goto(destination);
    await expect(second.getByTestId('sim-identity')).toHaveText('Prod');
    await page.reload();
    await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
    expect(sim.sessions().map((session) => session.identity.kind)).toEqual(['user', 'role']);
    expect(sim.switches.at(-1)).toMatchObject({ kind: 'multi-session', outcome: 'ok', origin: new URL(page.url()).origin, landing: destination });
    // The browser asked first: a real CORS preflight, granted to this console origin.
    expect(sim.preflights).toEqual([{ host: 'us-east-1.signin.aws.amazon.com', origin: new URL(page.url()).origin, granted: true }]);
  });

  test('a role that does not trust the session answers UNAUTHORIZED with HTTP 200', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const differentiator = sim.sessions()[0]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, differentiator, { ...request, roleName: 'BreakGlass' })).toEqual({ status: 200, body: { errorCode: 'UNAUTHORIZED' } });
    expect(sim.switches.at(-1)?.outcome).toBe('not-authorized');
    expect(sim.sessions()).toHaveLength(1);
  });

  test('the plain console host sends the browser to the base session', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' }, 'https://eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1');
    const base = sim.sessions()[0];
    await page.waitForURL(`https://${base?.subdomain}.eu-west-1.console.aws.amazon.com/s3/buckets?region=eu-west-1`);
    await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
    await page.goto('https://111122223333-zzzzzzzz.us-east-1.console.aws.amazon.com/console/home');
    await expect(page.getByTestId('sim-not-found')).toBeVisible();
  });

  test('from a role session, a switch is role chaining: the target must trust that role', async ({ open }) => {
    const roles = [
      { accountId: '123456789012', name: 'Admin' },
      { accountId: '210987654321', name: 'Deploy', chainableFrom: ['arn:aws:iam::123456789012:role/Admin'] },
      { accountId: '210987654321', name: 'Other' },
    ];
    const { page, sim } = await open({ mode: 'multi-session', roles });
    const reply = await fetchSwitch(page, sim.sessions()[0]?.sessionDifferentiator ?? '', request);
    await page.goto((reply as { body: { destination: string } }).body.destination);
    const roleSession = sim.sessions()[1]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, roleSession, { ...request, account: '210987654321', roleName: 'Other' })).toEqual({ status: 200, body: { errorCode: 'UNAUTHORIZED' } });
    // The base user may assume Other: the refusal is the chain's, recorded as from the role's session.
    expect(sim.switches.at(-1)).toMatchObject({ outcome: 'not-authorized', session: roleSession, reason: expect.stringContaining('arn:aws:iam::123456789012:role/Admin') });
    expect(await fetchSwitch(page, roleSession, { ...request, account: '210987654321', roleName: 'Deploy' })).toMatchObject({ status: 200, body: { destination: expect.stringContaining('https://210987654321-') } });
    expect(sim.switches.at(-1)).toMatchObject({ outcome: 'ok', session: roleSession });
  });

  test('a trust policy names the source role by its exact ARN: the same name in another account or path does not chain', async ({ open }) => {
    const roles = [
      { accountId: '123456789012', name: 'Admin' },
      { accountId: '123456789012', path: '/ops/', name: 'Ops' },
      // Trusts an Admin, but of another account, and an Ops without its path.
      { accountId: '210987654321', name: 'Deploy', chainableFrom: ['arn:aws:iam::999999999999:role/Admin', 'arn:aws:iam::123456789012:role/Ops'] },
      { accountId: '210987654321', name: 'Release', chainableFrom: ['arn:aws:iam::123456789012:role/ops/Ops'] },
    ];
    const { page, sim } = await open({ mode: 'multi-session', roles });
    const base = sim.sessions()[0]?.sessionDifferentiator ?? '';
    const deploy = { ...request, account: '210987654321', roleName: 'Deploy' };
    await page.goto(destinationOf(await fetchSwitch(page, base, request)));
    const admin = sim.sessions()[1]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, admin, deploy)).toEqual({ status: 200, body: { errorCode: 'UNAUTHORIZED' } });
    await page.goto(sim.consoleUrl());
    await page.goto(destinationOf(await fetchSwitch(page, base, { ...request, roleName: 'ops/Ops' })));
    const ops = sim.sessions()[2]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, ops, deploy)).toEqual({ status: 200, body: { errorCode: 'UNAUTHORIZED' } });
    expect(await fetchSwitch(page, ops, { ...deploy, roleName: 'Release' })).toMatchObject({ status: 200 });
    expect(sim.sessions().map((session) => session.identity.roleName ?? 'alice')).toEqual(['alice', 'Admin', 'Ops', 'Release']);
  });

  test('a trust policy that names anything but a role ARN is a mistake in the test, refused at start', async ({ open }) => {
    await expect(open({ mode: 'multi-session', roles: [{ accountId: '210987654321', name: 'Deploy', chainableFrom: ['Admin'] }] })).rejects.toThrow(/chainableFrom of Deploy takes role ARNs/);
  });

  test('the prefilled Switch Role page opens one more session instead of replacing one', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const query = new URLSearchParams({ account: '123456789012', roleName: 'Admin', redirect_uri: 'https://us-east-1.console.aws.amazon.com/iam/home' });
    await page.goto(`https://signin.aws.amazon.com/switchrole?${query}`);
    await page.getByRole('button', { name: 'Switch Role' }).click();
    await page.waitForURL(/^https:\/\/123456789012-[a-z0-9]{8}\.us-east-1\.console\.aws\.amazon\.com\/iam\/home$/);
    await expect(page.getByTestId('sim-identity')).toHaveText('Admin @ 123456789012');
    expect(sim.sessions()).toHaveLength(2);
    expect(sim.identity().kind).toBe('user');
  });

  const ADMIN_ARN = 'arn:aws:sts::123456789012:assumed-role/Admin/alice';
  const destinationOf = (reply: Reply | string): string => (reply as { body: { destination: string } }).body.destination;

  test('signing an identity in again signs its older session out: its tab shows the sign-in page on the next load', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const base = sim.sessions()[0]?.sessionDifferentiator ?? '';
    const first = await page.context().newPage();
    await first.goto(destinationOf(await fetchSwitch(page, base, request)));
    await expect(first.getByTestId('sim-identity')).toHaveText('Prod');
    const older = sim.sessions()[1]?.sessionDifferentiator ?? '';
    // The same role again, through the form this time: a new session replaces the older one.
    const query = new URLSearchParams({ account: '123456789012', roleName: 'Admin', redirect_uri: 'https://us-east-1.console.aws.amazon.com/iam/home' });
    await page.goto(`https://signin.aws.amazon.com/switchrole?${query}`);
    await page.getByRole('button', { name: 'Switch Role' }).click();
    await expect(page.getByTestId('sim-identity')).toHaveText('Admin @ 123456789012');
    const sessions = sim.sessions();
    expect(sessions.map((session) => session.identity.kind)).toEqual(['user', 'role']);
    expect(sessions[1]?.sessionDifferentiator).not.toBe(older);
    expect(sim.endedSessions()).toEqual([expect.objectContaining({ sessionDifferentiator: older, reason: 'signed-in-again' })]);
    await first.reload();
    await expect(first.getByTestId('sim-signed-out')).toBeVisible();
    // The signed-out session can no longer switch; the new one can.
    await first.goto(page.url());
    expect(await fetchSwitch(first, older, { ...request, roleName: 'ops/ReadOnly' })).toEqual({ status: 410, body: { errorCode: 'SESSION_EXPIRED' } });
    // Two sign-ins of the one identity, each counted.
    expect(sim.signInsOf(ADMIN_ARN)).toHaveLength(2);
  });

  test('signing in again replaces a session, so five identities can sign one of them in again but not a sixth', async ({ open }) => {
    const roles = ['A', 'B', 'C', 'D', 'E'].map((name) => ({ accountId: '123456789012', name }));
    const { page, sim } = await open({ mode: 'multi-session', roles });
    const base = sim.sessions()[0]?.sessionDifferentiator ?? '';
    for (const name of ['A', 'B', 'C', 'D']) expect(await fetchSwitch(page, base, { ...request, roleName: name })).toMatchObject({ status: 200 });
    expect(sim.sessions()).toHaveLength(5);
    expect(await fetchSwitch(page, base, { ...request, roleName: 'E' })).toEqual({ status: 400, body: { errorCode: 'SESSION_LIMIT_EXCEEDED' } });
    expect(await fetchSwitch(page, base, { ...request, roleName: 'B' })).toMatchObject({ status: 200 });
    expect(sim.sessions().map((session) => session.identity.roleName ?? 'alice')).toEqual(['alice', 'A', 'C', 'D', 'B']);
  });

  test('every session created is a counted sign-in, with its identity and time', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const base = sim.sessions()[0];
    expect(sim.signIns).toEqual([{ sessionDifferentiator: base?.sessionDifferentiator, identity: expect.objectContaining({ kind: 'user' }), at: base?.createdAt }]);
    // Opening the base session's pages again signs no one in.
    await page.reload();
    await page.goto(sim.consoleUrl());
    expect(sim.signIns).toHaveLength(1);
    const before = Date.now();
    await fetchSwitch(page, base?.sessionDifferentiator ?? '', request);
    await fetchSwitch(page, base?.sessionDifferentiator ?? '', { ...request, roleName: 'BreakGlass' });
    expect(sim.signIns).toHaveLength(2);
    expect(sim.signIns[1]).toMatchObject({ identity: { arn: ADMIN_ARN }, at: expect.any(Number) });
    expect(sim.signIns[1]?.at).toBeGreaterThanOrEqual(before);
    expect(sim.signInsOf(ADMIN_ARN).map((signIn) => signIn.sessionDifferentiator)).toEqual([sim.sessions()[1]?.sessionDifferentiator]);
  });

  test('a role session expires after an hour: its pages show the sign-in page and it can no longer switch', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const base = sim.sessions()[0]?.sessionDifferentiator ?? '';
    await page.goto(destinationOf(await fetchSwitch(page, base, request)));
    const role = sim.sessions()[1];
    expect(role?.expiresAt).toBe((role?.createdAt ?? 0) + 60 * 60 * 1000);
    expect(sim.sessions()[0]?.expiresAt).toBeUndefined();
    sim.advanceTime(59 * 60 * 1000);
    await page.reload();
    await expect(page.getByTestId('sim-identity')).toHaveText('Prod');
    sim.advanceTime(60 * 1000);
    expect(sim.sessions().map((session) => session.identity.kind)).toEqual(['user']);
    expect(sim.endedSessions()).toEqual([expect.objectContaining({ sessionDifferentiator: role?.sessionDifferentiator, reason: 'expired' })]);
    await page.reload();
    await expect(page.getByTestId('sim-signed-out')).toBeVisible();
    expect(await fetchSwitch(page, role?.sessionDifferentiator ?? '', { ...request, roleName: 'ops/ReadOnly' })).toEqual({ status: 410, body: { errorCode: 'SESSION_EXPIRED' } });
    expect(sim.switches.at(-1)).toMatchObject({ outcome: 'no-session', status: 410 });
    // The base user's session does not expire, and still switches.
    await page.goto(sim.consoleUrl());
    await expect(page.getByTestId('sim-identity')).toHaveText('alice @ 111122223333');
    expect(await fetchSwitch(page, base, request)).toMatchObject({ status: 200 });
  });

  test('a test can expire one role session at once, but not the base session', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const base = sim.sessions()[0]?.sessionDifferentiator ?? '';
    const second = await page.context().newPage();
    await second.goto(destinationOf(await fetchSwitch(page, base, request)));
    await fetchSwitch(page, base, { ...request, roleName: 'ops/ReadOnly' });
    const [, admin, readOnly] = sim.sessions();
    sim.expireSession(admin?.sessionDifferentiator ?? '');
    expect(sim.sessions().map((session) => session.sessionDifferentiator)).toEqual([base, readOnly?.sessionDifferentiator]);
    await second.reload();
    await expect(second.getByTestId('sim-signed-out')).toBeVisible();
    expect(() => sim.expireSession(base)).toThrow(/base session/);
    expect(() => sim.expireSession('zzzzzzzz')).toThrow(/no signed-in session/);
  });

  test('the endpoint refuses what AWS refuses', async ({ open }) => {
    const { page, sim } = await open({ mode: 'multi-session' });
    const differentiator = sim.sessions()[0]?.sessionDifferentiator ?? '';
    expect(await fetchSwitch(page, differentiator, request, { headers: { 'content-type': 'application/json' } })).toMatchObject({ status: 403 });
    expect(await fetchSwitch(page, differentiator, request, { credentials: 'omit' })).toMatchObject({ status: 401 });
    expect(await fetchSwitch(page, 'zzzzzzzz', request)).toMatchObject({ status: 404 });
    expect(await fetchSwitch(page, differentiator, { ...request, roleName: 'ADMIN' })).toMatchObject({ status: 400, body: { errorCode: 'ROLE_NOT_FOUND' } });
    expect(await fetchSwitch(page, differentiator, { ...request, redirectUri: page.url() })).toMatchObject({ status: 400 });
    expect(sim.switches.map((entry) => entry.outcome)).toEqual(['bad-csrf', 'no-session', 'no-session', 'unknown-role', 'bad-field']);
    // Not a console origin: the preflight grants nothing, so the browser never sends the POST.
    const switches = sim.switches.length;
    await page.goto('https://example.test/');
    expect(await fetchSwitch(page, differentiator, request)).toContain('Failed to fetch');
    expect(sim.preflights.at(-1)).toEqual({ host: 'us-east-1.signin.aws.amazon.com', origin: 'https://example.test', granted: false });
    expect(sim.switches).toHaveLength(switches);
    expect(sim.sessions()).toHaveLength(1);
  });
});

test('with the signals removed the page still shows who is signed in, but nothing machine-readable', async ({ open }) => {
  const { page, sim } = await open();
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

test.describe('access portal API', () => {
  const PORTAL = 'https://d-9067a1b2c3.awsapps.com/start';
  const ORIGIN = 'https://d-9067a1b2c3.awsapps.com';
  const API = 'https://portal.sso.eu-west-1.amazonaws.com';
  const accounts = (count: number, sets = ['ReadOnly', 'PowerUser', 'Admin']) =>
    Array.from({ length: count }, (_, i) => ({ accountId: String(100000000000 + i), accountName: `acct-${i}`, emailAddress: `aws+${i}@example.com`, permissionSets: sets }));
  type Answer = { status: number; body: string };

  /** A GET from the page in `page` (its origin), with the token header when given: what the portal's page does. */
  const get = (page: Page, url: string, token?: string) =>
    page.evaluate(async ({ url, token }): Promise<Answer | string> => {
      try {
        const response = await fetch(url, { headers: token === undefined ? {} : { 'x-amz-sso_bearer_token': token } });
        return { status: response.status, body: await response.text() };
      } catch (error) {
        return String(error);
      }
    }, { url, token });
  const portalToken = (page: Page) => page.evaluate(() => /(?:^|; )x-amz-sso_authn=([^;]*)/.exec(document.cookie)?.[1]);
  const json = (answer: Answer | string): Record<string, unknown> => {
    if (typeof answer === 'string') throw new Error(answer);
    return JSON.parse(answer.body) as Record<string, unknown>;
  };

  async function signedIn(open: (options?: SimulatorOptions, url?: string | null) => Promise<Opened>, count = 45): Promise<Opened & { token: string }> {
    const opened = await open(undefined, null);
    opened.sim.portal.signIn(PORTAL, { region: 'eu-west-1' });
    opened.sim.portal.setAssignments(PORTAL, accounts(count));
    await opened.page.goto(`${PORTAL}/`);
    const token = await portalToken(opened.page);
    if (!token) throw new Error('the start page set no session cookie');
    return { ...opened, token };
  }

  test('the start page of a signed-in portal sets its session cookie for the page to read, and names its region in #env', async ({ open }) => {
    const { page, sim, token } = await signedIn(open);
    expect(token).toBe(sim.portal.sessionToken(PORTAL));
    expect(JSON.parse(await page.locator('#env').textContent() ?? '')).toEqual({ region: 'eu-west-1', partition: 'aws' });
    await expect(page.getByTestId('sim-portal-session')).toHaveText('Signed in as alice@example.com');
    const [cookie] = await page.context().cookies(ORIGIN);
    expect(cookie).toMatchObject({ name: 'x-amz-sso_authn', domain: 'd-9067a1b2c3.awsapps.com', httpOnly: false, secure: true });
    expect(sim.portal.apiHost(PORTAL)).toBe('portal.sso.eu-west-1.amazonaws.com');
    // A 2026 host names its region itself.
    expect(sim.portal.apiHost('https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com')).toBe('portal.sso.eu-west-1.amazonaws.com');
    expect(sim.portal.apiHost('https://ssoins-7223a7b4c5d6e7f8.portal.ap-northeast-1.app.aws')).toBe('portal.sso.ap-northeast-1.amazonaws.com');
    expect(sim.portal.apiHost('https://d-90670000aa.awsapps.cn/start')).toBe('portal.sso.cn-north-1.amazonaws.com.cn');
  });

  test('the page\'s dialect lists every account app, 20 a page, then each account\'s permission sets, 2 a page', async ({ open }) => {
    const { page, sim, token } = await signedIn(open);
    const apps: Array<{ id: string; applicationName: string; searchMetadata: Record<string, string> | null }> = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const answer = json(await get(page, `${API}/instance/appinstances${next === null ? '' : `?next_token=${encodeURIComponent(next)}`}`, token));
      apps.push(...(answer['result'] as typeof apps));
      next = answer['paginationToken'] as string | null;
      pages += 1;
    } while (next !== null);
    expect(pages).toBe(3);
    // 45 accounts, and one SAML application that is not an account.
    expect(apps).toHaveLength(46);
    expect(apps.filter((app) => app.searchMetadata === null).map((app) => app.applicationName)).toEqual(['Custom SAML 2.0 application']);
    const first = apps[0];
    expect(first).toMatchObject({ applicationName: 'AWS Account', searchMetadata: { AccountId: '100000000000', AccountName: 'acct-0', AccountEmail: 'aws+0@example.com' } });
    expect(first?.id).toMatch(/^ins-[0-9a-f]{16}$/);

    const one = json(await get(page, `${API}/instance/appinstance/${first?.id}/profiles`, token));
    expect((one['result'] as Array<{ name: string }>).map((p) => p.name)).toEqual(['ReadOnly', 'PowerUser']);
    const two = json(await get(page, `${API}/instance/appinstance/${first?.id}/profiles?next_token=${encodeURIComponent(one['paginationToken'] as string)}`, token));
    expect(two).toMatchObject({ result: [{ name: 'Admin', protocol: 'SAML' }], paginationToken: null });

    // Every request came from the portal's origin with its session, after a preflight for the header.
    const reads = sim.portal.requests.filter((r) => !r.preflight);
    expect(reads).toHaveLength(5);
    expect(reads.every((r) => r.origin === ORIGIN && r.token === 'matched' && r.portal === 'd-9067a1b2c3.awsapps.com' && r.status === 200)).toBe(true);
    expect(sim.portal.requests.some((r) => r.preflight && r.status === 204)).toBe(true);
  });

  test('the documented dialect pages by max_result (at most the portal\'s page), and refuses what AWS refuses', async ({ open }) => {
    const { page, token } = await signedIn(open, 25);
    const first = json(await get(page, `${API}/assignment/accounts?max_result=100`, token));
    expect((first['accountList'] as unknown[])).toHaveLength(20);
    expect(first['accountList']).toContainEqual({ accountId: '100000000000', accountName: 'acct-0', emailAddress: 'aws+0@example.com' });
    const raw = first['nextToken'] as string;
    expect(raw).toMatch(/[+/=]/);
    const last = json(await get(page, `${API}/assignment/accounts?max_result=100&next_token=${encodeURIComponent(raw)}`, token));
    expect((last['accountList'] as unknown[])).toHaveLength(5);
    expect(last).not.toHaveProperty('nextToken');
    expect(json(await get(page, `${API}/assignment/roles?account_id=100000000024&max_result=1`, token))).toMatchObject({ roleList: [{ roleName: 'ReadOnly', accountId: '100000000024' }] });

    const status = async (path: string) => ((await get(page, API + path, token)) as Answer).status;
    // A page token sent without URL encoding is not the token.
    expect(await status(`/assignment/accounts?next_token=${raw}`)).toBe(400);
    expect(await status('/assignment/accounts?max_result=0')).toBe(400);
    expect(await status('/assignment/accounts?max_result=101')).toBe(400);
    expect(await status('/assignment/accounts?page=2')).toBe(400);
    expect(await status('/instance/appinstances?max_result=100')).toBe(400);
    expect(await status('/assignment/roles?account_id=999999999999')).toBe(404);
    expect(await status('/instance/appinstance/ins-0000000000000000/profiles')).toBe(404);
  });

  test('signed out, or with a wrong token, the API answers 401 (readable by the page); signing out ends the token and the cookie', async ({ open }) => {
    const { page, sim, token } = await signedIn(open);
    const missing = (await get(page, `${API}/instance/appinstances`)) as Answer;
    // A status at all (not a network error) means the answer carried the CORS grant.
    expect(missing).toMatchObject({ status: 401 });
    expect(((await get(page, `${API}/instance/appinstances`, `${token}x`)) as Answer).status).toBe(401);
    sim.portal.signOut(PORTAL);
    expect(((await get(page, `${API}/instance/appinstances`, token)) as Answer).status).toBe(401);
    expect(sim.portal.requests.filter((r) => !r.preflight).map((r) => r.token)).toEqual(['missing', 'wrong', 'wrong']);
    await page.goto(`${PORTAL}/`);
    await expect(page.getByTestId('sim-portal-session')).toHaveText('Not signed in');
    expect(await portalToken(page)).toBeUndefined();
    // Signing in again is a new session: the old token stays dead.
    sim.portal.signIn(PORTAL);
    expect(sim.portal.sessionToken(PORTAL)).not.toBe(token);
  });

  test('CORS: another site\'s page is refused at the preflight and never reads; another portal may not use this portal\'s session', async ({ open }) => {
    const { page, sim, token } = await signedIn(open);
    await page.goto('https://example.test/');
    expect(await get(page, `${API}/instance/appinstances`, token)).toMatch(/TypeError|Failed to fetch/);
    expect(sim.portal.requests.map((r) => [r.origin, r.preflight, r.status])).toEqual([['https://example.test', true, 403]]);
    await page.goto('https://d-0000000000.awsapps.com/start/');
    expect(((await get(page, `${API}/instance/appinstances`, token)) as Answer).status).toBe(403);
  });

  test('the API speaks HTTP/2 to the browser (ALPN h2, as AWS\'s endpoints do) and HTTP/1.1 to a client without h2', async ({ open }) => {
    const { page, sim, server, token } = await signedIn(open);
    const statuses = await page.evaluate(async ({ api, token }) => Promise.all(Array.from({ length: 12 }, async () =>
      (await fetch(`${api}/instance/appinstances`, { headers: { 'x-amz-sso_bearer_token': token }, cache: 'no-store' })).status)), { api: API, token });
    expect(statuses).toEqual(Array.from({ length: 12 }, () => 200));
    expect(sim.portal.requests.length).toBeGreaterThanOrEqual(13);
    expect(sim.portal.requests.every((r) => r.httpVersion === '2.0')).toBe(true);
    // A client that offers only http/1.1 (Node's https, as the CLI's would), through the same proxy: no Origin, judged by its token.
    const answer = await new Promise<string>((resolve) => {
      const connect = http.request({ host: '127.0.0.1', port: server.proxyPort, method: 'CONNECT', path: 'portal.sso.eu-west-1.amazonaws.com:443' });
      connect.on('connect', (_response, socket) => {
        const tunnel = tls.connect({ socket, servername: 'portal.sso.eu-west-1.amazonaws.com', rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] });
        const request = https.get({ createConnection: () => tunnel, host: 'portal.sso.eu-west-1.amazonaws.com', path: '/instance/appinstances', headers: { 'x-amz-sso_bearer_token': token } },
          (response) => resolve(`answered ${response.statusCode}`));
        request.on('error', (error) => resolve(error.message));
      });
      connect.on('error', (error) => resolve(error.message));
      connect.end();
    });
    expect(answer).toBe('answered 200');
    expect(sim.portal.requests.at(-1)).toMatchObject({ httpVersion: '1.1', token: 'matched', status: 200 });
    expect(sim.portal.requests.at(-1)).not.toHaveProperty('origin');
  });

  test('a test can make the API fail part-way, or answer in another shape', async ({ open }) => {
    const { page, sim, token } = await signedIn(open);
    sim.portal.setFault({ afterRequests: 1, status: 500 });
    expect(((await get(page, `${API}/instance/appinstances`, token)) as Answer).status).toBe(200);
    expect(((await get(page, `${API}/instance/appinstances`, token)) as Answer).status).toBe(500);
    sim.portal.setFault({ afterRequests: 0, body: '{"items":[]}', once: true });
    expect(json(await get(page, `${API}/instance/appinstances`, token))).toEqual({ items: [] });
    expect(((await get(page, `${API}/instance/appinstances`, token)) as Answer).status).toBe(200);
  });

  test('signed in, the console shortcut starts a console session as AWSReservedSSO_<PermissionSet>_<16 hex>', async ({ open }) => {
    const { page, sim } = await signedIn(open, 3);
    const destination = 'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1';
    await page.goto(`${PORTAL}/#/console?account_id=100000000001&role_name=PowerUser&destination=${encodeURIComponent(destination)}`);
    await page.waitForURL(destination);
    const role = sim.portal.roleName(PORTAL, '100000000001', 'PowerUser');
    expect(role).toMatch(/^AWSReservedSSO_PowerUser_[0-9a-f]{16}$/);
    await expect(page.getByTestId('sim-arn')).toHaveText(`arn:aws:sts::100000000001:assumed-role/${role}/alice@example.com`);
    expect((await sessionData(page)).sessionARN).toBe(`arn:aws:sts::100000000001:assumed-role/${role}/alice@example.com`);
    // It is the browser's console session now: no "Switch back" to the IAM user.
    await expect(page.getByTestId('sim-switch-back')).toHaveCount(0);
    expect(sim.portal.consoleSignIns.map((s) => [s.portal, s.accountId, s.permissionSet])).toEqual([['d-9067a1b2c3.awsapps.com', '100000000001', 'PowerUser']]);
    // The same assignment always has the same role.
    sim.portal.setAssignments(PORTAL, accounts(2));
    expect(sim.portal.roleName(PORTAL, '100000000001', 'PowerUser')).toBe(role);

    // A permission set the user does not have there signs in to nothing.
    await page.goto(`${PORTAL}/#/console?account_id=100000000001&role_name=Billing`);
    await expect(page.getByTestId('sim-portal-session')).toHaveText('You cannot use Billing in 100000000001 (403).');
    // Signed out of the portal: the page still holds the old cookie until it loads again, and the API refuses it…
    sim.portal.signOut(PORTAL);
    await page.goto(`${PORTAL}/#/console?account_id=100000000001&role_name=PowerUser`);
    await expect(page.getByTestId('sim-portal-session')).toHaveText('Your access portal session has ended: sign in again.');
    // …loaded again, the page has no session, and the shortcut only shows what it would open.
    await page.reload();
    await expect(page.getByTestId('sim-portal-session')).toHaveText('Not signed in');
    await expect(page.getByTestId('sim-portal-role')).toHaveText('PowerUser');
    expect(sim.portal.consoleSignIns).toHaveLength(1);
  });

  test('in multi-session mode the console shortcut opens one more session', async ({ open }) => {
    const { page, sim } = await signedIn(open, 2);
    sim.setMode('multi-session');
    await page.goto(`${PORTAL}/#/console?account_id=100000000000&role_name=Admin`);
    await page.waitForURL(/^https:\/\/100000000000-[a-z0-9]{8}\.us-east-1\.console\.aws\.amazon\.com\//);
    expect(sim.sessions().map((s) => s.identity.roleName ?? s.identity.userName)).toEqual(['alice', sim.portal.roleName(PORTAL, '100000000000', 'Admin')]);
  });
});
