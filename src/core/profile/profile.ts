// core/profile: what a saved entry is and the rules it must meet. Start here: the Profile shape.
// validate-profile.ts checks a whole entry; iam-names.ts and arn.ts hold IAM's rules for names and
// ARNs; hidden-chars.ts the characters a label must not hold; case-conflicts.ts names that differ
// only in case; base-title.ts how a base account is named; identity-center.ts and portal-hosts.ts
// IAM Identity Center entries and their access portals.
import type { Partition } from '../console/partition';

export interface Profile {
  id: string; // opaque, assigned by the store
  label: string; // what the user calls it, 1..100 chars after trim
  account: string; // 12-digit id (kept as string, leading zeros matter) or an account alias
  roleName: string; // the name only, EXACT case as typed
  rolePath: string; // '/' (default) or '/seg/…/'
  partition: Partition; // default 'aws'
  displayName?: string; // <= 64 chars
  color?: string; // 6 hex digits, stored lower-case WITHOUT '#'
  region?: string;
}

export type ProfileDraft = Partial<
  Record<'label' | 'account' | 'roleName' | 'rolePath' | 'partition' | 'displayName' | 'color' | 'region' | 'roleArn', string>
>;

/** The console shows at most this many characters of a display name. */
export const MAX_DISPLAY_NAME = 64;

/** What the console's roleName field gets: the path without its leading '/', then the name.
 *  (Kept here, apart from the validation rules and their messages, so that code which only
 *  switches loads none of those.) */
export function switchRoleName(rolePath: string, roleName: string): string {
  return (rolePath.charCodeAt(0) === 0x2f ? rolePath.slice(1) : rolePath) + roleName;
}

/** What the console's roleName field gets, e.g. '/team/' + 'Admin' => 'team/Admin'. */
export function roleNameForSwitch(profile: Pick<Profile, 'rolePath' | 'roleName'>): string {
  return switchRoleName(profile.rolePath, profile.roleName);
}

/** The displayName, else the label, cut to what the console shows without splitting a surrogate pair.
 *  (Hidden characters never get here: every entry comes from the store, whose repair removes them.) */
export function switchDisplayName(profile: Pick<Profile, 'displayName' | 'label'>): string {
  const name = profile.displayName?.trim() || profile.label.trim();
  return Array.from(name).slice(0, MAX_DISPLAY_NAME).join('');
}

