import type { ConsoleSignals } from '../core/identity';
import { requestPageData } from './page-bridge';

/** Everything the console page says about who is signed in, plus the CSRF token a classic
 *  switch needs. Reads only; every value is handed to the core as untrusted text. */
export interface PageReading {
  signals: ConsoleSignals;
  csrf?: string;
  signInEndpoint?: string;
}

export async function readConsolePage(): Promise<PageReading> {
  const page = await requestPageData();
  const signals: ConsoleSignals = {
    hostname: location.hostname,
    sessionData: metaContent('awsc-session-data'),
    userInfoCookie: cookie('aws-userInfo'),
    accountAliasCookie: cookie('aws-account-alias'),
    accountInfo: page.accountInfo,
    dom: {
      loginAccount: text('#awsc-login-display-name-account'),
      loginUser: text('#awsc-login-display-name-user'),
      roleAccount: text('#awsc-role-display-name-account'),
      roleUser: text('#awsc-role-display-name-user'),
      usernameMenu: text('#nav-usernameMenu'),
      accountDetailMenu: text('[data-testid="account-detail-menu"]'),
    },
  };
  const csrfInput = document.querySelector<HTMLInputElement>('input[name=csrf]')?.value || undefined;
  return { signals, csrf: page.csrf ?? csrfInput, signInEndpoint: signInEndpoint(signals.sessionData) };
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
