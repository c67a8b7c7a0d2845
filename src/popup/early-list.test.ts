import { beforeEach, describe, expect, it, vi } from 'vitest';

// The storage door, driven by hand: the read answers when told, changes come when sent.
const storage = vi.hoisted(() => ({
  answer: (_value: unknown) => {},
  change: (_value: unknown) => {},
  reads: 0,
}));
vi.mock('../platform/storage', () => ({
  readKey: () => {
    storage.reads++;
    return new Promise((resolve) => (storage.answer = resolve));
  },
  onKeyChanged: (_area: string, _key: string, listener: (value: unknown) => void) => {
    storage.change = listener;
    return () => {};
  },
}));

const { readListEarly, takeEarlyList } = await import('./early-list');

describe('the whole list read before the app runs', () => {
  beforeEach(() => {
    storage.reads = 0;
  });

  it('is not there when nothing asked for it (the app then reads the list itself)', () => {
    expect(takeEarlyList(() => {})).toBeUndefined();
  });

  it('gives what the read found, once, and passes later changes on', async () => {
    readListEarly();
    const changes: unknown[] = [];
    const list = takeEarlyList((value) => changes.push(value));
    expect(takeEarlyList(() => {})).toBeUndefined();
    storage.answer('read');
    await expect(list).resolves.toBe('read');
    storage.change('newer');
    expect(changes).toEqual(['newer']);
    expect(storage.reads).toBe(1);
  });

  it('gives a change seen before the read answered, not the older read', async () => {
    readListEarly();
    storage.change('changed while reading');
    const changes: unknown[] = [];
    const list = takeEarlyList((value) => changes.push(value));
    storage.answer('read');
    await expect(list).resolves.toBe('changed while reading');
    expect(changes).toEqual([]);
  });

  it('gives a change seen after the read answered but before the app took the list', async () => {
    readListEarly();
    storage.answer('read');
    await new Promise((resolve) => setTimeout(resolve, 0));
    storage.change('changed before the app asked');
    await expect(takeEarlyList(() => {})).resolves.toBe('changed before the app asked');
  });
});
