import type { Identity } from './identity';
import type { Profile } from '../profile/profile';

/**
 * Is this profile the active role? Same partition, the same account (by ID or alias), and the
 * same role name in exact case: the switch form is case-sensitive, so "admin" is not "Admin" here.
 * A role session's ARN carries no path, so only the name is compared.
 * An Identity Center entry matches the sessions of its permission set, and only those: an IAM role
 * that happens to be named like the permission set is another role (taking one for the other would
 * reuse the wrong tab and draw the wrong badge).
 */
export function matchesIdentity(profile: Pick<Profile, 'partition' | 'account' | 'roleName'> & { sso?: { permissionSet: string } | undefined }, identity: Identity): boolean {
  if (profile.partition !== identity.partition) return false;
  if (identity.kind !== 'assumed-role' && identity.kind !== 'identity-center') return false;
  if (identity.roleName === undefined) return false;
  // An Identity Center session's role is AWSReservedSSO_<permission set>_<16 hex>; its entry (from
  // the access portal or an sso profile) names the permission set, as core/deck/reach.ts reads it.
  const sameRole = profile.sso === undefined
    ? identity.roleName === profile.roleName
    : identity.kind === 'identity-center' && identity.permissionSet !== undefined && identity.permissionSet === profile.sso.permissionSet;
  if (!sameRole) return false;
  return (
    (identity.accountId !== undefined && profile.account === identity.accountId) ||
    (identity.accountAlias !== undefined && profile.account === identity.accountAlias)
  );
}
