// `sim.portal`: what a spec does to the simulated access portals (sign in or out, give the user
// accounts and permission sets, make pages small, make the API fail) and what it reads back.
import { isAccountId } from './role-fields';
import { apiHostOf } from './portal-state';
import { PARTITIONS } from './partitions';
import type { SimState } from './state';
import type { SimPortal, SimPortalAccount } from './types';

function checked(accounts: SimPortalAccount[]): SimPortalAccount[] {
  const seen = new Set<string>();
  for (const account of accounts) {
    if (!isAccountId(account.accountId)) throw new Error(`simulator: account id ${JSON.stringify(account.accountId)} is not 12 digits`);
    if (seen.has(account.accountId)) throw new Error(`simulator: account ${account.accountId} is assigned twice`);
    seen.add(account.accountId);
    // A permission set's name is the middle of a role name (`AWSReservedSSO_<name>_<16 hex>`): 1–32 of IAM's characters.
    for (const set of account.permissionSets) if (!/^[\w+=,.@-]{1,32}$/.test(set)) throw new Error(`simulator: ${JSON.stringify(set)} is not a permission set name`);
    if (new Set(account.permissionSets).size !== account.permissionSets.length) throw new Error(`simulator: a permission set is listed twice in ${account.accountId}`);
  }
  return accounts;
}

export function portalApi(state: SimState): SimPortal {
  const portals = state.portal;
  return {
    signIn(startUrl, options = {}) {
      const portal = portals.portal(startUrl);
      if (options.region !== undefined) {
        if (!PARTITIONS[portal.partition].region.test(options.region) && !(portal.partition === 'aws' && PARTITIONS['aws-us-gov'].region.test(options.region))) {
          throw new Error(`simulator: ${options.region} is not a region of ${portal.partition}`);
        }
        portal.region = options.region;
      }
      if (options.userName !== undefined) portal.userName = options.userName;
      portals.signIn(portal);
    },
    signOut(startUrl) {
      portals.signOut(portals.portal(startUrl));
    },
    setAssignments(startUrl, accounts) {
      portals.setAssignments(portals.portal(startUrl), checked(accounts));
    },
    setPageSize(startUrl, sizes) {
      const portal = portals.portal(startUrl);
      for (const size of [sizes.accounts, sizes.profiles]) if (size !== undefined && !(Number.isInteger(size) && size >= 1)) throw new Error(`simulator: page size ${size}`);
      portal.accountsPage = sizes.accounts ?? portal.accountsPage;
      portal.profilesPage = sizes.profiles ?? portal.profilesPage;
    },
    requests: portals.requests,
    roleName(startUrl, accountId, permissionSet) {
      return portals.roleName(portals.portal(startUrl), accountId, permissionSet);
    },
    sessionToken(startUrl) {
      return portals.portal(startUrl).token;
    },
    apiHost(startUrl) {
      return apiHostOf(portals.portal(startUrl));
    },
    setFault(fault) {
      if (fault) portals.fault = { ...fault, seen: 0 };
      else delete portals.fault;
    },
    consoleSignIns: state.portalSignIns,
  };
}
