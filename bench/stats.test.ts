import { describe, expect, it } from 'vitest';
import { holds, summarise, table } from './stats';

describe('benchmark figures', () => {
  it('takes the median of an odd and an even number of runs, with min and max', () => {
    expect(summarise([5, 1, 3], 'ms')).toMatchObject({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarise([4, 1, 3, 2], 'ms').median).toBe(2.5);
  });

  it('holds a budget from below for times and from above for capacities', () => {
    expect(holds(summarise([90, 110, 95], 'ms', 100))).toBe(true);
    expect(holds(summarise([120], 'ms', 100))).toBe(false);
    expect(holds(summarise([6000], 'entries', 5000, 'higher'))).toBe(true);
    expect(holds(summarise([4000], 'entries', 5000, 'higher'))).toBe(false);
    expect(holds(summarise([1], 'ms'))).toBeUndefined();
  });

  it('judges a tail budget on the 95th percentile, not the median', () => {
    // 30 runs: the p95 is the 29th fastest (nearest rank), so one slow run may pass and two may not.
    const fast = Array.from({ length: 27 }, () => 50);
    const samples = [...fast, 300, 400, 500];
    expect(summarise(samples, 'ms').p95).toBe(400);
    expect(holds(summarise(samples, 'ms', 200))).toBe(true);
    expect(holds(summarise(samples, 'ms', 200, 'lower', 'p95'))).toBe(false);
    expect(holds(summarise([...fast, 50, 60, 500], 'ms', 200, 'lower', 'p95'))).toBe(true);
  });

  it('prints a row per figure and marks what is over budget', () => {
    const out = table({ fast: summarise([1, 2, 3], 'ms', 10), slow: summarise([30], 'ms', 10) });
    expect(out).toContain('| fast ');
    expect(out.split('\n').find((l) => l.includes('slow'))).toContain('OVER BUDGET');
  });
});
