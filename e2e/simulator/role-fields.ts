// Field rules the sign-in service enforces (shared/aws-console-facts.md, "Rules that validation
// enforces"). Each check returns a reason in words, or undefined when the value is acceptable.

const ACCOUNT_ID = /^\d{12}$/;
const ALIAS = /^(?!-)(?!.*--)(?!.*-$)(?!\d+$)[a-z0-9-]{3,63}$/;
const NAME = /^[\w+=,.@-]{1,64}$/;
const PATH_SEGMENT = /^[\w+=,.@-]+$/;
const COLOR = /^[0-9a-fA-F]{6}$/;

export const MAX_ROLE_FIELD = 64;
export const MAX_DISPLAY_NAME = 64;

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID.test(value);
}

export function accountError(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return 'account is missing';
  if (ACCOUNT_ID.test(value) || ALIAS.test(value)) return undefined;
  return `account ${JSON.stringify(value)} is neither a 12-digit account id nor an account alias`;
}

/** `roleName` is the role's path without its leading slash, then the name: `ops/ReadOnly`. */
export function roleNameError(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return 'roleName is missing';
  if (value.length > MAX_ROLE_FIELD) return `roleName is ${value.length} characters; path + name must be at most ${MAX_ROLE_FIELD}`;
  const segments = value.split('/');
  const name = segments.pop() ?? '';
  if (!NAME.test(name)) return `role name ${JSON.stringify(name)} has characters IAM does not allow`;
  if (segments.some((segment) => !PATH_SEGMENT.test(segment))) {
    return `role path in ${JSON.stringify(value)} is malformed (no leading slash, no empty segments)`;
  }
  return undefined;
}

export function displayNameError(value: string | undefined): string | undefined {
  if (value !== undefined && value.length > MAX_DISPLAY_NAME) {
    return `displayName is ${value.length} characters; the console allows at most ${MAX_DISPLAY_NAME}`;
  }
  return undefined;
}

export function colorError(value: string | undefined): string | undefined {
  if (value === undefined || value === '' || COLOR.test(value)) return undefined;
  return `color ${JSON.stringify(value)} is not 6 hex digits without '#'`;
}

/** The role's `roleName` field as the switch form expects it. */
export function roleField(path: string, name: string): string {
  return `${path.slice(1)}${name}`;
}
