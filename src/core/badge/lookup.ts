// The badge's per-identity lookup: every entry as the badge needs it, filed under what it matches
// (partition, role name, account) in a fixed number of small buckets. The background keeps it in
// storage.local beside the list, so that working out a console page's badge reads one or two
// buckets of a few kilobytes instead of the whole list (a megabyte at 5,000 roles).
import type { Identity } from '../console/identity';
import type { Partition } from '../console/partition';
import type { Entry, GroupSettings } from '../store/schema';
import { isProductionEntry } from './format';
import { shortHash } from './page-key';

export const LOOKUP_BUCKETS = 64;

/** One entry: what it matches, its place in the list (the first match wins), and what the badge
 *  shows of it. Production is worked out with the groups already. */
export type LookupRecord = [
  key: string, order: number, id: string, label: string, displayName: string | null, color: string | null,
  production: 0 | 1, rolePath: string,
  /** An Identity Center entry's permission set (it matches that entry's sessions only). */
  permissionSet?: string,
];

/** Identity Center entries are filed apart: a session of theirs matches no IAM role of that name. */
const SSO_ROLE = (permissionSet: string) => `sso:${permissionSet}`;

/** What an entry matches: see matchesIdentity (same partition, role name in exact case, and the
 *  account by id or alias). */
export function lookupKey(partition: Partition, roleName: string, account: string): string {
  return `${partition}\n${roleName}\n${account}`;
}

export function bucketOf(key: string): number {
  return parseInt(shortHash(key).slice(-4), 36) % LOOKUP_BUCKETS;
}

/** The list's entries in LOOKUP_BUCKETS buckets, each in list order. */
export function buildLookup(entries: readonly Entry[], groups: Readonly<Record<string, GroupSettings>>): LookupRecord[][] {
  const buckets: LookupRecord[][] = Array.from({ length: LOOKUP_BUCKETS }, () => []);
  entries.forEach((entry, order) => {
    // An Identity Center entry is filed under its permission set only: it matches no other session.
    const key = lookupKey(entry.partition, entry.sso ? SSO_ROLE(entry.sso.permissionSet) : entry.roleName, entry.account);
    const record: LookupRecord = [
      key, order, entry.id, entry.label, entry.displayName ?? null, entry.color ?? null,
      isProductionEntry(entry, groups) ? 1 : 0, entry.rolePath,
    ];
    if (entry.sso) record.push(entry.sso.permissionSet);
    buckets[bucketOf(key)]!.push(record);
  });
  return buckets;
}

/** The keys an identity's entry could be filed under (none for an identity no entry matches). */
export function identityKeys(identity: Identity | undefined): string[] {
  if (!identity || (identity.kind !== 'assumed-role' && identity.kind !== 'identity-center') || identity.roleName === undefined) return [];
  const accounts = [identity.accountId, identity.accountAlias].filter((account): account is string => account !== undefined);
  // An Identity Center session (AWSReservedSSO_<permission set>_<16 hex>) is also looked for among
  // the Identity Center entries of its permission set (match-identity.ts matches it the same way).
  const roles = [identity.roleName, ...(identity.kind === 'identity-center' && identity.permissionSet !== undefined ? [SSO_ROLE(identity.permissionSet)] : [])];
  return [...new Set(accounts.flatMap((account) => roles.map((role) => lookupKey(identity.partition, role, account))))];
}

/** The entries of `records` filed under `keys`, in list order, as entries formatBadge can use
 *  with no groups (production is already decided). */
export function lookupEntries(records: Iterable<LookupRecord>, keys: readonly string[]): Entry[] {
  const found = [...records].filter((record) => keys.includes(record[0])).sort((a, b) => a[1] - b[1]);
  return found.map(([key, , id, label, displayName, color, production, rolePath, permissionSet]) => {
    const [partition, filedAs, account] = key.split('\n') as [Partition, string, string];
    const sso = typeof permissionSet === 'string' ? { startUrl: '', accountId: account, permissionSet } : undefined;
    const entry: Entry = { id, label, account, roleName: sso ? permissionSet! : filedAs, rolePath, partition };
    if (sso) entry.sso = sso;
    if (displayName !== null) entry.displayName = displayName;
    if (color !== null) entry.color = color;
    if (production === 1) entry.production = true;
    return entry;
  });
}
