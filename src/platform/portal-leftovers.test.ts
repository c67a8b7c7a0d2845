import { describe, expect, it } from 'vitest';
import { releaseLeftovers, withHeldRead, type HeldRead, type LeftoverDoors } from './portal-leftovers';

const ORIGIN = 'https://d-1234567890.awsapps.com';
const PATTERN = `${ORIGIN}/*`;

/** storage.session, Web Locks (a lock is held by a page that is still open), tabs and permissions, faked. */
function fake(stored: Record<string, unknown> = {}, live: string[] = []) {
  const f = {
    stored: stored as unknown,
    locks: new Set(live),
    closed: [] as Array<[number, string, number?]>,
    released: [] as Array<[string, HeldRead['release']]>,
    doors: undefined! as LeftoverDoors,
  };
  let queue: Promise<unknown> = Promise.resolve();
  f.doors = {
    exclusive: (task) => {
      const run = queue.then(task);
      queue = run.catch(() => undefined);
      return run;
    },
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
    closeTabOn: async (tabId, origin, openedAt) => void f.closed.push(openedAt === undefined ? [tabId, origin] : [tabId, origin, openedAt]),
    now: () => 1_000,
    release: async (pattern, what) => void f.released.push([pattern, what]),
  };
  return f;
}

const both = { scripting: true, origin: true };
const none = { scripting: false, origin: false };
const OTHER = 'https://d-9999999999.awsapps.com';

/** A read that runs until `end()` is called. */
function started(f: ReturnType<typeof fake>, origin: string, before: HeldRead['release']) {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const done = withHeldRead(origin, `${origin}/*`, before, () => ended, f.doors);
  return { end: async () => (end(), done) };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('what a portal read was given, given back even if its page closes mid-read', () => {
  it('while a read runs, what it must give back is written down (the tab it opens too); once it ends, given back and forgotten', async () => {
    const f = fake();
    let during: unknown;
    await withHeldRead(ORIGIN, PATTERN, none, async (hold) => {
      await hold.opened(42);
      during = f.stored;
    }, f.doors);
    expect(Object.values(during as object)).toEqual([{ origin: ORIGIN, pattern: PATTERN, release: both, tabId: 42, openedAt: 1_000 }]);
    expect(f.released).toEqual([[PATTERN, both]]);
    expect(f.stored).toEqual({});
  });

  it('the next options page gives back what a read whose page has gone left: its tab closed, its grants removed', async () => {
    const f = fake({ gone: { origin: ORIGIN, pattern: PATTERN, release: both, tabId: 42, openedAt: 500 } });
    await releaseLeftovers(f.doors);
    expect(f.closed).toEqual([[42, ORIGIN, 500]]);
    expect(f.released).toEqual([[PATTERN, both]]);
    expect(f.stored).toEqual({});
  });

  it('never gives back what the extension held before the read, and closes no tab it did not open', async () => {
    const had = { scripting: false, origin: false };
    const f = fake({ gone: { origin: ORIGIN, pattern: PATTERN, release: had } });
    await releaseLeftovers(f.doors);
    expect(f.closed).toEqual([]);
    expect(f.released).toEqual([]);
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

  it('two reads at once (two options pages): the first to end keeps `scripting` and a shared origin for the other; the last gives them back', async () => {
    const f = fake();
    const a = started(f, ORIGIN, none);
    await tick();
    // B asked while A held both: held, but given to a read, so not the user's.
    const b = started(f, ORIGIN, both);
    const c = started(f, OTHER, { scripting: true, origin: false });
    await tick();
    await a.end();
    expect(f.released).toEqual([]);
    await c.end();
    expect(f.released).toEqual([[`${OTHER}/*`, { scripting: false, origin: true }]]);
    await b.end();
    expect(f.released).toEqual([[`${OTHER}/*`, { scripting: false, origin: true }], [PATTERN, both]]);
    expect(f.stored).toEqual({});
  });

  it('two reads at once where the user had granted `scripting` and the origin before: neither gives them back', async () => {
    const f = fake();
    const a = started(f, ORIGIN, both);
    await tick();
    const b = started(f, ORIGIN, both);
    await tick();
    await b.end();
    await a.end();
    expect(f.released).toEqual([]);
  });

  it('a leftover read still needs what a running read was given: the running read does not give it back, the sweep does', async () => {
    const f = fake({ gone: { origin: ORIGIN, pattern: PATTERN, release: none } });
    const a = started(f, ORIGIN, none);
    await tick();
    await a.end();
    expect(f.released).toEqual([]);
    await releaseLeftovers(f.doors);
    expect(f.released).toEqual([[PATTERN, both]]);
  });

  it('records written by two reads at once are all kept (the load-change-save is one at a time)', async () => {
    const f = fake();
    const a = started(f, ORIGIN, none);
    const b = started(f, OTHER, none);
    await tick();
    await tick();
    expect(Object.keys(f.stored as object)).toHaveLength(2);
    await a.end();
    await b.end();
  });
});
