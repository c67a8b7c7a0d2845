import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAsPortalPage, readPortalPage } from './portal-page-script';

// The functions run inside the portal page; here the page is faked: its origin, its cookies and
// its fetch (which records what was sent and answers as the portal's API).
const PORTAL = 'https://d-1234567890.awsapps.com';
const API = 'https://portal.sso.us-east-1.amazonaws.com';
const TOKEN = 'aoaAAAAAGb-session-token-0123456789abcdefghijklmnopqrstuvwxyz';

interface Sent { url: string; init: RequestInit }
function page(options: { origin?: string; cookie?: string; answer?: (url: string) => Response } = {}) {
  const sent: Sent[] = [];
  vi.stubGlobal('location', { origin: options.origin ?? PORTAL });
  vi.stubGlobal('document', {
    cookie: options.cookie ?? `awsccc=eyJ; x-amz-sso_authn=${TOKEN}; other=1`,
    getElementById: (id: string) => (id === 'env' ? { textContent: '{"region":"us-east-1","partition":"aws"}' } : null),
    querySelector: () => null,
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return options.answer?.(url) ?? new Response(JSON.stringify({ result: [], paginationToken: null }), { status: 200 });
  });
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('the function run in the portal page', () => {
  it('sends the session cookie as the API header, and gives back only statuses and answer texts: never the token', async () => {
    const sent = page();
    const answers = await fetchAsPortalPage(PORTAL, API, [`${API}/instance/appinstances`, `${API}/instance/appinstance/ins-1/profiles`], 1_000_000);
    expect(sent.map((s) => s.url)).toEqual([`${API}/instance/appinstances`, `${API}/instance/appinstance/ins-1/profiles`]);
    expect(sent[0]!.init.headers).toEqual({ 'x-amz-sso_bearer_token': TOKEN });
    expect(sent[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'error' });
    expect(answers).toEqual([{ status: 200, text: '{"result":[],"paginationToken":null}' }, { status: 200, text: '{"result":[],"paginationToken":null}' }]);
    // What crosses back to the extension holds nothing of the cookie, the header or the token.
    const back = JSON.stringify(answers);
    expect(back).not.toContain(TOKEN);
    expect(back).not.toContain('x-amz-sso');
    expect(Object.keys(answers[0]!).sort()).toEqual(['status', 'text']);
  });

  it('failures come back as statuses only (no body, no header)', async () => {
    page({ answer: (url) => (url.endsWith('a') ? new Response(`denied ${TOKEN}`, { status: 403 }) : Response.error()) });
    const answers = await fetchAsPortalPage(PORTAL, API, [`${API}/a`, `${API}/b`], 1_000);
    expect(answers).toEqual([{ status: 403, text: null }, { status: 0, text: null }]);
  });

  it('gives up on an answer that never comes, after a bounded time (the read, its permission and tab are not held forever)', async () => {
    const sent = page();
    // A fetch that answers only when its signal aborts, as a stalled connection does; the time-out
    // is the browser's own (AbortSignal.timeout), fired here at once.
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    });
    const timer = new AbortController();
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockReturnValue(timer.signal);
    try {
      const answers = fetchAsPortalPage(PORTAL, API, [`${API}/instance/appinstances`], 1_000);
      timer.abort(new DOMException('timed out', 'TimeoutError'));
      expect(await answers).toEqual([{ status: 0, text: null }]);
      expect(timeout).toHaveBeenCalledWith(30_000);
      expect(sent[0]!.init.signal).toBe(timer.signal);
    } finally {
      timeout.mockRestore();
    }
  });

  it('signed out (no session cookie): answers 401 without sending anything', async () => {
    const sent = page({ cookie: 'awsccc=eyJ' });
    expect(await fetchAsPortalPage(PORTAL, API, [`${API}/instance/appinstances`], 1_000)).toEqual([{ status: 401, text: null }]);
    expect(sent).toEqual([]);
  });

  it('runs on the portal only, and fetches nothing off the API base', async () => {
    const elsewhere = page({ origin: 'https://signin.aws.amazon.com' });
    expect(await fetchAsPortalPage(PORTAL, API, [`${API}/instance/appinstances`], 1_000)).toEqual([{ status: -1, text: null }]);
    expect(elsewhere).toEqual([]);
    vi.unstubAllGlobals();
    const sent = page();
    const answers = await fetchAsPortalPage(PORTAL, API, ['https://evil.example/steal', `https://user:pw@${API.slice(8)}/x`, 'not a url'], 1_000);
    expect(answers.every((a) => a.status === -1)).toBe(true);
    expect(sent).toEqual([]);
  });

  it('does not read an answer past the size limit', async () => {
    page({ answer: () => new Response('x'.repeat(5_000), { status: 200 }) });
    expect(await fetchAsPortalPage(PORTAL, API, [`${API}/instance/appinstances`], 4_096)).toEqual([{ status: 200, text: null }]);
  });

  it('reads where the page is and its settings element (for the region)', () => {
    page();
    expect(readPortalPage()).toEqual({ origin: PORTAL, envText: '{"region":"us-east-1","partition":"aws"}', metaRegion: null });
  });
});
