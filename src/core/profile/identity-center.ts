import { coreIssue, type CoreIssue } from '../issues/issue';
import { landingUrl } from '../switch/landing-url';
import { portalBase } from './portal-hosts';
import type { Entry } from '../store/schema';

/** The access portal's console shortcut for an Identity Center entry: it signs in to that account
 *  with that permission set and lands on the console (in the entry's region). */
export function portalShortcutUrl(entry: Pick<Entry, 'sso' | 'partition' | 'region'>): string | undefined {
  const base = entry.sso && portalBase(entry.sso.startUrl);
  if (base === undefined || !entry.sso) return undefined;
  const query = `account_id=${encodeURIComponent(entry.sso.accountId)}&role_name=${encodeURIComponent(entry.sso.permissionSet)}` +
    `&destination=${encodeURIComponent(landingUrl(entry))}`;
  return `${base}/start/#/console?${query}`;
}

/** The shortcut, or why there is none: the entry's start URL is not an AWS access portal's. */
export function portalShortcut(entry: Pick<Entry, 'sso' | 'partition' | 'region'>): { url: string } | { error: CoreIssue } {
  const url = portalShortcutUrl(entry);
  return url === undefined ? { error: coreIssue('errPortalUrl') } : { url };
}
