import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ tab: undefined as undefined | { id: number; url?: string; pendingUrl?: string } }));
vi.mock('./browser', () => ({
  browser: {
    tabs: {
      get: async () => {
        if (!fake.tab) throw new Error('No tab with id: 1.');
        return fake.tab;
      },
    },
  },
}));

const { tabStaysOn } = await import('./tabs');
const PAGE = 'https://signin.aws.amazon.com/switchrole';

describe('tabStaysOn', () => {
  it('is true while the tab shows the page and loads nothing else (a fragment does not matter)', async () => {
    fake.tab = { id: 1, url: `${PAGE}#x` };
    expect(await tabStaysOn(1, PAGE)).toBe(true);
  });
  it('is false once Chromium is loading another page in the tab (pendingUrl)', async () => {
    fake.tab = { id: 1, url: PAGE, pendingUrl: 'https://us-east-1.console.aws.amazon.com/console/home' };
    expect(await tabStaysOn(1, PAGE)).toBe(false);
  });
  it('is false when the tab shows another page already, or is gone', async () => {
    fake.tab = { id: 1, url: 'https://us-east-1.console.aws.amazon.com/console/home' };
    expect(await tabStaysOn(1, PAGE)).toBe(false);
    fake.tab = undefined;
    expect(await tabStaysOn(1, PAGE)).toBe(false);
  });
});
