import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES } from '../core/portal/portal-api';
import { sampleAccountId, samplePortal, type SampleAnswer } from '../core/portal/portal-sample';
import type { PageAnswer } from './portal-page-script';
import { BATCH, readPortal, RUNS_OUT, THROTTLE_STALL_MS, THROTTLE_WAITS_MS, type PortalDoors, type PortalProgress } from './portal-runner';

// The browser's doors, faked: tabs by id, the page's facts, and the page's fetch answered by the
// sample portal (core/portal/portal-sample.ts) in the portal page's own dialect.
const START = 'https://d-1234567890.awsapps.com/start';
const ORIGIN = 'https://d-1234567890.awsapps.com';
const API = 'https://portal.sso.eu-west-1.amazonaws.com';

interface Fake {
  doors: PortalDoors;
  opened: string[];
  closed: number[];
  batches: string[][];
  waits: number[];
}

function fake(answer: (path: string) => SampleAnswer, options: { openTab?: number; env?: string | null; pageOrigin?: string; portal?: string } = {}): Fake {
  const f: Fake = { opened: [], closed: [], batches: [], waits: [], doors: undefined! };
  f.doors = {
    findTab: async (origin) => (options.openTab !== undefined && origin === (options.portal ?? ORIGIN) ? options.openTab : undefined),
    openTab: async (url) => (f.opened.push(url), 99),
    closeTab: async (tabId) => void f.closed.push(tabId),
    pageFacts: async () => ({ origin: options.pageOrigin ?? ORIGIN, envText: options.env === undefined ? '{"region":"eu-west-1","partition":"aws"}' : options.env, metaRegion: null }),
    fetchInPage: async (_tabId, origin, apiBase, urls, maxBytes): Promise<PageAnswer[]> => {
      expect([origin, maxBytes]).toEqual([options.portal ?? ORIGIN, MAX_ANSWER_BYTES]);
      f.batches.push(urls);
      return urls.map((url) => {
        expect(url.startsWith(`${apiBase}/`)).toBe(true);
        const { status, json } = answer(url.slice(apiBase.length));
        return { status, text: status === 200 ? JSON.stringify(json) : null };
      });
    },
    wait: async (ms) => void f.waits.push(ms),
  };
  return f;
}

const SETS = ['AdministratorAccess', 'PowerUser', 'ReadOnly'];

describe('reading the portal from the options page', () => {
  it('reads 250 accounts × 3 permission sets across pages, a few requests per run in the page, reporting progress', async () => {
    const f = fake(samplePortal({ accounts: 250, permissionSets: SETS, dialect: 'appinstances', pageSize: 20, setPageSize: 2 }), { openTab: 7 });
    const progress: PortalProgress[] = [];
    const outcome = await readPortal(START, '', f.doors, (p) => progress.push(p));
    if (!('read' in outcome)) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.read.assignments).toHaveLength(750);
    expect(outcome.endpoints).toMatchObject({ apiBase: API, region: 'eu-west-1', startUrl: START });
    expect(f.batches.every((b) => b.length <= BATCH && b.every((u) => u.startsWith(`${API}/instance/`)))).toBe(true);
    expect(progress[0]).toEqual({ phase: 'opening', origin: ORIGIN });
    expect(progress).toContainEqual({ phase: 'accounts', listed: 20 });
    const reads = progress.flatMap((p) => (p.phase === 'sets' ? [p.read] : []));
    expect(reads.some((n) => n > 0 && n < 250)).toBe(true);
    expect(reads).toEqual([...reads].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ phase: 'sets', read: 250, total: 250 });
    // The user's own tab was used, and left open.
    expect([f.opened, f.closed]).toEqual([[], []]);
  });

  it('keeps two runs out in the page, answered in any order: never the same address twice at once, never more than BATCH × RUNS_OUT', async () => {
    const f = fake(samplePortal({ accounts: 120, permissionSets: SETS, dialect: 'appinstances', pageSize: 20, setPageSize: 2 }), { openTab: 7 });
    const fetchInPage = f.doors.fetchInPage;
    const out = new Set<string>();
    let most = 0;
    let runs = 0;
    f.doors.fetchInPage = async (tabId, origin, apiBase, urls, maxBytes) => {
      for (const u of urls) {
        expect(out.has(u)).toBe(false);
        out.add(u);
      }
      most = Math.max(most, out.size);
      // Every other run is slow: the one started after it comes back first.
      await new Promise((resolve) => setTimeout(resolve, runs++ % 2 === 0 ? 8 : 1));
      for (const u of urls) out.delete(u);
      return fetchInPage(tabId, origin, apiBase, urls, maxBytes);
    };
    const outcome = await readPortal(START, '', f.doors);
    if (!('read' in outcome)) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.read.assignments).toHaveLength(360);
    expect(new Set(outcome.read.assignments.map((a) => `${a.account.accountId}/${a.permissionSet}`)).size).toBe(360);
    expect(most).toBeGreaterThan(BATCH);
    expect(most).toBeLessThanOrEqual(BATCH * RUNS_OUT);
    // The account list is one page at a time; then 120 accounts × 2 pages of permission sets.
    expect(f.batches.flat()).toHaveLength(6 + 240);
  });

  it('a run that fails while another is out: the read fails at once, and the one still out changes nothing', async () => {
    const portal = samplePortal({ accounts: 60, permissionSets: SETS, dialect: 'appinstances' });
    const f = fake(portal, { openTab: 7 });
    const fetchInPage = f.doors.fetchInPage;
    let runs = 0;
    f.doors.fetchInPage = async (tabId, origin, apiBase, urls, maxBytes) => {
      const n = runs++;
      // The first run of permission sets is slow; the second is refused.
      if (urls[0]!.includes('/profiles')) {
        await new Promise((resolve) => setTimeout(resolve, n % 2 === 0 ? 20 : 1));
        if (n % 2 === 1) return urls.map(() => ({ status: 403, text: null }));
      }
      return fetchInPage(tabId, origin, apiBase, urls, maxBytes);
    };
    expect(await readPortal(START, undefined, f.doors)).toMatchObject({ problem: { kind: 'issue', issue: { code: 'errPortalRefused' } } });
  });

  it('without an open tab of the portal, opens the start URL in the background and closes it afterwards, failed or not', async () => {
    const ok = fake(samplePortal({ accounts: 3, permissionSets: SETS, dialect: 'appinstances' }));
    expect('read' in (await readPortal(START, undefined, ok.doors))).toBe(true);
    expect([ok.opened, ok.closed]).toEqual([[START], [99]]);
    const signedOut = fake(() => ({ status: 401 }));
    await readPortal(START, undefined, signedOut.doors);
    expect(signedOut.closed).toEqual([99]);
  });

  it('signed out: says so, offers the start URL to sign in, and gives nothing to save', async () => {
    const outcome = await readPortal(START, undefined, fake(() => ({ status: 401 }), { openTab: 7 }).doors);
    expect(outcome).toMatchObject({ problem: { kind: 'issue', issue: { code: 'errPortalSignedOut' }, signIn: START } });
    expect('problem' in outcome && outcome.problem.kind === 'issue' && outcome.problem.issue.message).toContain(`signed in to the access portal ${START}`);
  });

  it('a page that fails half-way: the read fails whole (nothing half-read to save)', async () => {
    const portal = samplePortal({ accounts: 40, permissionSets: SETS, dialect: 'appinstances' });
    const broken = (path: string) => (path.includes(`/ins-${sampleAccountId(21).padStart(16, '0')}/`) ? { status: 503 } : portal(path));
    const outcome = await readPortal(START, undefined, fake(broken, { openTab: 7 }).doors);
    expect(outcome).toMatchObject({ problem: { kind: 'issue', issue: { code: 'errPortalUnavailable' } } });
    expect('read' in outcome).toBe(false);
  });

  it('an answer of another shape fails the read as the portal having changed', async () => {
    const outcome = await readPortal(START, undefined, fake(() => ({ status: 200, json: { accounts: [] } }), { openTab: 7 }).doors);
    expect(outcome).toMatchObject({ problem: { kind: 'issue', issue: { code: 'errPortalShape' } } });
  });

  it('throttled: waits and asks again; throttled for good: says so', async () => {
    // One account: one request a round, throttled twice.
    const portal = samplePortal({ accounts: 1, permissionSets: SETS, dialect: 'appinstances' });
    let throttles = 2;
    const f = fake((path) => (path.includes('/profiles') && throttles-- > 0 ? { status: 429 } : portal(path)), { openTab: 7 });
    expect('read' in (await readPortal(START, undefined, f.doors))).toBe(true);
    expect(f.waits).toEqual(THROTTLE_WAITS_MS.slice(0, 2));
    const always = fake(() => ({ status: 429 }), { openTab: 7 });
    expect(await readPortal(START, undefined, always.doors)).toMatchObject({ problem: { issue: { code: 'errPortalThrottled' } } });
    expect(always.waits).toEqual([...THROTTLE_WAITS_MS]);
  });

  it('a portal that throttles every other run: the read slows to one run at a time and goes on to the end', async () => {
    const f = fake(samplePortal({ accounts: 200, permissionSets: SETS, dialect: 'appinstances', pageSize: 20, setPageSize: 1 }), { openTab: 7 });
    const fetchInPage = f.doors.fetchInPage;
    let runs = 0;
    let inFlight = 0;
    let mostAfter429 = 0;
    let seen429 = false;
    f.doors.fetchInPage = async (tabId, origin, apiBase, urls, maxBytes) => {
      inFlight++;
      if (seen429) mostAfter429 = Math.max(mostAfter429, inFlight);
      try {
        if (runs++ % 2 === 1) {
          seen429 = true;
          return urls.map(() => ({ status: 429, text: null }));
        }
        // An answer that takes a while: another run could be sent meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return await fetchInPage(tabId, origin, apiBase, urls, maxBytes);
      } finally {
        inFlight--;
      }
    };
    const outcome = await readPortal(START, undefined, f.doors);
    if (!('read' in outcome)) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.read.accounts).toHaveLength(200);
    // Far more waiting in all than the bound on waiting without an answer: each answer starts it over.
    expect(f.waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(THROTTLE_STALL_MS);
    expect(new Set(f.waits)).toEqual(new Set([THROTTLE_WAITS_MS[0]]));
    expect(mostAfter429).toBe(1);
  });

  it('the region of an awsapps.com portal: its page first, else the one typed, else the user is asked for it', async () => {
    const portal = samplePortal({ accounts: 1, permissionSets: SETS, dialect: 'appinstances' });
    const typed = await readPortal(START, 'ap-northeast-1', fake(portal, { openTab: 7, env: null }).doors);
    expect('read' in typed && typed.endpoints.apiBase).toBe('https://portal.sso.ap-northeast-1.amazonaws.com');
    const page = await readPortal(START, 'ap-northeast-1', fake(portal, { openTab: 7 }).doors);
    expect('read' in page && page.endpoints.region).toBe('eu-west-1');
    expect(await readPortal(START, '', fake(portal, { openTab: 7, env: null }).doors)).toMatchObject({ problem: { issue: { code: 'errPortalRegionUnknown' } } });
  });

  it('a page that does not say its region and none typed: the region of the last read of that portal, before asking', async () => {
    const portal = samplePortal({ accounts: 1, permissionSets: SETS, dialect: 'appinstances' });
    const known = await readPortal(START, '', fake(portal, { openTab: 7, env: null }).doors, undefined, 'ap-southeast-2');
    expect('read' in known && known.endpoints.apiBase).toBe('https://portal.sso.ap-southeast-2.amazonaws.com');
    // What the user typed, or the page says, comes first; a 2026 address's own region is never contradicted by it.
    const typed = await readPortal(START, 'ap-northeast-1', fake(portal, { openTab: 7, env: null }).doors, undefined, 'ap-southeast-2');
    expect('read' in typed && typed.endpoints.region).toBe('ap-northeast-1');
    const page = await readPortal(START, '', fake(portal, { openTab: 7 }).doors, undefined, 'ap-southeast-2');
    expect('read' in page && page.endpoints.region).toBe('eu-west-1');
    const named = 'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com';
    const own = await readPortal(`${named}/`, '', fake(portal, { portal: named, openTab: 3 }).doors, undefined, 'us-east-1');
    expect('read' in own && own.endpoints.region).toBe('eu-west-1');
  });

  it('a guessed region where the portal answers 401 or not at all: the message names the guessed region and asks for the portal\'s', async () => {
    for (const status of [401, 0]) {
      const outcome = await readPortal(START, '', fake(() => ({ status }), { openTab: 7, env: null }).doors, undefined, 'ap-southeast-2');
      expect(outcome, String(status)).toMatchObject({ problem: { signIn: START, issue: { code: 'errPortalRegionGuessed', params: [ORIGIN, 'ap-southeast-2'] } } });
    }
    // A region the user typed, or the page said, is not a guess: the portal's own answer is said.
    const typed = await readPortal(START, 'ap-southeast-2', fake(() => ({ status: 401 }), { openTab: 7, env: null }).doors, undefined, 'ap-southeast-2');
    expect(typed).toMatchObject({ problem: { issue: { code: 'errPortalSignedOut' } } });
    const page = await readPortal(START, '', fake(() => ({ status: 401 }), { openTab: 7 }).doors, undefined, 'ap-southeast-2');
    expect(page).toMatchObject({ problem: { issue: { code: 'errPortalSignedOut' } } });
  });

  it('a tab that is not on the portal (sent to a sign-in page): says to sign in, reads nothing', async () => {
    const f = fake(() => ({ status: 200, json: {} }), { openTab: 7, pageOrigin: 'https://signin.aws.amazon.com' });
    expect(await readPortal(START, undefined, f.doors)).toEqual({ problem: { kind: 'pageLeft', signIn: START } });
    expect(f.batches).toEqual([]);
  });

  it('a bad address or a region that is not the portal\'s is refused before any tab is touched', async () => {
    const f = fake(() => ({ status: 200 }));
    expect(await readPortal('https://evil.example/start', undefined, f.doors)).toMatchObject({ problem: { issue: { code: 'errPortalStartUrl' } } });
    expect(await readPortal('https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com', 'us-east-1', f.doors))
      .toMatchObject({ problem: { issue: { code: 'errPortalRegionMismatch' } } });
    expect(f.opened).toEqual([]);
  });

  it('a 2026 portal names its region: the page is not asked', async () => {
    const portal = 'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com';
    const f = fake(samplePortal({ accounts: 2, permissionSets: SETS, dialect: 'appinstances' }), { portal, openTab: 3, pageOrigin: 'https://elsewhere.example' });
    const outcome = await readPortal(`${portal}/`, undefined, f.doors);
    if (!('read' in outcome)) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.read.assignments).toHaveLength(6);
    expect(f.batches[0]).toEqual([`${API}/instance/appinstances`]);
  });
});
