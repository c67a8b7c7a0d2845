import type { BaseUser } from '../console/base-user';
import type { Identity } from '../console/identity';
import type { BaseAccount, Entry } from '../store/schema';

/**
 * The base account the signed-in identity is, if it is one the user saved (AESR semantics): same
 * partition and account (id or alias), and, when the base names a login role or permission set,
 * that role.
 */
export function matchingBase(bases: readonly BaseAccount[], identity: Identity | undefined): BaseAccount | undefined {
  if (!identity) return undefined;
  return bases.find((base) => {
    if (base.partition !== identity.partition) return false;
    const alias = identity.accountAlias;
    const sameAccount = base.account === identity.accountId || (alias !== undefined && (base.account === alias || base.alias === alias));
    if (!sameAccount) return false;
    if (!base.roleName) return true;
    return base.roleName === identity.roleName || base.roleName === identity.permissionSet;
  });
}

/** Who signed in: after a classic switch the identity is the role, and the console's login
 *  names (baseUser) say who the base is. */
export function loginIdentity(identity: Identity | undefined, baseUser: BaseUser | undefined): Identity | undefined {
  if (!identity || !baseUser?.accountId) return identity;
  return { ...identity, accountId: baseUser.accountId, accountAlias: baseUser.accountAlias, roleName: baseUser.roleName, permissionSet: baseUser.roleName };
}

/** Whether an entry can be reached from the signed-in base: entries that name no base are
 *  reachable from anywhere; the others only from their own base. No known base: everything. */
export function isReachable(entry: Entry, base: BaseAccount | undefined): boolean {
  return base === undefined || entry.base === undefined || entry.base === base.name;
}
