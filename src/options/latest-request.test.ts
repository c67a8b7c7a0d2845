import { describe, expect, it } from 'vitest';
import { latestRequest } from './latest-request';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('only the newest preview request shows its result', () => {
  it('an earlier request that finishes last is dropped, the newest is shown', async () => {
    const latest = latestRequest();
    const shown: string[] = [];
    const preview = async (rule: string, takes: number) => {
      const current = latest.start();
      await later(takes);
      if (current()) shown.push(rule);
    };
    // The first rule's preview is slow; the one typed after it lands first.
    await Promise.all([preview('{account}', 20), preview('{account} · {permissionSet}', 1)]);
    expect(shown).toEqual(['{account} · {permissionSet}']);
  });

  it('a preview closed meanwhile is not brought back by a request still under way', async () => {
    const latest = latestRequest();
    const current = latest.start();
    latest.drop();
    expect(current()).toBe(false);
    expect(latest.start()()).toBe(true);
  });
});
