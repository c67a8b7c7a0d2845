// How a portal's account and permission set become an entry, and the rule that names it. The rule
// is text with placeholders, editable before import: {account} (the account's name, else its id),
// {accountId}, {email} and {permissionSet}. It is checked like a label (no hidden characters), and
// every label it makes is a valid one: at most 100 characters, never empty.
import type { Partition } from '../console/partition';
import { hiddenCharsIn } from '../profile/hidden-chars';
import { codePointLength } from '../profile/iam-names';
import type { NewEntry } from '../import/to-entries';
import type { PortalAccount } from './portal-answers';
import { portalIssue, type PortalIssue } from './portal-issues';

export const DEFAULT_LABEL_RULE = '{account} · {permissionSet}';
export const MAX_LABEL_RULE = 200;
/** As validate-profile's label limit. */
const MAX_LABEL = 100;

const PLACEHOLDERS = ['account', 'accountId', 'email', 'permissionSet'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
// One placeholder: braces around anything but braces (an unknown name is refused, not kept as text).
const PLACEHOLDER = /\{([^{}]*)\}/;
const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** A checked rule: its text in pieces, literal text and placeholders in turn. */
export interface LabelRule { text: string; parts: ReadonlyArray<string | { placeholder: Placeholder }> }

export function parseLabelRule(text: string): { value?: LabelRule; errors: PortalIssue[]; warnings: PortalIssue[] } {
  const errors: PortalIssue[] = [];
  const warnings: PortalIssue[] = [];
  const rule = text.trim();
  if (rule === '') return { errors: [portalIssue('errLabelRuleEmpty')], warnings };
  const length = codePointLength(rule);
  if (length > MAX_LABEL_RULE) return { errors: [portalIssue('errLabelRuleLength', [MAX_LABEL_RULE, length])], warnings };
  const hidden = hiddenCharsIn(rule);
  if (hidden.length > 0) errors.push(portalIssue('errLabelRuleHiddenChars', [hidden.join(', ')]));
  const parts: Array<string | { placeholder: Placeholder }> = [];
  const used = new Set<Placeholder>();
  let rest = rule;
  while (rest !== '') {
    const match = PLACEHOLDER.exec(rest);
    const literal = match ? rest.slice(0, match.index) : rest;
    if (literal.includes('{') || literal.includes('}')) {
      errors.push(portalIssue('errLabelRuleBrace'));
      break;
    }
    if (literal !== '') parts.push(literal);
    if (!match) break;
    const name = match[1]!;
    if (!isPlaceholder(name)) errors.push(portalIssue('errLabelRulePlaceholder', [name]));
    else {
      parts.push({ placeholder: name });
      used.add(name);
    }
    rest = rest.slice(match.index + match[0].length);
  }
  if (errors.length > 0) return { errors, warnings };
  if (!used.has('permissionSet')) warnings.push(portalIssue('warnLabelRuleNoPermissionSet'));
  if (!used.has('account') && !used.has('accountId') && !used.has('email')) warnings.push(portalIssue('warnLabelRuleNoAccount'));
  return { value: { text: rule, parts }, errors, warnings };
}

const DEFAULT_RULE = parseLabelRule(DEFAULT_LABEL_RULE).value!;

function valueOf(placeholder: Placeholder, account: PortalAccount, permissionSet: string): string {
  switch (placeholder) {
    case 'account': return account.name ?? account.accountId;
    case 'accountId': return account.accountId;
    case 'email': return account.email ?? '';
    case 'permissionSet': return permissionSet;
  }
}

/** The label `rule` makes for one permission set of one account. An empty placeholder ({email} of
 *  an account without one) leaves no empty brackets or doubled spaces behind. */
export function portalLabel(rule: LabelRule, account: PortalAccount, permissionSet: string): string {
  let text = '';
  for (const part of rule.parts) text += typeof part === 'string' ? part : valueOf(part.placeholder, account, permissionSet);
  const tidy = text.replace(/\(\s*\)|\[\s*\]/g, '').replace(/\s+/g, ' ').trim();
  if (tidy === '') return rule === DEFAULT_RULE ? `${account.accountId} · ${permissionSet}` : portalLabel(DEFAULT_RULE, account, permissionSet);
  return codePointLength(tidy) <= MAX_LABEL ? tidy : `${Array.from(tidy).slice(0, MAX_LABEL - 1).join('')}…`;
}

export interface PortalEntryContext {
  startUrl: string;
  partition: Partition;
  /** The console region the entry opens in; none: the console's own choice. */
  region?: string;
  rule: LabelRule;
}

/** The Identity Center entry for one permission set of one account (the rest of the entry is the
 *  user's: colour, group, production mark). */
export function portalEntry(account: PortalAccount, permissionSet: string, context: PortalEntryContext): NewEntry {
  const entry: NewEntry = {
    label: portalLabel(context.rule, account, permissionSet),
    account: account.accountId,
    roleName: permissionSet,
    rolePath: '/',
    partition: context.partition,
    sso: { startUrl: context.startUrl, accountId: account.accountId, permissionSet },
  };
  if (context.region !== undefined) entry.region = context.region;
  return entry;
}
