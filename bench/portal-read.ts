// Issue #17's figure: a portal read and its preview, 1,000 accounts × 4 permission sets, through the
// real extension (Options → Import → "Read from portal") against the simulated access portal, timed
// in the options page from the click to the frame after the preview's "New 4000".
// Its own Chromium, driven over a bare DevTools pipe (cdp-pipe.ts): a driver that listens to every
// request (Playwright does, on every page) would add its own cost to each of the read's ~2,000.
import { QUIET_FLAGS, simulatorArgs } from '../e2e/fixtures';
import type { SimServer } from '../e2e/simulator';
import { launchOverPipe, type PipeBrowser } from './cdp-pipe';
import { summarise, type Figure } from './stats';

const START = 'https://d-9067a1b2c3.awsapps.com/start';
const ORIGIN = 'https://d-9067a1b2c3.awsapps.com';
const ACCOUNTS = 1000;
const SETS = ['ReadOnly', 'PowerUser', 'Admin', 'Billing'];
/** Pages as large as the documented API gives (max_result 100), each account's sets in one page. */
const PAGE = { accounts: 100, profiles: 10 };
/** The most requests the extension has out in the page at once (BATCH × RUNS_OUT in src/options/portal-runner.ts). */
const ROUND = 32;
const isWelcome = (url: string) => url.endsWith('/src/welcome/index.html');

export async function measurePortalRead(server: SimServer, extensionDir: string, runs: number): Promise<Record<string, Figure>> {
  const { sim } = server;
  sim.portal.signIn(START, { region: 'eu-west-1' });
  sim.portal.setPageSize(START, PAGE);
  sim.portal.setAssignments(START, Array.from({ length: ACCOUNTS }, (_, i) => ({
    accountId: String(500000000000 + i), accountName: `bench-${i}`, emailAddress: `aws+${i}@example.com`, permissionSets: SETS,
  })));
  const browser = await launchOverPipe(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    ...simulatorArgs(server), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS,
  ]);
  try {
    const extensionId = await installed(browser);
    // The user is signed in to the portal and has it open, and has given Switchyard the site.
    const portal = await browser.open(`${START}/`);
    await browser.waitFor(portal, `document.readyState === 'complete' && document.cookie.includes('x-amz-sso_authn=')`);
    await grantSite(browser, extensionId, ORIGIN);
    const options = await browser.open('about:blank');
    const expected = `New ${ACCOUNTS * SETS.length}`;
    const samples: number[] = [];
    const requests: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await browser.send('Page.navigate', { url: `chrome-extension://${extensionId}/src/options/index.html` }, options);
      await browser.waitFor(options, `document.querySelector('[data-testid="portal-read"]')`);
      // In front, as the user looks at it: headless Chromium draws a page behind another about once a second.
      await browser.send('Page.bringToFront', {}, options);
      const before = sim.portal.requests.length;
      const ms = await browser.evaluate<number>(options, `(${clickAndTime.toString()})(${JSON.stringify(START)}, ${JSON.stringify(expected)})`, { userGesture: true });
      // The first read warms the browser's connections and caches, as the other figures' first runs do.
      if (run > 0) samples.push(ms);
      requests.push(sim.portal.requests.length - before);
    }
    // The floor: the same reads made by the portal page itself, ROUND at a time in rounds (as many
    // as the extension has out at once), with nothing else: the time that is the portal's (here the
    // simulator's and the browser's network stack) and not the extension's.
    const floor: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const ms = await browser.evaluate<number>(portal, `(${portalAlone.toString()})(${JSON.stringify(`https://${sim.portal.apiHost(START)}`)}, ${ROUND})`);
      if (run > 0) floor.push(ms);
    }
    const figure = summarise(samples, 'ms', 2000);
    figure.note = `1,000 accounts × 4 permission sets from the simulated portal (${PAGE.accounts} accounts a page): ${requests.at(-1)} API requests per read, preflights included; Chromium over a bare DevTools pipe`;
    const floorFigure = summarise(floor, 'ms');
    floorFigure.note = `the same API reads made by the portal page alone, ${ROUND} at a time: the portal's (simulator's and network stack's) share`;
    return { portalRead1000x4Ms: figure, portalRead1000x4FloorMs: floorFigure, portalRead1000x4VsFloor: summarise(samples.map((t, i) => t / floor[i]!), 'ratio') };
  } finally {
    await browser.close();
  }
}

/** The extension's id, once its worker runs and the welcome tab of the install has opened (so that it cannot come to the front mid-read). */
async function installed(browser: PipeBrowser): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const worker = (await browser.urls('service_worker')).find((url) => url.startsWith('chrome-extension://'));
    if (worker && (await browser.urls('page')).some(isWelcome)) return new URL(worker).host;
    if (Date.now() > deadline) throw new Error('the extension did not start (no worker and welcome tab within 20 s)');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Site access for `origin`, given as the user gives it in chrome://extensions (see e2e/portal-steps.ts: headless Chromium never answers the prompt). */
async function grantSite(browser: PipeBrowser, extensionId: string, origin: string): Promise<void> {
  const page = await browser.open('chrome://extensions');
  await browser.waitFor(page, `globalThis.chrome?.developerPrivate`);
  await browser.evaluate(page, `chrome.developerPrivate.addHostPermission(${JSON.stringify(extensionId)}, ${JSON.stringify(`${origin}/*`)})`);
}

// The two functions below run in the browser (their source is sent); they may use nothing from here.

/** In the options page: gives the start URL, clicks "Read from portal" and times it to the frame after the preview shows `expected`. */
function clickAndTime(start: string, expected: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('[data-testid="portal-start-url"]')!;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, start);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise<number>((resolve, reject) => {
    // After the input's new value is drawn, as a user would click.
    requestAnimationFrame(() => setTimeout(() => {
      const begin = performance.now();
      setTimeout(() => reject(new Error('no preview within 60 s')), 60_000);
      const done = () => document.querySelector('[data-testid="import-preview"] [data-testid="count-new"]')?.textContent === expected;
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - begin));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      document.querySelector<HTMLButtonElement>('[data-testid="portal-read"]')!.click();
    }));
  });
}

/** In the portal page: lists the accounts and reads each one's permission sets, `round` at a time. */
async function portalAlone(api: string, round: number): Promise<number> {
  const token = /(?:^|; )x-amz-sso_authn=([^;]*)/.exec(document.cookie)?.[1] ?? '';
  const get = async (path: string) => (await fetch(api + path, { headers: { 'x-amz-sso_bearer_token': token }, credentials: 'omit', cache: 'no-store' })).json() as Promise<{ result: Array<{ id: string; searchMetadata: unknown }>; paginationToken: string | null }>;
  const start = performance.now();
  const apps: string[] = [];
  let next: string | null = null;
  do {
    const page = await get(`/instance/appinstances${next === null ? '' : `?next_token=${encodeURIComponent(next)}`}`);
    for (const app of page.result) if (app.searchMetadata) apps.push(app.id);
    next = page.paginationToken;
  } while (next);
  for (let i = 0; i < apps.length; i += round) await Promise.all(apps.slice(i, i + round).map((id) => get(`/instance/appinstance/${id}/profiles`)));
  return performance.now() - start;
}
