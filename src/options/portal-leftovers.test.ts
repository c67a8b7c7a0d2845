import { describe, expect, it } from 'vitest';
import { releaseLeftovers, withHeldRead, type HeldRead, type LeftoverDoors } from './portal-leftovers';

const ORIGIN = 'https://d-1234567890.awsapps.com';
const PATTERN = `${ORIGIN}/*`;

/** storage.session, Web Locks (a lock is held by a page that is still open), tabs and permissions, faked. */
function fake(stored: Record<string, unknown> = {}, live: string[] = []) {
  const f = {
    stored: stored as unknown,
    locks: new Set(live),
    closed: [] as Array<[number, string]>,
    released: [] as Array<[string, HeldRead['release']]>,
    doors: undefined! as LeftoverDoors,
  };
  f.doors = {
    load: async () => structuredClone(f.stored),
    save: async (reads) => void (f.stored = structuredClone(reads)),
    hold: async (id, whileHeld) => {
      f.locks.add(id);
      try {
        return await whileHeld();
      } finally {
        f.locks.delete(id);
      }
    },
    ifGone: async (id, ifGone) => (f.locks.has(id) ? undefined : ifGone()),
    closeTabOn: async (tabId, origin) => void f.closed.push([tabId, origin]),
    release: async (pattern, what) => void f.released.push([pattern, what]),
  };
  return f;
}

const both = { scripting: true, origin: true };

describe('what a portal read was given, given back even if its page closes mid-read', () => {
  it('while a read runs, what it must give back is written down (the tab it opens too); once it ends, given back and forgotten', async () => {
    const f = fake();
    let during: unknown;
    await withHeldRead(ORIGIN, PATTERN, both, async (hold) => {
      await hold.opened(42);
      during = f.stored;
    }, f.doors);
    expect(Object.values(during as object)).toEqual([{ origin: ORIGIN, pattern: PATTERN, release: both, tabId: 42 }]);
    expect(f.released).toEqual([[PATTERN, both]]);
    expect(f.stored).toEqual({});
  });

  it('the next options page gives back what a read whose page has gone left: its tab closed, its grants removed', async () => {
    const f = fake({ gone: { origin: ORIGIN, pattern: PATTERN, release: both, tabId: 42 } });
    await releaseLeftovers(f.doors);
    expect(f.closed).toEqual([[42, ORIGIN]]);
    expect(f.released).toEqual([[PATTERN, both]]);
    expect(f.stored).toEqual({});
  });

  it('never gives back what the extension held before the read, and closes no tab it did not open', async () => {
    const had = { scripting: false, origin: false };
    const f = fake({ gone: { origin: ORIGIN, pattern: PATTERN, release: had } });
    await releaseLeftovers(f.doors);
    expect(f.closed).toEqual([]);
    expect(f.released).toEqual([[PATTERN, had]]);
  });

  it('leaves alone a read still running in another options page', async () => {
    const f = fake({ running: { origin: ORIGIN, pattern: PATTERN, release: both, tabId: 7 } }, ['running']);
    await releaseLeftovers(f.doors);
    expect([f.closed, f.released]).toEqual([[], []]);
    expect(Object.keys(f.stored as object)).toEqual(['running']);
  });

  it('ignores what is not a read it wrote (a tab id that is not a number is not closed)', async () => {
    const f = fake({ odd: { origin: ORIGIN, pattern: PATTERN, release: both, tabId: '42' }, junk: 'x' });
    await releaseLeftovers(f.doors);
    expect(f.closed).toEqual([]);
    expect(f.released).toEqual([[PATTERN, both]]);
    expect(f.stored).toEqual({});
  });
});
