import { describe, expect, it } from 'vitest';
import { ANSWER_STARTS_WITHIN_MS, ATTEMPT_FOR_MS, judgeSignInPage, readAttempt, readRefusal, type SwitchAttempt } from './switch-refusal';

const postedAt = 1_000_000;
const attempt: SwitchAttempt = { label: 'Prod admin', partition: 'aws', account: '123456789012', roleName: 'Admin', postedAt };
const answer = { hasSwitchForm: false, navigatedAt: postedAt + 40, leaving: false };
const now = postedAt + 2_000;

describe('judgeSignInPage', () => {
  it('takes the page our post led to as a refusal, with the switch form or without it', () => {
    expect(judgeSignInPage(attempt, answer, now)).toBe('refused');
    expect(judgeSignInPage(attempt, { ...answer, hasSwitchForm: true }, now)).toBe('refused');
  });
  it('explains nothing in a tab where we posted nothing (a crafted link)', () =>
    expect(judgeSignInPage(undefined, { ...answer, hasSwitchForm: true }, now)).toBe('unrelated'));
  it('does not take a page the tab is only passing through (a successful switch forwarding to the console)', () =>
    expect(judgeSignInPage(attempt, { ...answer, leaving: true }, now)).toBe('passing'));
  it('does not take a page the user opened later in that tab, e.g. after the switch landed', () =>
    expect(judgeSignInPage(attempt, { ...answer, navigatedAt: postedAt + ANSWER_STARTS_WITHIN_MS + 1 }, now + ANSWER_STARTS_WITHIN_MS)).toBe('unrelated'));
  it('does not take a page that was loading before the switch was posted', () =>
    expect(judgeSignInPage(attempt, { ...answer, navigatedAt: postedAt - 5_000 }, now)).toBe('unrelated'));
  it('tolerates a small difference between the page clock and the background clock', () =>
    expect(judgeSignInPage(attempt, { ...answer, navigatedAt: postedAt - 300 }, now)).toBe('refused'));
  it('forgets an attempt whose answer never came', () =>
    expect(judgeSignInPage(attempt, answer, postedAt + ATTEMPT_FOR_MS + 1)).toBe('unrelated'));
});

describe('reading what storage holds', () => {
  it('reads an attempt and a refusal back', () => {
    expect(readAttempt(attempt)).toEqual(attempt);
    const refusal = { label: 'x', partition: 'aws-cn', account: 'acme', roleName: 'R', at: 5 };
    expect(readRefusal(refusal)).toEqual(refusal);
  });
  it('reads anything malformed as nothing', () => {
    for (const value of [undefined, null, 'x', { ...attempt, postedAt: 'soon' }, { ...attempt, partition: 'mars' }, { ...attempt, label: 3 }]) {
      expect(readAttempt(value)).toBeUndefined();
    }
    expect(readRefusal({ ...attempt })).toBeUndefined();
  });
});
