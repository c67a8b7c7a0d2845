import {
  accountFromText, clueFromArn, textField, viewDisplayNames, type Clue, type DisplayNames, type DisplayNamesView,
} from './identity-clues';
import { coreIssue, type CoreIssue } from '../issues/issue';

/** What `<meta name="awsc-session-data">` says, fields checked one by one. */
export interface SessionDataReading {
  clue?: Clue;
  prism: boolean;
  sessionDifferentiator?: string;
  signInEndpoint?: string;
  infrastructureRegion?: string;
}

function parseJsonObject(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function unknownArnIssue(arn: string | undefined, clue: Clue | undefined): CoreIssue[] {
  return arn !== undefined && clue === undefined ? [coreIssue('warnPrincipalArn', [arn])] : [];
}

export function readSessionData(raw: string): { reading?: SessionDataReading; issues: CoreIssue[] } {
  const data = parseJsonObject(raw);
  if (!data) return { issues: [coreIssue('warnSessionDataJson')] };
  const arn = textField(data, 'sessionARN');
  const fromArn = arn === undefined ? undefined : clueFromArn(arn);
  const account = accountFromText(textField(data, 'accountId'));
  const alias = accountFromText(textField(data, 'accountAlias')).accountAlias;
  const displayName = textField(data, 'displayName');
  const clue: Clue | undefined = fromArn ?? (account.accountId !== undefined ? { kind: 'unknown', accountId: account.accountId } : undefined);
  // The alias names the session's accountId; it belongs to the ARN only when the two agree.
  const aliasApplies = !fromArn || account.accountId === undefined || account.accountId === fromArn.accountId;
  if (clue && aliasApplies && alias !== undefined) clue.accountAlias = alias;
  if (clue && displayName !== undefined) clue.displayName = displayName;
  const reading: SessionDataReading = { prism: (data as { prismModeEnabled?: unknown }).prismModeEnabled === true };
  if (clue) reading.clue = clue;
  const differentiator = textField(data, 'sessionDifferentiator');
  if (differentiator !== undefined) reading.sessionDifferentiator = differentiator;
  const endpoint = textField(data, 'signInEndpoint');
  if (endpoint !== undefined) reading.signInEndpoint = endpoint;
  const region = textField(data, 'infrastructureRegion');
  if (region !== undefined) reading.infrastructureRegion = region;
  return { reading, issues: unknownArnIssue(arn, fromArn) };
}

/** Cookie values arrive URL-encoded, sometimes quoted; decode until JSON appears (at most twice). */
function decodeCookieJson(raw: string): object | undefined {
  let text = raw.trim().replace(/^"(.*)"$/, '$1');
  for (let round = 0; round < 3; round++) {
    const parsed = text.startsWith('{') ? parseJsonObject(text) : undefined;
    if (parsed) return parsed;
    try {
      const decoded = decodeURIComponent(text);
      if (decoded === text) return undefined;
      text = decoded;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function readUserInfoCookie(raw: string): { clue?: Clue; issues: CoreIssue[] } {
  const info = decodeCookieJson(raw);
  if (!info) return { issues: [coreIssue('warnUserInfoCookie')] };
  const arn = textField(info, 'arn');
  const clue = arn === undefined ? undefined : clueFromArn(arn);
  if (!clue) return { issues: arn === undefined ? [coreIssue('warnUserInfoCookie')] : unknownArnIssue(arn, clue) };
  // Without an alias the console puts the account ID in "alias".
  const { accountAlias } = accountFromText(textField(info, 'alias'));
  return { clue: accountAlias === undefined ? clue : { ...clue, accountAlias }, issues: [] };
}

/** aws-account-alias holds an alias, or the account ID when there is none. */
export function readAccountAliasCookie(raw: string): { account: Pick<Clue, 'accountId' | 'accountAlias'>; issues: CoreIssue[] } {
  let text = raw.trim();
  try {
    text = decodeURIComponent(text);
  } catch {
    // keep it raw; the check below rejects it
  }
  const account = accountFromText(text);
  const known = account.accountId !== undefined || account.accountAlias !== undefined;
  return { account, issues: known ? [] : [coreIssue('warnAccountAliasCookie', [text])] };
}

/** ConsoleNavService.AccountInfo from the page world: any shape at all may arrive. */
export function readAccountInfo(value: unknown, prism: boolean): { view?: DisplayNamesView; issues: CoreIssue[] } {
  const names: DisplayNames = {};
  const put = (key: keyof DisplayNames, field: string) => {
    const text = textField(value, field);
    if (text !== undefined) names[key] = text;
  };
  put('loginAccount', 'loginDisplayNameAccount');
  put('loginUser', 'loginDisplayNameUser');
  put('roleAccount', 'roleDisplayNameAccount');
  put('roleUser', 'roleDisplayNameUser');
  if (Object.keys(names).length === 0) return { issues: [coreIssue('warnAccountInfoShape')] };
  return { view: viewDisplayNames(names, prism), issues: [] };
}

export interface DomTexts {
  loginAccount?: string;
  loginUser?: string;
  roleAccount?: string;
  roleUser?: string;
  usernameMenu?: string;
  accountDetailMenu?: string;
}

const ARN_IN_TEXT = /arn:aws[a-z-]*:(?:iam|sts)::\d{12}:[A-Za-z0-9+=,.@_/-]+/;
const ACCOUNT_IN_TEXT = /(?<![\d-])(\d{4}-\d{4}-\d{4}|\d{12})(?![\d-])/;

/**
 * The navigation's own elements first; the menus' free text (whose wording AWS changes and
 * translates) only for an ARN or an account ID in it.
 */
export function readDom(dom: DomTexts, prism: boolean): { view: DisplayNamesView; issues: CoreIssue[] } {
  const clean = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());
  const names: DisplayNames = {};
  for (const key of ['loginAccount', 'loginUser', 'roleAccount', 'roleUser'] as const) {
    const text = clean(dom[key]);
    if (text !== undefined) names[key] = text;
  }
  const view = viewDisplayNames(names, prism);
  const freeText = [dom.accountDetailMenu, dom.usernameMenu].map(clean).filter((s) => s !== undefined).join('\n');
  const arnMatch = ARN_IN_TEXT.exec(freeText)?.[0];
  const fromArn = arnMatch === undefined ? undefined : clueFromArn(arnMatch);
  const accountText = ACCOUNT_IN_TEXT.exec(freeText)?.[1];
  let { active } = view;
  if (active.accountId === undefined && active.accountAlias === undefined && fromArn) {
    active = active.displayName === undefined ? fromArn : { ...fromArn, displayName: active.displayName };
  } else if (active.accountId === undefined && accountText !== undefined) {
    active = { ...active, ...accountFromText(accountText) };
  }
  return { view: { ...view, active }, issues: [] };
}
