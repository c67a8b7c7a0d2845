import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neededAndFreeKb, tooBigIssue } from './store-issues';

describe('what a list needs in sync storage against what is free, in KB', () => {
  it('never reads "needs 100.0 KB … only 100.0 KB are free" for a list 20 bytes too big', () => {
    const issue = tooBigIssue({ ok: false, needed: 102_420, available: 102_400 });
    expect(issue.params).toEqual(['100.1', '100.0']);
    expect(issue.message).toContain('The list needs 100.1 KB of sync storage, but only 100.0 KB are free there.');
  });

  it('rounds as usual when that already tells them apart', () => {
    expect(neededAndFreeKb(204_800, 102_400)).toEqual(['200.0', '100.0']);
    expect(neededAndFreeKb(71_733, 90_000)).toEqual(['70.1', '87.9']);
    expect(neededAndFreeKb(102_400, 102_400)).toEqual(['100.0', '100.0']);
  });

  it('prints a list that does not fit as needing more than is free, and one that fits as needing no more', () => {
    fc.assert(fc.property(fc.nat(300_000), fc.nat(300_000), (needed, free) => {
      const [n, f] = neededAndFreeKb(needed, free).map(Number) as [number, number];
      if (needed > free) expect(n).toBeGreaterThan(f);
      else expect(n).toBeLessThanOrEqual(f);
      // Never further than a tenth of a KB from the truth.
      expect(Math.abs(n - needed / 1024)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(f - free / 1024)).toBeLessThanOrEqual(0.1);
    }), { numRuns: 5000 });
  });
});
