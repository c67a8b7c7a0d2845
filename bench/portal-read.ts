// Issue #17's figure: a portal read and its preview, 1,000 accounts × 4 permission sets, through the
// real extension (Options → Import → "Read from portal") against the simulated access portal, timed
// in the options page from the click to the frame after the preview's "New 4000".
import type { BrowserContext } from '@playwright/test';
import { grantSiteAccess } from '../e2e/portal-steps';
import type { Simulator } from '../e2e/simulator';
import { summarise, type Figure } from './stats';

const START = 'https://d-9067a1b2c3.awsapps.com/start';
const ORIGIN = 'https://d-9067a1b2c3.awsapps.com';
const ACCOUNTS = 1000;
const SETS = ['ReadOnly', 'PowerUser', 'Admin', 'Billing'];
/** Pages as large as the documented API gives (max_result 100), each account's sets in one page. */
const PAGE = { accounts: 100, profiles: 10 };
/** The most requests the extension has out in the page at once (BATCH × RUNS_OUT in src/options/portal-runner.ts). */
const ROUND = 32;

export async function measurePortalRead(context: BrowserContext, sim: Simulator, extensionId: string, runs: number): Promise<Record<string, Figure>> {
  sim.portal.signIn(START, { region: 'eu-west-1' });
  sim.portal.setPageSize(START, PAGE);
  sim.portal.setAssignments(START, Array.from({ length: ACCOUNTS }, (_, i) => ({
    accountId: String(500000000000 + i), accountName: `bench-${i}`, emailAddress: `aws+${i}@example.com`, permissionSets: SETS,
  })));
  // The user is signed in to the portal and has it open.
  const portal = await context.newPage();
  await portal.goto(`${START}/`);
  await grantSiteAccess(context, extensionId, ORIGIN);
  const expected = `New ${ACCOUNTS * SETS.length}`;
  const samples: number[] = [];
  const requests: number[] = [];
  const options = await context.newPage();
  for (let run = 0; run <= runs; run++) {
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    // The user looks at the options page. Without this, the welcome tab that the install opens a few
    // seconds after start-up (once the policy has answered) lands in front during a `BENCH_ONLY=portal`
    // run's first read, and headless Chromium then draws the options page once a second: the figure
    // became the next whole second after the preview.
    await options.bringToFront();
    await options.getByTestId('portal-start-url').fill(START);
    const before = sim.portal.requests.length;
    await options.evaluate((text) => {
      const w = window as unknown as { __portalRead?: Promise<number> };
      w.__portalRead = new Promise<number>((resolve, reject) => {
        const button = document.querySelector('[data-testid="portal-read"]')!;
        button.addEventListener('click', () => {
          const start = performance.now();
          setTimeout(() => reject(new Error('no preview within 60 s')), 60_000);
          const done = () => document.querySelector('[data-testid="import-preview"] [data-testid="count-new"]')?.textContent === text;
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }, { once: true, capture: true });
      });
    }, expected);
    await options.getByTestId('portal-read').click();
    const ms = await options.evaluate(() => (window as unknown as { __portalRead: Promise<number> }).__portalRead);
    // The first read warms the browser's connections and caches, as the other figures' first runs do.
    if (run > 0) samples.push(ms);
    requests.push(sim.portal.requests.length - before);
  }
  await options.close();
  // The floor: the same reads made by the portal page itself, ROUND at a time in rounds (as many
  // as the extension has out at once), with nothing else: the time that is the portal's (here the simulator's
  // and the browser's network stack) and not the extension's.
  const floor: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const ms = await portal.evaluate(async ({ api, round }) => {
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
    }, { api: `https://${sim.portal.apiHost(START)}`, round: ROUND });
    if (run > 0) floor.push(ms);
  }
  await portal.close();
  const figure = summarise(samples, 'ms', 2000);
  figure.note = `1,000 accounts × 4 permission sets from the simulated portal (${PAGE.accounts} accounts a page): ${requests.at(-1)} API requests per read, preflights included`;
  const floorFigure = summarise(floor, 'ms');
  floorFigure.note = `the same API reads made by the portal page alone, ${ROUND} at a time: the portal's (simulator's and network stack's) share`;
  return { portalRead1000x4Ms: figure, portalRead1000x4FloorMs: floorFigure, portalRead1000x4VsFloor: summarise(samples.map((t, i) => t / floor[i]!), 'ratio') };
}
