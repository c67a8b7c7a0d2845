// The column kinds of the compact encoding (compact-codec.ts): recurring strings and timestamps
// (labels have their own, label-columns.ts). Each writer has a reader that undoes it exactly.
import { ByteReader, ByteWriter } from './bytes';

export class CodecError extends Error {}
/** Written by a newer Switchyard: not damage, and not to be overwritten. */
export class NewerLayoutError extends CodecError {}

const HEX6 = /^[0-9a-f]{6}$/;

/** A column of recurring strings: each value is absent, the previous row's, one seen before, or
 *  new. New values are spelled out, colours (six lower-case hex digits) as their three bytes.
 *  The codes may go to several streams with one table of values (a label's first word is an
 *  application, its second an environment: each stream's codes compress better on their own). */
export class CategoryWriter {
  private readonly seen = new Map<string, number>();
  private readonly previous: Array<string | undefined>;
  private readonly indexes: ByteWriter[];
  readonly literals = new ByteWriter();
  readonly hex = new ByteWriter();

  constructor(streams = 1) {
    this.indexes = Array.from({ length: streams }, () => new ByteWriter());
    this.previous = new Array<string | undefined>(streams).fill(undefined);
  }

  /** 0: absent; 1: same as the previous row (roles of one account share region, group…);
   *  2: new, in literals; 3: new colour, in hex; k + 4: the k-th value seen. A new value has one
   *  code whatever the table's size: a column of values that never recur (a random colour per
   *  entry) is then one repeated byte, which deflate removes, beside the values themselves. */
  write(value: string | undefined, stream = 0): void {
    const index = this.indexes[stream]!;
    const previous = this.previous[stream];
    this.previous[stream] = value;
    if (value === undefined) return index.small(0);
    if (value === previous) return index.small(1);
    const known = this.seen.get(value);
    if (known !== undefined) return index.small(known + 4);
    this.seen.set(value, this.seen.size);
    if (HEX6.test(value)) {
      index.small(3);
      const n = parseInt(value, 16);
      this.hex.byte(n >>> 16);
      this.hex.byte(n >>> 8);
      this.hex.byte(n);
    } else {
      index.small(2);
      this.literals.text(value);
    }
  }

  sections(): ByteWriter[] {
    return [...this.indexes, this.literals, this.hex];
  }
}

export class CategoryReader {
  private readonly seen: string[] = [];
  private readonly indexes: ByteReader[];
  private readonly literals: ByteReader;
  private readonly hex: ByteReader;
  private readonly previous: Array<string | undefined>;

  constructor(next: () => ByteReader, streams = 1) {
    this.indexes = Array.from({ length: streams }, next);
    this.literals = next();
    this.hex = next();
    this.previous = new Array<string | undefined>(streams).fill(undefined);
  }

  read(stream = 0): string | undefined {
    const value = this.value(this.indexes[stream]!.small(), this.previous[stream]);
    this.previous[stream] = value;
    return value;
  }

  private value(k: number, previous: string | undefined): string | undefined {
    if (k === 0) return undefined;
    if (k === 1) return previous;
    if (k >= 4) {
      const value = this.seen[k - 4];
      if (value === undefined) throw new CodecError('category index out of range');
      return value;
    }
    const value = k === 2 ? this.literals.text() : hexText(this.hex.byte(), this.hex.byte(), this.hex.byte());
    this.seen.push(value);
    return value;
  }

  get overrun(): boolean {
    return this.indexes.some((index) => index.overrun) || this.literals.overrun || this.hex.overrun;
  }
}

const HEX_DIGITS = '0123456789abcdef';
function hexText(a: number, b: number, c: number): string {
  return HEX_DIGITS[a >> 4]! + HEX_DIGITS[a & 15]! + HEX_DIGITS[b >> 4]! + HEX_DIGITS[b & 15]! + HEX_DIGITS[c >> 4]! + HEX_DIGITS[c & 15]!;
}

/** Length of the common prefix, never ending inside a surrogate pair. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  if (n > 0 && n < a.length && /[\ud800-\udbff]/.test(a[n - 1]!)) n--;
  return n;
}

/** Timestamps: those shared by several entries (an import) in a small table, most used first;
 *  the others spelled out. Whole seconds when every time is one. */
export class TimeWriter {
  private readonly unit: number;
  private readonly base: number;
  private readonly shared: Map<number, number>;
  readonly unique = new ByteWriter();

  constructor(times: number[]) {
    this.unit = times.every((t) => t % 1000 === 0) ? 1000 : 1;
    this.base = times.length > 0 ? Math.min(...times) : 0;
    const counts = new Map<number, number>();
    for (const t of times) counts.set(t, (counts.get(t) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([t]) => t);
    this.shared = new Map(shared.map((t, i) => [t, i]));
  }

  /** 0: no time; 1: spelled out in `unique`; k + 2: the k-th shared time. */
  write(time: number | undefined, index: ByteWriter): void {
    if (time === undefined) return index.small(0);
    const k = this.shared.get(time);
    if (k !== undefined) return index.small(k + 2);
    index.small(1);
    this.unique.uint((time - this.base) / this.unit);
  }

  header(): ByteWriter {
    const column = new ByteWriter();
    column.uint(this.unit);
    column.uint(this.base / this.unit);
    column.uint(this.shared.size);
    for (const t of this.shared.keys()) column.uint((t - this.base) / this.unit);
    return column;
  }
}

export class TimeReader {
  private readonly unit: number;
  private readonly base: number;
  private readonly shared: number[] = [];
  readonly unique: ByteReader;

  constructor(next: () => ByteReader) {
    const column = next();
    this.unique = next();
    this.unit = column.uint();
    if (this.unit !== 1 && this.unit !== 1000) throw new CodecError('time unit');
    this.base = column.uint() * this.unit;
    const count = column.uint();
    for (let i = 0; i < count && !column.overrun; i++) this.shared.push(this.base + column.uint() * this.unit);
    if (column.overrun) throw new CodecError('time table ends early');
  }

  read(index: ByteReader): number | undefined {
    const k = index.small();
    if (k === 0) return undefined;
    if (k === 1) return this.base + this.unique.uint() * this.unit;
    const time = this.shared[k - 2];
    if (time === undefined) throw new CodecError('time index out of range');
    return time;
  }
}
