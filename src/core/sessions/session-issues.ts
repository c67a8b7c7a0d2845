// What a session-aware switch says when it will not (or AWS did not) go through (issue #16): the
// five-session limit, a refused chained switch, a chain whose first step did not finish. Like the
// core's issues (issues/issue-texts.ts), each code is a _locales key and `params` fill `$1`..`$n`;
// this English is the `message` fallback and session-issues.test.ts checks the locales say it.
import { matchesIdentity } from '../console/match-identity';
import type { CoreIssue } from '../issues/issue';
import { formatMessage } from '../issues/issue-texts';
import type { Entry } from '../store/schema';
import type { Session } from './session-list';
import { nameList, sessionName } from './session-name';

export { sessionName } from './session-name';

export const SESSION_MESSAGES = {
  errSessionLimit: 'All $1 console sessions this browser can hold are signed in, so AWS would refuse another. Sign out of one that is not in use first (no open tab): $2.',
  errSessionLimitBusy: 'All $1 console sessions this browser can hold are signed in, each with an open tab, so AWS would refuse another. Sign out of one of them first (in its console’s account menu): $2.',
  errChainRefused: 'AWS refused the switch to $1 from the session of $2 (account $3): a switch from a role’s session is role chaining. The trust policy of role $4 must allow $5 as a principal.',
  errChainStartTimeout: 'To switch to $2 from the session of $1, Switchyard first started $1 in a new tab, but its console page did not answer within $3 seconds. Once that tab shows $1’s console, switch to $2 again.',
} as const;

export type SessionMessageCode = keyof typeof SESSION_MESSAGES;

// Like issue.ts: a list of many names helps nobody past a point.
const MAX_PARAM = 200;
const clip = (text: string) => (text.length <= MAX_PARAM ? text : `${text.slice(0, MAX_PARAM)}…`);

export function sessionIssue(code: SessionMessageCode, params: ReadonlyArray<string | number>): CoreIssue {
  const texts = params.map((p) => clip(String(p)));
  return { code, message: formatMessage(SESSION_MESSAGES[code], texts), params: texts };
}

/** The five-session limit, before a switch or after AWS's SESSION_LIMIT_EXCEEDED: the idle
 *  sessions are the ones to sign out; with none idle, all of them are named. */
export function sessionLimitIssue(limit: number, idle: readonly Session[], all: readonly Session[], entries: readonly Entry[], locale?: string): CoreIssue {
  const names = (sessions: readonly Session[]) => nameList(sessions.map((s) => sessionName(s, entries)), locale);
  if (idle.length > 0) return sessionIssue('errSessionLimit', [limit, names(idle)]);
  return sessionIssue('errSessionLimitBusy', [limit, names(all)]);
}

/** Whether a refusal of a multi-session switch is AWS's session limit (switch/multi-session-reply.ts
 *  reports an unknown error code as errSwitchRefused with the code as its param). */
export function isSessionLimitRefusal(issue: CoreIssue): boolean {
  return issue.code === 'errSwitchRefused' && issue.params?.[0] === 'SESSION_LIMIT_EXCEEDED';
}

/** The role's ARN (arn:<partition>:iam::<account>:role/<path><name>): what a trust policy names. A
 *  role session's identity carries no path; the entry signed in there, if any, does. An ARN holds
 *  the account's id, never its alias: when only an alias is known, the id's place says so
 *  (`<account-id>`, AWS's own placeholder), and the message names the account by its alias. */
export function roleArnOf(session: Pick<Session, 'identity'>, source?: Pick<Entry, 'rolePath' | 'account'>): string {
  const { identity } = session;
  const path = source?.rolePath && source.rolePath.startsWith('/') && source.rolePath.endsWith('/') ? source.rolePath : '/';
  const isId = (value: string | undefined) => value !== undefined && /^\d{12}$/.test(value);
  const account = isId(identity.accountId) ? identity.accountId : isId(source?.account) ? source!.account : '<account-id>';
  return `arn:${identity.partition}:iam::${account}:role${path}${identity.roleName ?? ''}`;
}

/** A multi-session switch sent from a role's session was refused: name that session and what
 *  the target role's trust policy must allow. */
export function chainRefusedIssue(from: Pick<Session, 'identity'>, target: Pick<Entry, 'label' | 'roleName'>, entries: readonly Entry[]): CoreIssue {
  const source = entries.find((e) => matchesIdentity(e, from.identity));
  const account = from.identity.accountAlias ?? from.identity.accountId ?? source?.account ?? '?';
  return sessionIssue('errChainRefused', [target.label, from.identity.roleName ?? sessionName(from, entries), account, target.roleName, roleArnOf(from, source)]);
}

export function chainStartTimeoutIssue(source: Pick<Entry, 'label'>, target: Pick<Entry, 'label'>, seconds: number): CoreIssue {
  return sessionIssue('errChainStartTimeout', [source.label, target.label, seconds]);
}
