import { validateRoleName, validateRolePath } from './iam-names';
import { coreIssue, type CoreIssue } from '../issues/issue';
import { isPartition, type Partition } from '../console/partition';

export interface RoleArn {
  partition: Partition;
  accountId: string;
  path: string; // '/' or '/a/b/'
  name: string;
}

// Patterns live here, not in the functions: a regex literal makes a new RegExp object each time
// it is evaluated, and an import parses 10,000 ARNs.
const SESSION_RESOURCE = /^assumed-role\/([^/]+)\/[^/]+$/;
const DIGITS = /^\d+$/;
const ACCOUNT_ID = /^\d{12}$/;

/** arn:<partition>:<service>:<region>:<account>:<resource>; resources never contain ':' for roles and principals. */
function splitArn(arn: string) {
  // As arn.split(':') into exactly six parts, the first `arn`, without the array (an import splits 10,000).
  if (!arn.startsWith('arn:')) return undefined;
  const c2 = arn.indexOf(':', 4);
  const c3 = c2 === -1 ? -1 : arn.indexOf(':', c2 + 1);
  const c4 = c3 === -1 ? -1 : arn.indexOf(':', c3 + 1);
  const c5 = c4 === -1 ? -1 : arn.indexOf(':', c4 + 1);
  if (c5 === -1 || arn.indexOf(':', c5 + 1) !== -1) return undefined;
  return { partition: arn.slice(4, c2), service: arn.slice(c2 + 1, c3), region: arn.slice(c3 + 1, c4), account: arn.slice(c4 + 1, c5), resource: arn.slice(c5 + 1) };
}

export function parseRoleArn(arn: string): { value?: RoleArn; errors: CoreIssue[] } {
  const text = arn.trim();
  const parts = splitArn(text);
  if (!parts) return { errors: [coreIssue('errRoleArnFormat', [text])] };
  const { partition, service, region, account, resource } = parts;

  // People often paste the session ARN the console or `aws sts get-caller-identity` shows.
  const session = SESSION_RESOURCE.exec(resource);
  if (service === 'sts' && session) {
    const suggestion = `arn:${partition}:iam::${account}:role/${session[1]}`;
    return { errors: [coreIssue('errRoleArnIsSession', [text, suggestion])] };
  }
  if (service !== 'iam' || region !== '' || !resource.startsWith('role/')) {
    return { errors: [coreIssue('errRoleArnFormat', [text])] };
  }

  const errors: CoreIssue[] = [];
  if (!isPartition(partition)) errors.push(coreIssue('errRoleArnPartition', [partition]));
  if (DIGITS.test(account)) {
    if (account.length !== 12) errors.push(coreIssue('errAccountFormat', [account.length]));
  } else {
    errors.push(coreIssue('errRoleArnAccount', [account]));
  }
  // role/<name> or role/<path segments>/<name>: the name after the last `/`, the path before it.
  const slash = resource.lastIndexOf('/');
  const name = resource.slice(slash + 1);
  const path = slash === 'role'.length ? '/' : `/${resource.slice('role/'.length, slash)}/`;
  const pathIssues = validateRolePath(path);
  const nameIssues = validateRoleName(name);
  if (pathIssues.length + nameIssues.length > 0) errors.push(...pathIssues, ...nameIssues);

  if (errors.length > 0 || !isPartition(partition)) return { errors };
  return { value: { partition, accountId: account, path, name }, errors };
}

export function formatRoleArn(role: RoleArn): string {
  return `arn:${role.partition}:iam::${role.accountId}:role${role.path}${role.name}`;
}

export type Principal =
  | { kind: 'iam-user'; partition: Partition; accountId: string; userName: string; path: string }
  | { kind: 'root'; partition: Partition; accountId: string }
  | { kind: 'assumed-role'; partition: Partition; accountId: string; roleName: string; sessionName: string }
  | { kind: 'identity-center'; partition: Partition; accountId: string; roleName: string; permissionSet: string; sessionName: string }
  | { kind: 'federated-user'; partition: Partition; accountId: string; userName: string };

// Identity Center names the roles it creates AWSReservedSSO_<PermissionSet>_<16 hex>.
const IDENTITY_CENTER_ROLE = /^AWSReservedSSO_(.+)_[0-9a-fA-F]{16}$/;

/** The permission set of an Identity Center role name, or undefined for any other role. */
export function identityCenterPermissionSet(roleName: string): string | undefined {
  return IDENTITY_CENTER_ROLE.exec(roleName)?.[1];
}

const NAME = /^[A-Za-z0-9+=,.@_-]+$/;

export function parsePrincipalArn(arn: string): Principal | undefined {
  const parts = splitArn(arn.trim());
  if (!parts) return undefined;
  const { partition, service, region, account: accountId, resource } = parts;
  if (!isPartition(partition) || region !== '' || !ACCOUNT_ID.test(accountId)) return undefined;
  const [type = '', ...rest] = resource.split('/');

  if (service === 'iam') {
    if (resource === 'root') return { kind: 'root', partition, accountId };
    const userName = rest.pop() ?? '';
    const path = rest.length === 0 ? '/' : `/${rest.join('/')}/`;
    if (type !== 'user' || !NAME.test(userName) || rest.some((s) => !NAME.test(s))) return undefined;
    return { kind: 'iam-user', partition, accountId, userName, path };
  }
  if (service !== 'sts') return undefined;
  if (type === 'federated-user' && rest.length === 1 && NAME.test(rest[0]!)) {
    return { kind: 'federated-user', partition, accountId, userName: rest[0]! };
  }
  const [roleName = '', sessionName = ''] = rest;
  if (type !== 'assumed-role' || rest.length !== 2 || !NAME.test(roleName) || !NAME.test(sessionName)) return undefined;
  const permissionSet = identityCenterPermissionSet(roleName);
  if (permissionSet !== undefined) {
    return { kind: 'identity-center', partition, accountId, roleName, permissionSet, sessionName };
  }
  return { kind: 'assumed-role', partition, accountId, roleName, sessionName };
}
