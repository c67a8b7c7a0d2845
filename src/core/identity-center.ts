import { landingUrl } from './landing-url';
import type { Entry } from './store/schema';

// Hosts of the IAM Identity Center access portal (facts file).
const PORTAL_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(awsapps\.com|awsapps\.cn|app\.aws)$/;

/** The portal origin of a start URL, when it is an https Identity Center portal. */
export function portalOrigin(startUrl: string): string | undefined {
  try {
    const url = new URL(startUrl);
    return url.protocol === 'https:' && url.port === '' && PORTAL_HOST.test(url.hostname) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The access portal's console shortcut for an Identity Center entry: it signs in to that account
 *  with that permission set and lands on the console (in the entry's region). */
export function portalShortcutUrl(entry: Pick<Entry, 'sso' | 'partition' | 'region'>): string | undefined {
  const origin = entry.sso && portalOrigin(entry.sso.startUrl);
  if (!origin || !entry.sso) return undefined;
  const query = `account_id=${encodeURIComponent(entry.sso.accountId)}&role_name=${encodeURIComponent(entry.sso.permissionSet)}` +
    `&destination=${encodeURIComponent(landingUrl(entry))}`;
  return `${origin}/start/#/console?${query}`;
}
