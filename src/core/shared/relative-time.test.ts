import { describe, expect, it } from 'vitest';
import { agoText, whenText } from './relative-time';

const now = new Date(2026, 11, 4, 15, 30).getTime();

describe('whenText', () => {
  it('says seconds ago within the minute, never "0 seconds"', () => {
    expect(whenText(now - 12_000, now, 'en')).toEqual({ kind: 'ago', text: '12 seconds ago' });
    expect(whenText(now, now, 'en').text).toBe('1 second ago');
  });
  it('says minutes ago within the hour, in the user language', () => {
    expect(whenText(now - 3 * 60_000, now, 'en')).toEqual({ kind: 'ago', text: '3 minutes ago' });
    expect(whenText(now - 3 * 60_000, now, 'ja')).toEqual({ kind: 'ago', text: '3 分前' });
  });
  it('gives the clock time after an hour, and the date too when it was not today', () => {
    const earlier = new Date(2026, 11, 4, 9, 5).getTime();
    expect(whenText(earlier, now, 'en')).toMatchObject({ kind: 'at', text: expect.stringMatching(/^9:05\sAM$/) });
    const yesterday = new Date(2026, 11, 3, 9, 5).getTime();
    expect(whenText(yesterday, now, 'en-GB').text).toMatch(/3 Dec 2026.*09:05/);
  });
  it('treats a time in the future (a clock change) as just now', () =>
    expect(whenText(now + 5_000, now, 'en').text).toBe('1 second ago'));
});

describe('agoText', () => {
  const now = Date.UTC(2026, 11, 4, 12, 0);
  it('says how long ago in the largest unit that fits', () => {
    expect(agoText(now - 3 * 3_600_000, now, 'en')).toBe('3 hours ago');
    expect(agoText(now - 3 * 3_600_000, now, 'ja')).toBe('3 時間前');
    expect(agoText(now - 2 * 86_400_000, now, 'en')).toBe('2 days ago');
    expect(agoText(now - 90_000, now, 'en')).toBe('2 minutes ago');
    expect(agoText(now + 5_000, now, 'en')).toBe('1 second ago');
  });
});
