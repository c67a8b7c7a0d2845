// core/portal: importing Identity Center accounts from the signed-in access portal (issue #17).
// Start here. portal-api.ts maps a start URL to the portal's API and the origins to ask for
// (portal-page.ts finds the region of an old-style portal from its page);
// portal-answers.ts reads one page of the portal's answers; portal-read.ts plans the requests of a
// whole read (pagination, bounds); portal-labels.ts makes labels and entries; portal-diff.ts meets a
// read with the saved list and the last read of the same portal; portal-sample.ts answers as a
// portal does, for the stand-ins (tests, simulator, benchmark). /work/notes/portal-api.md says
// which portal facts are documented, which observed and which unknown.
//
// The issues this feature reports, with their English texts. They have the shape of a CoreIssue
// (code, message, params) so the import preview shows them like any other, localised the same way:
// the code is a public/_locales key (en and ja, in the block after "importUrlHint"), and this
// English is the issue's `message` (logs, tests, the fallback). portal-issues.test.ts checks that
// the English locale says exactly this and Japanese has every code with the same placeholders. They
// stay here rather than in issues/issue-texts.ts, whose test asks the rest of the core to emit each.
import type { CoreIssue } from '../issues/issue';
import { formatMessage } from '../issues/issue-texts';
import { looksLikeSecret, maskSecrets } from '../issues/mask-secrets';

const PORTAL_MESSAGES = {
  errPortalStartUrl: "“$1” is not an IAM Identity Center access portal address: use the start URL your organisation gave you, like https://d-1234567890.awsapps.com/start.",
  errPortalRegionUnknown: "The address of the access portal $1 does not say its region. Enter the region of your IAM Identity Center (sso_region in the AWS CLI), like us-east-1.",
  errPortalRegionFormat: "“$1” is not a region of the access portal's partition ($2). Enter one like us-east-1.",
  errPortalRegionMismatch: "The access portal $1 is in region $2, not $3.",
  errPortalSignedOut: "You are not signed in to the access portal $1, or your session there has ended. Sign in to the portal, then try again. Nothing was imported.",
  errPortalRegionGuessed: "The access portal $1 did not answer in region $2, the region of its last read: you may be signed out, or the portal's region may be another. Sign in to the portal, or enter the portal's region under Region (sso_region in the AWS CLI), then try again. Nothing was imported.",
  errPortalRefused: "The access portal $1 refused to list your accounts (HTTP $2). Check that you are signed in as the right user. Nothing was imported.",
  errPortalThrottled: "The access portal $1 asked Switchyard to slow down. Wait a minute and try again. Nothing was imported.",
  errPortalUnavailable: "The access portal $1 did not answer (HTTP $2). Try again later. Nothing was imported.",
  errPortalNotJson: "The access portal's answer to “$1” is not what Switchyard expects: the portal may have changed. Nothing was imported.",
  errPortalShape: "The access portal's answer to “$1” has changed shape ($2 is missing or not what it was). Nothing was imported.",
  errPortalPageTooBig: "The access portal's answer to “$1” has $2 items in one page, more than the $3 Switchyard accepts. Nothing was imported.",
  errPortalBadToken: "The access portal's answer to “$1” has a page token Switchyard cannot use. Nothing was imported.",
  errPortalTokenLoop: "The access portal answered “$1” with a page it had already given, so reading stopped. Nothing was imported.",
  errPortalTooManyPages: "Reading stopped after $1 pages from the access portal, the most Switchyard reads at once. Nothing was imported.",
  errPortalTooManyAccounts: "The access portal lists more than $1 accounts, the most Switchyard imports at once. Nothing was imported.",
  warnPortalItemSkipped: "An item of the portal's answer to “$1” is not an account or permission set and was skipped.",
  warnPortalAccountId: "An account was skipped: its id “$1” is not 12 digits.",
  warnPortalAccountDuplicate: "Account $1 is listed twice by the portal; the first is kept.",
  warnPortalAccountName: "The name of account $1 was left out: $2",
  warnPortalNameHiddenChars: "Invisible or direction-changing characters ($2) were removed from the name of account $1.",
  warnPortalEmail: "The email address of account $1 was left out: it does not look like an email address.",
  warnPortalPermissionSet: "A permission set of account $1 was skipped: $2",
  warnPortalRoleOtherAccount: "The portal listed permission set “$2” with account $1 but for another account ($3); it was skipped.",
  warnPortalNoAccounts: "The access portal lists no AWS account for you, so there is nothing to import. Check that you are signed in as the right user.",
  warnPortalNoPermissionSets: "Account $1 has no permission set you may use, so no entry is made for it.",
  errLabelRuleEmpty: "Enter a label rule, like {account} · {permissionSet}.",
  errLabelRuleLength: "A label rule may have at most $1 characters (got $2).",
  errLabelRulePlaceholder: "“{$1}” is not a placeholder. Use {account}, {accountId}, {email} and {permissionSet}.",
  errLabelRuleBrace: "The label rule has a “{” or “}” that is not part of a placeholder like {account}.",
  errLabelRuleHiddenChars: "The label rule has invisible or direction-changing characters ($1). Remove them.",
  warnLabelRuleNoPermissionSet: "Without {permissionSet}, the entries of one account's permission sets all get the same label.",
  warnLabelRuleNoAccount: "Without {account}, {accountId} or {email}, entries of different accounts can get the same label.",
  warnPortalAccountRenamed: "Account $1 is now called “$3” in the portal (it was “$2”).",
  warnPortalGone: "“$1” ($2 · $3) is no longer in the access portal. The entry is kept, marked, until you remove it.",
  warnPortalRemovedByYou: "“$2” of account $1 is still in the portal, but you removed its entry after the last read, so it is not added again.",
} as const satisfies Record<string, string>;

export type PortalIssueCode = keyof typeof PORTAL_MESSAGES;

/** The English texts, for the i18n tables (and a test that every code has one). */
export const PORTAL_TEXTS: Readonly<Record<PortalIssueCode, string>> = PORTAL_MESSAGES;

export type PortalIssue = CoreIssue & { code: PortalIssueCode };

// Portal answers are not the user's text but a server's: a hostile one could carry a whole page in a
// name. Messages show at most this much of a value, and mask what looks like a credential.
const MAX_PARAM = 120;

function shown(param: string | number): string {
  const text = String(param);
  const masked = looksLikeSecret(text) ? maskSecrets(text) : text;
  if (masked.length <= MAX_PARAM) return masked;
  const points = Array.from(masked);
  return points.length <= MAX_PARAM ? masked : `${points.slice(0, MAX_PARAM).join('')}…`;
}

export function portalIssue(code: PortalIssueCode, params: ReadonlyArray<string | number> = []): PortalIssue {
  const texts = params.map(shown);
  const issue: PortalIssue = { code, message: formatMessage(PORTAL_MESSAGES[code], texts) };
  if (texts.length > 0) issue.params = texts;
  return issue;
}
