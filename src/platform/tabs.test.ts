import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The tabs API, replaced: a new tab starts loading about:blank; the test decides when it completes.
type UpdatedListener = (tabId: number, change: { status?: string }) => void;
type RemovedListener = (tabId: number) => void;
const fake = vi.hoisted(() => ({
  status: new Map<number, string>(),
  url: new Map<number, string | undefined>(),
  active: new Set<number>(),
  lastAccessed: new Map<number, number>(),
  removedIds: [] as number[],
  updated: new Set<UpdatedListener>(),
  removed: new Set<RemovedListener>(),
  nextId: 1,
  statusOnCreate: 'loading',
  hideUrlOnCreate: false,
}));
vi.mock('./browser', () => ({
  browser: {
    tabs: {
      create: async () => {
        const id = fake.nextId++;
        fake.status.set(id, fake.statusOnCreate);
        if (fake.hideUrlOnCreate) fake.url.set(id, undefined);
        return { id, status: fake.statusOnCreate };
      },
      get: async (id: number) => {
        const status = fake.status.get(id);
        if (status === undefined) throw new Error(`No tab with id: ${id}.`);
        return { id, status, url: fake.url.has(id) ? fake.url.get(id) : 'about:blank', active: fake.active.has(id), lastAccessed: fake.lastAccessed.get(id) };
      },
      remove: async (id: number) => void fake.removedIds.push(id),
      onUpdated: { addListener: (f: UpdatedListener) => fake.updated.add(f), removeListener: (f: UpdatedListener) => fake.updated.delete(f) },
      onRemoved: { addListener: (f: RemovedListener) => fake.removed.add(f), removeListener: (f: RemovedListener) => fake.removed.delete(f) },
    },
  },
}));

const { onTabClosed, openBlankTab, untilPageLoaded } = await import('./tabs');
const { closeTabOn, openBackgroundTab } = await import('./scripting');

function finishLoading(id: number, status = 'complete', url?: string | null): void {
  fake.status.set(id, status);
  if (url !== undefined) fake.url.set(id, url ?? undefined);
  for (const listener of fake.updated) listener(id, { status });
}

function closeTab(id: number): void {
  fake.status.delete(id);
  for (const listener of fake.removed) listener(id);
}

/** Whether the promise has settled after everything already queued has run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

beforeEach(() => {
  vi.useFakeTimers();
  Object.assign(fake, { nextId: 1, statusOnCreate: 'loading', hideUrlOnCreate: false });
  fake.status.clear();
  fake.url.clear();
  fake.active.clear();
  fake.lastAccessed.clear();
  fake.removedIds = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('openBlankTab', () => {
  it('hands the tab over only once its blank page has finished loading', async () => {
    const opening = openBlankTab();
    expect(await isSettled(opening)).toBe(false);
    finishLoading(1);
    expect(await opening).toMatchObject({ id: 1 });
    expect(fake.updated.size + fake.removed.size).toBe(0);
  });

  it('does not wait for a blank page that had already loaded', async () => {
    fake.statusOnCreate = 'complete';
    expect(await isSettled(openBlankTab())).toBe(true);
  });

  it('ignores the other tabs loading meanwhile', async () => {
    const opening = openBlankTab();
    await vi.advanceTimersByTimeAsync(0);
    finishLoading(7);
    expect(await isSettled(opening)).toBe(false);
    finishLoading(1);
    expect(await isSettled(opening)).toBe(true);
  });

  it('stops waiting when the tab is closed or its page is gone', async () => {
    const closed = openBlankTab();
    await vi.advanceTimersByTimeAsync(0);
    closeTab(1);
    expect(await isSettled(closed)).toBe(true);

    const crashed = openBlankTab();
    await vi.advanceTimersByTimeAsync(0);
    finishLoading(2, 'unloaded');
    expect(await isSettled(crashed)).toBe(true);
  });

  it('gives up waiting after the time allowed, and leaves no listener behind', async () => {
    const opening = openBlankTab(undefined, 500);
    expect(await isSettled(opening)).toBe(false);
    await vi.advanceTimersByTimeAsync(499);
    expect(await isSettled(opening)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await opening).toMatchObject({ id: 1 });
    expect(fake.updated.size + fake.removed.size).toBe(0);
  });
});

describe('untilPageLoaded (a page opened in a background tab, before a script runs in it)', () => {
  const PAGE = 'https://d-1234567890.awsapps.com/start';

  it('Firefox: complete on about:blank, then loading, then complete: waits for the page, not the blank', async () => {
    fake.statusOnCreate = 'complete';
    const { id } = await openBlankTab(undefined, 10);
    const waiting = untilPageLoaded(id!, 20_000);
    expect(await isSettled(waiting)).toBe(false);
    finishLoading(id!, 'complete', 'about:blank');
    expect(await isSettled(waiting)).toBe(false);
    finishLoading(id!, 'loading', PAGE);
    expect(await isSettled(waiting)).toBe(false);
    finishLoading(id!, 'complete', PAGE);
    expect(await isSettled(waiting)).toBe(true);
    expect(fake.updated.size + fake.removed.size).toBe(0);
  });

  it('a page whose address cannot be seen: done once the tab, seen loading, completes', async () => {
    fake.statusOnCreate = 'complete';
    const { id } = await openBlankTab(undefined, 10);
    fake.url.set(id!, undefined);
    const waiting = untilPageLoaded(id!, 20_000);
    expect(await isSettled(waiting)).toBe(false);
    finishLoading(id!, 'complete', null);
    expect(await isSettled(waiting)).toBe(false);
    finishLoading(id!, 'loading', null);
    expect(await isSettled(waiting)).toBe(false);
    finishLoading(id!, 'complete', null);
    expect(await isSettled(waiting)).toBe(true);
  });

  it('a page already loaded when the wait starts is not waited for; a tab closed ends the wait', async () => {
    const { id } = await (async () => {
      fake.statusOnCreate = 'complete';
      return openBlankTab(undefined, 10);
    })();
    fake.url.set(id!, PAGE);
    expect(await isSettled(untilPageLoaded(id!, 20_000))).toBe(true);
    fake.url.set(id!, 'about:blank');
    const waiting = untilPageLoaded(id!, 20_000);
    expect(await isSettled(waiting)).toBe(false);
    closeTab(id!);
    expect(await isSettled(waiting)).toBe(true);
  });
});

describe('openBackgroundTab', () => {
  it('hears the page load while the caller writes the new tab down (a page whose address cannot be seen, loaded meanwhile)', async () => {
    Object.assign(fake, { statusOnCreate: 'complete', hideUrlOnCreate: true });
    const opening = openBackgroundTab('https://d-1234567890.awsapps.com/start', async (tabId) => {
      // The storage round trip: the page starts and finishes loading meanwhile.
      await Promise.resolve();
      finishLoading(tabId, 'loading', null);
      finishLoading(tabId, 'complete', null);
    });
    expect(await isSettled(opening)).toBe(true);
    expect(await opening).toBe(1);
  });
});

describe('closeTabOn (a leftover portal tab, closed by the next options page)', () => {
  const PORTAL = 'https://d-1234567890.awsapps.com';

  it('closes the tab a read opened, untouched since, still on the portal', async () => {
    fake.status.set(5, 'complete');
    fake.url.set(5, `${PORTAL}/start/#/`);
    fake.lastAccessed.set(5, 900);
    await closeTabOn(5, PORTAL, 1_000);
    expect(fake.removedIds).toEqual([5]);
  });

  it('leaves a tab the user has taken up: active, looked at after the read opened it, elsewhere, or unseen', async () => {
    for (const [id, url] of [[1, `${PORTAL}/start`], [2, `${PORTAL}/start`], [3, 'https://example.com/'], [4, undefined]] as const) {
      fake.status.set(id, 'complete');
      fake.url.set(id, url);
    }
    fake.active.add(1);
    fake.lastAccessed.set(2, 1_500);
    for (const id of [1, 2, 3, 4]) await closeTabOn(id, PORTAL, 1_000);
    expect(fake.removedIds).toEqual([]);
  });
});

describe('onTabClosed', () => {
  it('names every tab that closes', () => {
    const closed: number[] = [];
    onTabClosed((id) => closed.push(id));
    closeTab(5);
    closeTab(9);
    expect(closed).toEqual([5, 9]);
  });
});
