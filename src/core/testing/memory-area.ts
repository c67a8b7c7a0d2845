// An in-memory storage area for unit tests: JSON in, JSON out like the browser's, the sync
// quotas when asked for (bytes, bytes per item, item count, writes per minute), and hooks that
// make a call fail or apply only part of a write, to test every fault the store must survive.
import type { StorageAreaLike } from '../store/area';
import { itemBytes, SYNC_QUOTA } from '../store/packing/sync-layout';

type Quota = { bytes: number; bytesPerItem: number; items: number; writesPerMinute: number };
type Call = { kind: 'set'; items: Record<string, unknown> } | { kind: 'remove'; keys: string[] };
/** Decides a call's fate: undefined runs it; an Error fails it untouched; 'partial' applies the
 *  first half of a set's items and then fails (a browser that is not atomic, a crash). */
export type Fault = (call: Call, index: number) => Error | 'partial' | undefined;
export type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export class MemoryArea implements StorageAreaLike {
  items: Record<string, unknown> = {};
  /** Every call that wrote, in order. */
  readonly calls: Call[] = [];
  fault?: Fault;
  private readonly writes: number[] = [];
  private readonly listeners = new Set<(changes: Changes) => void>();

  constructor(private readonly quota?: Quota, private readonly clock: () => number = Date.now) {}

  static sync(clock?: () => number): MemoryArea {
    return new MemoryArea({ ...SYNC_QUOTA }, clock);
  }

  onChanged(listener: (changes: Changes) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    await tick();
    const wanted = keys === null ? Object.keys(this.items) : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((key) => key in this.items).map((key) => [key, clone(this.items[key])]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await tick();
    const call: Call = { kind: 'set', items: clone(items) };
    const fate = this.fault?.(call, this.calls.length);
    this.calls.push(call);
    if (fate instanceof Error) throw fate;
    const entries = Object.entries(call.items);
    if (fate === 'partial') {
      this.apply(Object.fromEntries(entries.slice(0, Math.ceil(entries.length / 2))));
      throw new Error('write interrupted');
    }
    this.checkQuota(call.items);
    this.apply(call.items);
  }

  async remove(keys: string | string[]): Promise<void> {
    await tick();
    const call: Call = { kind: 'remove', keys: typeof keys === 'string' ? [keys] : [...keys] };
    const fate = this.fault?.(call, this.calls.length);
    this.calls.push(call);
    if (fate instanceof Error) throw fate;
    this.countWrite();
    const changes: Changes = {};
    for (const key of call.keys) {
      if (!(key in this.items)) continue;
      changes[key] = { oldValue: this.items[key] };
      delete this.items[key];
    }
    this.emit(changes);
  }

  bytesInUse(): number {
    return Object.entries(this.items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  }

  private checkQuota(items: Record<string, unknown>): void {
    if (!this.quota) return;
    const after = { ...this.items, ...items };
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > this.quota.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    if (Object.keys(after).length > this.quota.items) throw new Error('MAX_ITEMS quota exceeded');
    if (Object.entries(after).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0) > this.quota.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.countWrite();
  }

  private countWrite(): void {
    if (!this.quota) return;
    const now = this.clock();
    while (this.writes.length > 0 && now - this.writes[0]! >= 60_000) this.writes.shift();
    if (this.writes.length >= this.quota.writesPerMinute) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    this.writes.push(now);
  }

  private apply(items: Record<string, unknown>): void {
    const changes: Changes = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.items[key], newValue: value };
      this.items[key] = value;
    }
    this.emit(changes);
  }

  private emit(changes: Changes): void {
    if (Object.keys(changes).length > 0) for (const listener of this.listeners) listener(clone(changes));
  }
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * One browser's view of a sync area shared with others, whose delivery to it can be partial (sync
 * delivers the items of another browser's write in any order): while `held(key)` is true, that
 * key reads as it was when holding began (absent if it was), as if its new value had not arrived
 * yet. Writes go to the shared area.
 */
export class DelayedView implements StorageAreaLike {
  private arrived: Record<string, unknown> = {};
  private held: (key: string) => boolean = () => false;

  constructor(readonly shared: MemoryArea) {}

  /** From now on, keys for which `held` is true stay as they are now in this view. */
  hold(held: (key: string) => boolean): void {
    this.arrived = clone(this.shared.items);
    this.held = held;
  }

  /** Everything arrives. */
  deliver(): void {
    this.held = () => false;
  }

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    const all = await this.shared.get(null);
    for (const key of Object.keys(all)) if (this.held(key)) delete all[key];
    for (const [key, value] of Object.entries(this.arrived)) if (this.held(key)) all[key] = clone(value);
    const wanted = keys === null ? Object.keys(all) : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((key) => key in all).map((key) => [key, all[key]]));
  }

  set(items: Record<string, unknown>): Promise<void> {
    return this.shared.set(items);
  }

  remove(keys: string | string[]): Promise<void> {
    return this.shared.remove(keys);
  }
}
