import type { ConsoleSignals } from '../core/console/identity';
import type { ConsolePage, SignalReport } from '../platform/protocol';
import { requestPageData } from './page-bridge';
import { readPageWithoutProbe } from './page-reads';

/**
 * Everything the console page says about who is signed in, plus the CSRF token a classic switch
 * needs. Reads only: the values go to the background as untrusted text, and the token never
 * leaves the page (only whether there is one).
 * `cookies: 'if-needed'` skips document.cookie (a synchronous round trip to the browser's cookie
 * store) when the session data is there, as on every current console page: the badge's first read
 * must be cheap. Diagnostics and switches read everything.
 */
export async function readConsolePage(cookies: 'always' | 'if-needed' = 'always'): Promise<{ page: ConsolePage; csrf?: string }> {
  const probe = await requestPageData();
  const { signals: { sessionData, dom }, domFound } = readPageWithoutProbe();
  const jar = cookies === 'always' || sessionData === undefined ? document.cookie.split('; ') : [];
  const signals: ConsoleSignals = {
    hostname: location.hostname,
    sessionData,
    userInfoCookie: cookie(jar, 'aws-userInfo'),
    accountAliasCookie: cookie(jar, 'aws-account-alias'),
    accountInfo: probe.accountInfo,
    dom,
  };
  const csrfInput = document.querySelector<HTMLInputElement>('input[name=csrf]')?.value || undefined;
  const csrf = probe.csrf ?? csrfInput;
  const { endpoint, region } = signInClues(sessionData);
  const report: SignalReport = {
    sessionData: sessionData !== undefined,
    userInfoCookie: signals.userInfoCookie !== undefined,
    accountAliasCookie: signals.accountAliasCookie !== undefined,
    accountInfo: probe.accountInfo !== undefined,
    dom: domFound,
    csrf: probe.csrf !== undefined ? 'page' : csrfInput !== undefined ? 'input' : 'none',
    signInEndpoint: endpoint !== undefined,
    probe: probe.answered,
  };
  // The page's load time, not the read's: a page read an hour after it loaded proves nothing of
  // its session since it loaded (core/sessions/page-report.ts).
  const page: ConsolePage = { url: location.href, signals, csrfFound: csrf !== undefined, report, loadedAt: Math.floor(performance.timeOrigin) };
  if (endpoint !== undefined) page.signInEndpoint = endpoint;
  if (region !== undefined) page.infrastructureRegion = region;
  return { page, csrf };
}

/** Where the page signs in (core/switch/sign-in-host.ts): its endpoint, and its region for when there is none. */
function signInClues(sessionData: string | undefined): { endpoint?: string; region?: string } {
  let data: { signInEndpoint?: unknown; infrastructureRegion?: unknown } = {};
  try {
    const parsed: unknown = sessionData ? JSON.parse(sessionData) : undefined;
    if (typeof parsed === 'object' && parsed !== null) data = parsed;
  } catch {
    // Unreadable session data: the identity reader reports it; fall back to the element below.
  }
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return {
    endpoint: text(data.signInEndpoint) ?? (document.querySelector('#awsc-signin-endpoint')?.getAttribute('content') || undefined),
    region: text(data.infrastructureRegion),
  };
}

function cookie(jar: string[], name: string): string | undefined {
  const prefix = `${name}=`;
  return jar.find((part) => part.startsWith(prefix))?.slice(prefix.length);
}
