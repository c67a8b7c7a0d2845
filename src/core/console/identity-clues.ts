import { identityCenterPermissionSet, parsePrincipalArn, type Principal } from '../profile/arn';
import { accountIdFromDashed, isAccountAlias, isAccountId } from '../profile/iam-names';
import type { Partition } from './partition';

export type IdentityKind = 'iam-user' | 'root' | 'assumed-role' | 'identity-center' | 'federated-user' | 'unknown';

/** What one signal says about the signed-in identity; identity.ts weighs and merges them. */
export interface Clue {
  kind: IdentityKind;
  arnPartition?: Partition;
  accountId?: string;
  accountAlias?: string;
  arn?: string;
  userName?: string;
  roleName?: string;
  permissionSet?: string;
  displayName?: string;
}

// Page values are untrusted: only short, non-blank strings are read; everything else is absent.
const MAX_TEXT = 2048;

/** A trimmed, non-empty, bounded string field of an untrusted object, else undefined. Never throws. */
export function textField(source: unknown, key: string): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  let value: unknown;
  try {
    value = (source as Record<string, unknown>)[key];
  } catch {
    return undefined; // a hostile getter
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text !== '' && text.length <= MAX_TEXT ? text : undefined;
}

export function clueFromPrincipal(principal: Principal, arn: string): Clue {
  const clue: Clue = { kind: principal.kind, arnPartition: principal.partition, accountId: principal.accountId, arn: arn.trim() };
  switch (principal.kind) {
    case 'iam-user':
    case 'federated-user':
      return { ...clue, userName: principal.userName };
    case 'assumed-role':
      return { ...clue, roleName: principal.roleName, userName: principal.sessionName };
    case 'identity-center':
      return { ...clue, roleName: principal.roleName, permissionSet: principal.permissionSet, userName: principal.sessionName };
    case 'root':
      return clue;
  }
}

/** A clue from an ARN, or undefined when the text is not a signed-in identity's ARN. */
export function clueFromArn(arn: string): Clue | undefined {
  const principal = parsePrincipalArn(arn);
  return principal && clueFromPrincipal(principal, arn);
}

/** Account text as the console shows it: 12 digits, 1234-5678-9012, or an alias. Anything else says nothing. */
export function accountFromText(text: string | undefined): Pick<Clue, 'accountId' | 'accountAlias'> {
  const value = text?.trim() ?? '';
  const id = isAccountId(value) ? value : accountIdFromDashed(value);
  if (id !== undefined) return { accountId: id };
  return isAccountAlias(value) ? { accountAlias: value } : {};
}

const NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/;

/**
 * A user text as the console shows it: "Role/session" for a role session, a bare role name where
 * the console shows the active role (`roleContext`), else an IAM user name.
 */
export function clueFromUserText(text: string | undefined, roleContext: boolean): Partial<Clue> {
  if (text === undefined) return {};
  const slash = text.indexOf('/');
  const roleName = slash >= 0 ? text.slice(0, slash) : text;
  const session = slash >= 0 ? text.slice(slash + 1) : undefined;
  if (!NAME.test(roleName) || (session !== undefined && !NAME.test(session))) return {};
  const permissionSet = identityCenterPermissionSet(roleName);
  const userName = session === undefined ? {} : { userName: session };
  if (permissionSet !== undefined) return { kind: 'identity-center', roleName, permissionSet, ...userName };
  if (session !== undefined || roleContext) return { kind: 'assumed-role', roleName, ...userName };
  return { kind: 'iam-user', userName: roleName };
}

/** The four names the console's navigation shows, from ConsoleNavService.AccountInfo or the DOM. */
export interface DisplayNames {
  loginAccount?: string;
  loginUser?: string;
  roleAccount?: string;
  roleUser?: string;
}

export interface DisplayNamesView {
  active: Clue;
  login: Clue;
  /** Classic mode with a role switched to: the login names describe the base identity, not the active one. */
  switched: boolean;
}

/**
 * In classic mode the role names are set only after a switch and name the active role (roleUser is
 * its display name, not its role name). In multi-session mode they describe this session's own role.
 */
export function viewDisplayNames(names: DisplayNames, prism: boolean): DisplayNamesView {
  const login: Clue = { kind: 'unknown', ...accountFromText(names.loginAccount), ...clueFromUserText(names.loginUser, false) };
  const hasRole = names.roleAccount !== undefined || names.roleUser !== undefined;
  if (!hasRole) return { active: login, login, switched: false };
  if (prism) {
    const account = names.roleAccount !== undefined ? accountFromText(names.roleAccount) : accountFromText(names.loginAccount);
    return { active: { kind: 'unknown', ...account, ...clueFromUserText(names.roleUser, true) }, login, switched: false };
  }
  const active: Clue = { kind: 'assumed-role', ...accountFromText(names.roleAccount) };
  if (names.roleUser !== undefined) active.displayName = names.roleUser;
  return { active, login, switched: true };
}
