// Every code the core emits, with its English text. `$1`..`$n` are the params in order,
// as browser.i18n substitutes them. The translations (and this English again) live in
// public/_locales: the UI shows those; this text is the `message` of an issue, for logs, tests and
// as a fallback. messages.test.ts checks that both locales have every code with the same
// placeholders and that the English locale says exactly this.
// No literal "$" other than placeholders: i18n would need it written as "$$".
const MESSAGES = {
  errLabelRequired: "Enter a label for this role.",
  errLabelLength: "Label must be at most 100 characters (got $1).",
  errAccountRequired: "Enter the account: a 12-digit account ID or an account alias.",
  errAccountFormat: "Account ID must be exactly 12 digits (got $1).",
  errAliasLength: "Account alias must be 3 to 63 characters long (got $1).",
  errAliasChars: "Account alias may contain only lowercase letters, digits and hyphens (found $1).",
  errAliasHyphenEdge: "Account alias must not start or end with a hyphen.",
  errAliasDoubleHyphen: "Account alias must not contain two hyphens in a row (--).",
  warnAccountDashedId: "\"$1\" looks like an account ID written with dashes, so it will be used as an account alias. Enter $2 if you meant the account ID.",
  errRoleNameRequired: "Enter the role name.",
  errRoleNameChars: "Role name may contain only letters, digits and + = , . @ _ - (found $1).",
  errRoleNameLength: "Role name must be 1 to 64 characters long (got $1).",
  errRolePathFormat: "Role path must be / or start and end with / with no empty parts, like /team/ops/ (got \"$1\").",
  errRolePathChars: "Role path may contain only letters, digits, + = , . @ _ - and / (found $1).",
  errRoleSwitchNameLength: "Role path and name together must be at most 64 characters, because the console keeps them in a cookie (\"$1\" has $2).",
  errDisplayNameLength: "Display name must be at most 64 characters, the most the console shows (got $1).",
  errColorFormat: "Color must be 6 hex digits, like f2b0a9 or #F2B0A9 (got \"$1\").",
  errRegionFormat: "Region must look like us-east-1 or ap-northeast-1 (got \"$1\").",
  errRegionPartition: "Region $1 is not in partition $2. Choose a region of that partition or change the partition.",
  errPartitionUnknown: "Partition must be aws, aws-us-gov, aws-cn or aws-eusc (got \"$1\").",
  errRoleArnFormat: "Role ARN must look like arn:aws:iam::123456789012:role/RoleName (got \"$1\").",
  errRoleArnIsSession: "\"$1\" is a role session ARN (sts assumed-role), not a role ARN. Use the role's ARN instead, e.g. $2 (add the role's path if it has one).",
  errRoleArnPartition: "Unknown partition \"$1\" in the role ARN; use aws, aws-us-gov, aws-cn or aws-eusc.",
  errRoleArnAccount: "The account in a role ARN must be a 12-digit account ID (got \"$1\").",
  errRoleArnConflict: "The role ARN gives $1 as \"$2\", but \"$3\" was entered. Remove one of them or make them match.",
  warnRoleCaseOnly: "\"$1\" ($3) and \"$2\" ($4) name the same role except for letter case. IAM treats them as one role, but switching needs the exact case: check which one is right.",
  errSignInEndpoint: "\"$1\" is not an AWS sign-in host of partition $2, so the switch was not sent. Reload the console page and try again.",
  errSessionDifferentiator: "The console did not give a usable multi-session id (\"$1\"). Reload the console page and try again.",
  errSwitchUnauthorized: "AWS refused the switch to this role. Check the exact role-name case, that the role's trust policy allows your current identity (role chaining from an assumed role), and MFA.",
  errSwitchRefused: "AWS refused the switch (error code $1). Check the exact role-name case, the role's trust policy and MFA.",
  errSwitchSessionGone: "Your console session has ended (HTTP $1). Sign in to the console again, then retry.",
  errSwitchThrottled: "AWS is limiting requests right now (HTTP 429). Wait a few seconds and try again.",
  errSwitchUnavailable: "AWS sign-in is unavailable right now (HTTP $1). Try again in a moment.",
  errSwitchBadDestination: "AWS answered with a destination that is not a $2 console address, so it was not opened: $1",
  errSwitchBadReply: "AWS sent a reply this extension does not understand (HTTP $1); the console may have changed. Try the switch page instead.",
  warnSessionDataJson: "The console's session data could not be read (not valid JSON); other signals are used instead.",
  warnUserInfoCookie: "The aws-userInfo cookie could not be read; other signals are used instead.",
  warnAccountAliasCookie: "The aws-account-alias cookie holds \"$1\", which is not an account alias; it was ignored.",
  warnAccountInfoShape: "The console's account information had an unexpected shape and was ignored.",
  warnPrincipalArn: "\"$1\" is not a recognised signed-in identity ARN; it was ignored.",
  warnSignInEndpointIgnored: "The console reported sign-in endpoint \"$1\", which is not an AWS sign-in host of partition $2; it was ignored.",
  warnMultiSessionIncomplete: "The console is in multi-session mode but did not report its session id and sign-in endpoint, so a multi-session switch is not possible from this page.",
  warnPartitionMismatch: "The signed-in identity is in partition $1 but this page belongs to $2; the page's partition is used.",
  warnIdentityUnknown: "Could not tell who is signed in to this console page.",
  // Stored data
  errStoreUnreadable: "The saved data is not in a form Switchyard can read; it was left untouched and an empty list is shown.",
  errStoreNewer: "The saved data was written by a newer Switchyard (data version $1). Update the extension; the data is left untouched.",
  errStoredListUnreadable: "The saved role list is not a list; it was left untouched.",
  errStoredEntryUnreadable: "Saved entry $1 has no usable id; it was skipped.",
  errStoredEntryInvalid: "Saved entry $1 is no longer valid and was skipped: $2",
  warnSettingsReset: "The saved settings could not be read; the defaults are used.",
  warnSettingReset: "The saved setting “$1” had an invalid value; its default is used.",
  // Sync storage and the organisation's catalog (src/core/store)
  errSyncTooBig: "The list needs $1 KB of sync storage, but only $2 KB are free there. Nothing was saved and the previous list is kept. To keep a larger list, keep it on this device only (Options → Storage) or remove entries.",
  errSyncNewer: "The synced list was written by a newer Switchyard (data version $1). Update the extension; until then this browser shows its own last copy and leaves the synced list as it is.",
  errSyncDamaged: "The synced list could not be read ($1). This browser's last good copy is shown; the next change you save writes a good copy to sync again.",
  warnSyncIncomplete: "Part of the synced list has not arrived yet ($1). This browser's last copy is shown until the rest arrives.",
  errSyncQuota: "The browser refused to store the list in sync storage ($1). Nothing was changed; the previous list is kept.",
  errSyncRate: "Too many changes in a short time for sync storage (the browser allows 120 writes a minute). This change was not saved; try again in a minute.",
  errSaveFailed: "The change could not be saved ($1). The previous list is kept.",
  errCatalogInvalid: "Your organisation's role catalog (enterprise policy) does not match its schema, so it is ignored: $1. Ask your administrator to correct the policy.",
  errCatalogEntryInvalid: "Entry $1 of your organisation's role catalog is not a valid role and is left out: $2",
} as const satisfies Record<string, string>;

export type CoreMessageCode = keyof typeof MESSAGES;

export const CORE_MESSAGES: Record<string, string> = MESSAGES;

/** Replaces `$1`..`$9` the way browser.i18n does; a missing param becomes empty text. */
export function formatMessage(template: string, params: readonly string[]): string {
  return template.replace(/\$([1-9])/g, (_, n: string) => params[Number(n) - 1] ?? '');
}
