import type { ConsoleSignals } from '../core/identity';
import type { SignalReport } from '../platform/protocol';
import { requestPageData } from './page-bridge';

/** Everything the console page says about who is signed in, plus the CSRF token a classic
 *  switch needs. Reads only; every value is handed to the core as untrusted text. */
export interface PageReading {
  signals: ConsoleSignals;
  csrf?: string;
  signInEndpoint?: string;
  report: SignalReport;
}

const DOM_SELECTORS = {
  loginAccount: '#awsc-login-display-name-account',
  loginUser: '#awsc-login-display-name-user',
  roleAccount: '#awsc-role-display-name-account',
  roleUser: '#awsc-role-display-name-user',
  usernameMenu: '#nav-usernameMenu',
  accountDetailMenu: '[data-testid="account-detail-menu"]',
} as const;

export async function readConsolePage(): Promise<PageReading> {
  const page = await requestPageData();
  const dom: NonNullable<ConsoleSignals['dom']> = {};
  const domFound: string[] = [];
  for (const [key, selector] of Object.entries(DOM_SELECTORS) as Array<[keyof typeof DOM_SELECTORS, string]>) {
    const value = text(selector);
    if (value === undefined) continue;
    dom[key] = value;
    domFound.push(selector);
  }
  const signals: ConsoleSignals = {
    hostname: location.hostname,
    sessionData: metaContent('awsc-session-data'),
    userInfoCookie: cookie('aws-userInfo'),
    accountAliasCookie: cookie('aws-account-alias'),
    accountInfo: page.accountInfo,
    dom,
  };
  const csrfInput = document.querySelector<HTMLInputElement>('input[name=csrf]')?.value || undefined;
  const endpoint = signInEndpoint(signals.sessionData);
  const report: SignalReport = {
    sessionData: signals.sessionData !== undefined,
    userInfoCookie: signals.userInfoCookie !== undefined,
    accountAliasCookie: signals.accountAliasCookie !== undefined,
    accountInfo: page.accountInfo !== undefined,
    dom: domFound,
    csrf: page.csrf !== undefined ? 'page' : csrfInput !== undefined ? 'input' : 'none',
    signInEndpoint: endpoint !== undefined,
    probe: page.answered,
  };
  return { signals, csrf: page.csrf ?? csrfInput, signInEndpoint: endpoint, report };
}

function signInEndpoint(sessionData: string | undefined): string | undefined {
  try {
    const fromMeta = sessionData ? (JSON.parse(sessionData) as { signInEndpoint?: unknown }).signInEndpoint : undefined;
    if (typeof fromMeta === 'string' && fromMeta) return fromMeta;
  } catch {
    // Unreadable session data: the identity reader reports it; fall back to the element below.
  }
  return document.querySelector('#awsc-signin-endpoint')?.getAttribute('content') || undefined;
}

function metaContent(name: string): string | undefined {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
}

function text(selector: string): string | undefined {
  const value = document.querySelector(selector)?.textContent?.trim();
  return value || undefined;
}

function cookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return found?.slice(prefix.length);
}
