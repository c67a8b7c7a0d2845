// What a badge kept ready in storage.local remembers of its console page (background/badge-data.ts):
// only what drawing the badge again needs when the list or the settings change. The page's
// address keeps its host (the region, and a multi-session host's account, come from it), for a
// global service its first path segment, and a `region` parameter only when it names a region;
// the identity keeps the names the badge shows and matches by. Not kept: the rest of the address (a query string can carry anything), the session data,
// the cookies, the ARN, the multi-session differentiator and the sign-in endpoint.
import { isGlobalServicePath } from '../switch/landing-url';
import type { Identity } from '../console/identity';
import type { ConsolePageFacts } from '../console/page-state';
import { pageRegion } from './region';

/** An address that gives the same region (pageRegion) as `url`, and nothing else of it. */
export function regionUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const first = parsed.pathname.split('/')[1] ?? '';
  const kept = new URL(`${parsed.protocol}//${parsed.host}/${isGlobalServicePath(parsed.pathname) ? first : ''}`);
  const region = parsed.searchParams.get('region');
  // Only a parameter pageRegion would read as the region: a real region name, nothing the page made up.
  if (region !== null && pageRegion(url) === region) kept.searchParams.set('region', region);
  return kept.href;
}

const IDENTITY_FIELDS = ['kind', 'partition', 'accountId', 'accountAlias', 'userName', 'roleName', 'permissionSet', 'displayName'] as const;

function keptIdentity(identity: Identity): Identity {
  const kept: Partial<Record<(typeof IDENTITY_FIELDS)[number], string>> = {};
  for (const field of IDENTITY_FIELDS) if (identity[field] !== undefined) kept[field] = identity[field];
  return kept as Identity;
}

export function keptFacts(facts: ConsolePageFacts): ConsolePageFacts {
  const kept: ConsolePageFacts = { url: regionUrl(facts.url), reading: { found: [], issues: [] }, mode: facts.mode, csrfFound: facts.csrfFound };
  if (facts.reading.identity) kept.reading.identity = keptIdentity(facts.reading.identity);
  if (facts.baseUser) kept.baseUser = { ...facts.baseUser };
  return kept;
}
