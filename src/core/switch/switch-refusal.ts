// Did AWS refuse a classic switch we posted? Decided from what the background remembers of the
// post (the attempt) and what the tab's sign-in page says of itself, whatever that page looks
// like (AWS's refusal page has no guaranteed shape: facts file).
import { isPartition, type Partition } from '../console/partition';

/** The usual causes of a refused switch (message keys), said on the sign-in page and in the popup. */
export const REFUSAL_CAUSES = ['signInCauseCase', 'signInCauseTrust', 'signInCauseMfa'] as const;

/** Which role a switch was for: enough to name it and to recognise it once signed in. */
export interface SwitchTarget {
  label: string;
  partition: Partition;
  account: string;
  roleName: string;
}

/** A switch this extension posted from a tab (or the switch page it confirmed there). */
export interface SwitchAttempt extends SwitchTarget {
  postedAt: number;
}

/** A switch that AWS refused, kept per tab until dismissed or followed by another switch. */
export interface SwitchRefusal extends SwitchTarget {
  at: number;
}

/** A sign-in page, as its content script sees it. */
export interface SignInPage {
  hasSwitchForm: boolean;
  /** When this page's navigation started (ms since the epoch): for the answer to our POST, the
   *  moment the form was sent, redirects included. */
  navigatedAt: number;
  /** The tab is already on its way elsewhere (a page that only forwards, as a successful switch's
   *  answer may be): not where the switch ended. */
  leaving: boolean;
}

/** How long after the post its answer may still be judged (a slow network, a slow page). */
export const ATTEMPT_FOR_MS = 60_000;
/** The answer's navigation starts when our form is sent, moments after the attempt is recorded;
 *  a page whose navigation started later is the user's own (a link, the console's menu). */
export const ANSWER_STARTS_WITHIN_MS = 5_000;
/** The page's clock (Date.now() - performance.now()) and the background's may differ slightly. */
const CLOCK_SLACK_MS = 1_000;

export type Verdict =
  /** This page is where our switch ended, and it is not the console: AWS refused it. */
  | 'refused'
  /** The tab is passing through this page: judge the next one. */
  | 'passing'
  /** Not the answer to a switch of ours: a crafted link, a later page, or no attempt at all. */
  | 'unrelated';

export function judgeSignInPage(attempt: SwitchAttempt | undefined, page: SignInPage, now: number): Verdict {
  if (!attempt || now - attempt.postedAt > ATTEMPT_FOR_MS) return 'unrelated';
  const startedAfter = page.navigatedAt - attempt.postedAt;
  if (startedAfter < -CLOCK_SLACK_MS || startedAfter > ANSWER_STARTS_WITHIN_MS) return 'unrelated';
  return page.leaving ? 'passing' : 'refused';
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function readTarget(value: unknown): SwitchTarget | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { label, partition, account, roleName } = value as Record<string, unknown>;
  if (!isText(label) || !isText(partition) || !isPartition(partition) || !isText(account) || !isText(roleName)) return undefined;
  return { label, partition, account, roleName };
}

/** What storage holds, checked: anything else reads as no attempt. */
export function readAttempt(value: unknown): SwitchAttempt | undefined {
  const target = readTarget(value);
  const postedAt = (value as { postedAt?: unknown } | undefined)?.postedAt;
  return target && isTime(postedAt) ? { ...target, postedAt } : undefined;
}

export function readRefusal(value: unknown): SwitchRefusal | undefined {
  const target = readTarget(value);
  const at = (value as { at?: unknown } | undefined)?.at;
  return target && isTime(at) ? { ...target, at } : undefined;
}

export const targetOf = ({ label, partition, account, roleName }: SwitchTarget): SwitchTarget => ({ label, partition, account, roleName });

