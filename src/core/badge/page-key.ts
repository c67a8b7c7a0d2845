// Where a console page's badge is kept ready in storage.local: the key is worked out from what the
// page carries, the same way by the content script (to find it, without waking the background)
// and by the background (to store it). Pure and small: it is part of the console content script.
import { isGlobalServicePath } from '../switch/landing-url';
import type { ConsolePageFacts, RawConsolePage } from '../console/page-state';
import { hash53 } from '../shared/hash53';
import { canonicalJson } from '../store/canonical-json';
import { BADGE_VIEW_PREFIX } from '../store/storage-keys';

/** Whether the kept UI state says collapsed; undefined when there is none. */
export function collapsedIn(ui: unknown): boolean | undefined {
  return typeof ui === 'object' && ui !== null ? (ui as { collapsed?: unknown }).collapsed === true : undefined;
}

/**
 * A badge kept ready: what the background made of a page (a BadgeView), the facts it was made
 * from (only what drawing it needs: core/badge/kept-facts.ts), and hashes of the page's keys. Never
 * the page itself: its address, session data and cookies stay on the page.
 */
export interface StoredBadge<View = unknown> {
  /** earlyCheck of the page's early key: with the storage key (another hash of the same text),
   *  106 bits that must match before the badge is drawn on a page. */
  early: string;
  /** fullCheck of the page: the badge fits exactly when it matches. */
  full: string;
  facts: ConsolePageFacts;
  view: View;
}

export function isStoredBadge(value: unknown): value is StoredBadge {
  if (typeof value !== 'object' || value === null) return false;
  const { early, full, facts, view } = value as Partial<StoredBadge>;
  return typeof early === 'string' && typeof full === 'string' && typeof facts === 'object' && facts !== null &&
    typeof view === 'object' && view !== null;
}

/** A short base-36 hash of a key text (cyrb53). Not cryptographic, and not secret-revealing: a
 *  53-bit hash of the session data names no one. */
export function shortHash(text: string, seed = 0): string {
  return hash53(text, seed).toString(36);
}

/** The check of an early key kept with its badge (a hash independent of the storage key's). */
export const earlyCheck = (early: string): string => shortHash(early, 0x5eed);
/** The check of everything on the page the badge depends on. */
export const fullCheck = (page: RawConsolePage): string => shortHash(fullKey(page));

/** What of a page's address the badge shows: its region, which follows from the host, whether the
 *  page is a global service's and the `region` parameter (core/badge/region.ts). Every other page
 *  of the console shares the key: EC2's, S3's… */
export function urlKey(url: string): string {
  try {
    return urlKeyOf(new URL(url));
  } catch {
    return url;
  }
}

/** The same from an address already parsed: `location` itself at load, without a URL object. */
export function urlKeyOf({ hostname, pathname, search }: Pick<URL, 'hostname' | 'pathname' | 'search'>): string {
  // A parameter named `region` has those letters in the query, or an escape that decodes to them:
  // without either there is none, and the query need not be parsed (nearly every console page).
  const region = search.includes('region') || search.includes('%') ? new URLSearchParams(search).get('region') : null;
  return `${hostname}/${isGlobalServicePath(pathname) ? 'global' : ''}?${region ?? ''}`;
}

/**
 * Everything on the page the badge depends on. With session data, what the console content script
 * reads at load without asking anyone: the address and the session data, which names who is
 * signed in. The page world's facts (the switch token's presence, ConsoleNavService's account
 * info), the cookies and the names in the console's navigation are left out: the load draws the
 * kept badge from those two alone, without the page probe, which answers only when a switch or a
 * first look asks (#18); a switch checks the token itself. Without session data, nothing early
 * names who is signed in: then every signal counts.
 */
export function fullKey(page: RawConsolePage): string {
  const { sessionData, userInfoCookie, accountAliasCookie, accountInfo, dom } = page.signals;
  if (sessionData) return sessionKey(page.url, sessionData);
  return canonicalJson(['full', urlKey(page.url), sessionData, userInfoCookie, accountAliasCookie, accountInfo, dom, page.csrfFound]);
}

// With session data, the early and the full key are one: the address and the session data. Only
// strings: JSON.stringify gives what canonicalJson would, without its code in the console content
// script (which works this key out at every load).
const sessionKey = (url: string, sessionData: string) => sessionKeyOf(urlKey(url), sessionData);
const sessionKeyOf = (key: string, sessionData: string) => JSON.stringify(['early', key, sessionData]);

/**
 * What is on the page as soon as it is parsed and names who is signed in: the console's session
 * data (in the HTML itself). A badge stored under it may be drawn before the rest of the page has
 * loaded, then checked against the full key. Without session data, only the full key will do:
 * nothing else early names the identity, and a badge must never show someone else.
 */
export function earlyKey(page: RawConsolePage): string {
  const { sessionData } = page.signals;
  return sessionData ? sessionKey(page.url, sessionData) : fullKey(page);
}

/** For the console content script at load, of a page with session data: where its badge is kept
 *  and the two checks it must carry, the same as badgeViewKey, earlyCheck and fullCheck give. */
export function keysAtLoad(at: Pick<URL, 'hostname' | 'pathname' | 'search'>, sessionData: string): { key: string; early: string; full: string } {
  const early = sessionKeyOf(urlKeyOf(at), sessionData);
  const full = shortHash(early);
  return { key: BADGE_VIEW_PREFIX + full, early: earlyCheck(early), full };
}

/** The storage key of the badge kept for a page whose early key is `early`. */
export const badgeKeyOf = (early: string): string => BADGE_VIEW_PREFIX + shortHash(early);
export const badgeViewKey = (page: RawConsolePage): string => badgeKeyOf(earlyKey(page));
