import type { ConsoleSignals, Identity } from './identity';
import type { Clue } from './identity-clues';
import { readAccountInfo, readDom, readUserInfoCookie } from './identity-signals';

/** Who "Back to <user>" goes back to: the identity the browser signed in as (the base). */
export interface BaseUser {
  name: string;
  accountId?: string;
  accountAlias?: string;
  /** Set when the login itself is a role (Identity Center, SAML): the base is not a plain user. */
  roleName?: string;
}

function fromClue(clue: Clue | undefined): BaseUser | undefined {
  const name = clue?.userName ?? clue?.permissionSet ?? clue?.roleName;
  if (!clue || name === undefined) return undefined;
  const user: BaseUser = { name };
  if (clue.accountId !== undefined) user.accountId = clue.accountId;
  if (clue.accountAlias !== undefined) user.accountAlias = clue.accountAlias;
  if (clue.roleName !== undefined) user.roleName = clue.roleName;
  return user;
}

/**
 * The signed-in (login) identity, as the console's navigation names it: ConsoleNavService's login
 * names, then the same names in the DOM, then the aws-userInfo cookie when it describes a user
 * rather than a role session. Undefined when the page says nothing usable.
 */
export function readBaseUser(signals: ConsoleSignals): BaseUser | undefined {
  const info = signals.accountInfo === undefined || signals.accountInfo === null ? undefined : readAccountInfo(signals.accountInfo, false).view;
  const dom = signals.dom ? readDom(signals.dom, false).view : undefined;
  const cookie = signals.userInfoCookie ? readUserInfoCookie(signals.userInfoCookie).clue : undefined;
  return fromClue(info?.login) ?? fromClue(dom?.login) ?? (cookie?.kind === 'assumed-role' ? undefined : fromClue(cookie));
}

/** A role is active that is not the login itself (a SAML or Identity Center login is a role too):
 *  "Back to <user>" has somewhere to go. */
export function isSwitchedRole(identity: Identity | undefined, base: BaseUser | undefined): boolean {
  if (identity?.kind !== 'assumed-role') return false;
  if (!base || base.roleName === undefined) return true;
  const sameAccount = base.accountId === undefined || identity.accountId === undefined || base.accountId === identity.accountId;
  return !(base.roleName === identity.roleName && sameAccount);
}
