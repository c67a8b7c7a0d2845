import { coreIssue, type CoreIssue } from '../issues/issue';
import { isConsoleUrlOf, type Partition } from '../console/partition';

export type MultiSessionOutcome =
  | { ok: true; destination: string }
  | {
      ok: false;
      reason: 'unauthorized' | 'session-gone' | 'throttled' | 'unavailable' | 'bad-destination' | 'bad-reply';
      issue: CoreIssue;
    };

type Failure = Extract<MultiSessionOutcome, { ok: false }>;

/** What an error status alone says; statuses outside these need the body to decide. */
function failureForStatus(status: number): Failure | undefined {
  if (status === 401 || status === 403) return { ok: false, reason: 'unauthorized', issue: coreIssue('errSwitchUnauthorized') };
  if (status === 404 || status === 410) return { ok: false, reason: 'session-gone', issue: coreIssue('errSwitchSessionGone', [status]) };
  if (status === 429) return { ok: false, reason: 'throttled', issue: coreIssue('errSwitchThrottled') };
  if (status >= 500 && status <= 599) return { ok: false, reason: 'unavailable', issue: coreIssue('errSwitchUnavailable', [status]) };
  return undefined;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the sign-in service's reply to a multi-session switch. AWS sometimes refuses with HTTP 200
 * and {"errorCode": ...}, so the body counts as much as the status: either one saying "no" is a no.
 * A destination is only accepted when it is an https console URL of the same partition, because the
 * caller opens it.
 */
export function interpretMultiSessionReply(status: number, bodyText: string, partition: Partition): MultiSessionOutcome {
  const byStatus = failureForStatus(status);
  if (byStatus) return byStatus;

  const body = parseObject(bodyText);
  const badReply: Failure = { ok: false, reason: 'bad-reply', issue: coreIssue('errSwitchBadReply', [status]) };
  if (!body) return badReply;

  const { errorCode, destination } = body;
  if (errorCode !== undefined && errorCode !== null && errorCode !== '') {
    const code = String(errorCode);
    if (/^UNAUTHORI[SZ]ED$/i.test(code)) return { ok: false, reason: 'unauthorized', issue: coreIssue('errSwitchUnauthorized') };
    return { ok: false, reason: 'unauthorized', issue: coreIssue('errSwitchRefused', [code]) };
  }
  if (status < 200 || status > 299 || typeof destination !== 'string') return badReply;
  if (!isConsoleUrlOf(destination, partition)) {
    return { ok: false, reason: 'bad-destination', issue: coreIssue('errSwitchBadDestination', [destination, partition]) };
  }
  return { ok: true, destination };
}
