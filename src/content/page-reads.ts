// What the console page says about who is signed in without asking anyone: the session data in
// the HTML, which is all the console content script reads at load (the kept badge is found and
// checked by it and the address), and the names in the console's navigation. The page probe, the
// cookies and the switch token are read only when a switch or a first look needs them
// (console-signals.ts).
import type { ConsoleSignals } from '../core/console/identity';
import type { RawConsolePage } from '../core/console/page-state';

const DOM_SELECTORS = {
  loginAccount: '#awsc-login-display-name-account',
  loginUser: '#awsc-login-display-name-user',
  roleAccount: '#awsc-role-display-name-account',
  roleUser: '#awsc-role-display-name-user',
  usernameMenu: '#nav-usernameMenu',
  accountDetailMenu: '[data-testid="account-detail-menu"]',
} as const;

/** The console's session data (a meta element of the HTML itself, there at document_end). */
export const readSessionData = (): string | undefined =>
  document.querySelector('meta[name="awsc-session-data"]')?.getAttribute('content') ?? undefined;

export interface PageWithoutProbe extends RawConsolePage {
  /** The selectors of the navigation elements found. */
  domFound: string[];
}

/** The page as far as it says who is signed in without its probe and cookies. */
export function readPageWithoutProbe(): PageWithoutProbe {
  const dom: NonNullable<ConsoleSignals['dom']> = {};
  const domFound: string[] = [];
  for (const [key, selector] of Object.entries(DOM_SELECTORS) as Array<[keyof typeof DOM_SELECTORS, string]>) {
    const value = document.querySelector(selector)?.textContent?.trim();
    if (!value) continue;
    dom[key] = value;
    domFound.push(selector);
  }
  const sessionData = readSessionData();
  return { url: location.href, signals: { hostname: location.hostname, sessionData, dom }, csrfFound: false, domFound };
}
