// Where a console page's badge is kept ready in storage.local: the key is worked out from what the
// page carries, the same way by the content script (to find it, without waking the background)
// and by the background (to store it). Pure and small: it is part of the console content script.
import { isGlobalServicePath } from '../landing-url';
import type { RawConsolePage } from './page-state';

/** storage.local keys of the badges kept ready (bump the version when their shape changes). */
export const BADGE_VIEW_PREFIX = 'badgeView1:';
/** The badge's own UI state (collapsed or not), kept apart from the user's data. */
export const BADGE_UI_KEY = 'badgeUi';

/** A badge kept ready: what the background made of `page` (a BadgeView). */
export interface StoredBadge<View = unknown> {
  page: RawConsolePage;
  view: View;
}

export function isStoredBadge(value: unknown): value is StoredBadge {
  if (typeof value !== 'object' || value === null) return false;
  const { page, view } = value as Partial<StoredBadge>;
  return typeof page === 'object' && page !== null && typeof page.url === 'string' && typeof page.signals === 'object' &&
    page.signals !== null && typeof page.csrfFound === 'boolean' && typeof view === 'object' && view !== null;
}

/** cyrb53: a fast 53-bit string hash, as a short base-36 string. Not cryptographic: a stored
 *  badge is only used when the key text it was stored for equals the page's (see badgeFits). */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** JSON with object keys sorted and undefined properties left out: the same text for the same
 *  data, whatever order it was built in or came back from storage in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What of a page's address the badge shows: its region, which follows from the host, whether the
 *  page is a global service's and the `region` parameter (core/badge/region.ts). Every other page
 *  of the console shares the key: EC2's, S3's… */
export function urlKey(url: string): string {
  try {
    const { hostname, pathname, searchParams } = new URL(url);
    return `${hostname}/${isGlobalServicePath(pathname) ? 'global' : ''}?${searchParams.get('region') ?? ''}`;
  } catch {
    return url;
  }
}

/** Everything on the page the badge depends on. */
export function fullKey(page: RawConsolePage): string {
  const { sessionData, userInfoCookie, accountAliasCookie, accountInfo, dom } = page.signals;
  return stableJson(['full', urlKey(page.url), sessionData, userInfoCookie, accountAliasCookie, accountInfo, dom, page.csrfFound]);
}

/**
 * What is on the page as soon as it is parsed and names who is signed in: the console's session
 * data (in the HTML itself). A badge stored under it may be drawn before the rest of the page has
 * loaded, then checked against the full key. Without session data, only the full key will do:
 * nothing else early names the identity, and a badge must never show someone else.
 */
export function earlyKey(page: RawConsolePage): string {
  const { sessionData } = page.signals;
  return sessionData ? stableJson(['early', urlKey(page.url), sessionData]) : fullKey(page);
}

export const badgeViewKey = (page: RawConsolePage): string => BADGE_VIEW_PREFIX + hash53(earlyKey(page));
