// The column kinds of the compact encoding (compact-codec.ts): recurring strings, labels made of
// recurring words, and timestamps. Each writer has a reader that undoes it exactly.
import { ByteReader, ByteWriter } from './bytes';

export class CodecError extends Error {}
/** Written by a newer Switchyard: not damage, and not to be overwritten. */
export class NewerLayoutError extends CodecError {}

// Separators kept as tokens of their own, so a label is exactly the concatenation of its tokens.
const TOKEN_SPLIT = /([-_ /().:@,+]+)/;

/** A column of recurring strings: each value is the previous row's, one seen before, or new. */
export class CategoryWriter {
  private readonly seen = new Map<string, number>();
  private previous: string | undefined;
  readonly index = new ByteWriter();
  readonly literals = new ByteWriter();

  /** 0: absent; 1: same as the previous row (roles of one account share region, group…);
   *  k + 2: the k-th value seen; seen + 2: a new value, spelled out in literals. */
  write(value: string | undefined): void {
    const previous = this.previous;
    this.previous = value;
    if (value === undefined) return this.index.small(0);
    if (value === previous) return this.index.small(1);
    const known = this.seen.get(value);
    if (known !== undefined) return this.index.small(known + 2);
    this.seen.set(value, this.seen.size);
    this.index.small(this.seen.size + 1);
    this.literals.text(value);
  }

  sections(): ByteWriter[] {
    return [this.index, this.literals];
  }
}

export class CategoryReader {
  private readonly seen: string[] = [];
  private readonly index: ByteReader;
  private readonly literals: ByteReader;

  constructor(next: () => ByteReader) {
    this.index = next();
    this.literals = next();
  }

  private previous: string | undefined;

  read(): string | undefined {
    this.previous = this.value(this.index.small());
    return this.previous;
  }

  private value(k: number): string | undefined {
    if (k === 0) return undefined;
    if (k === 1) return this.previous;
    if (k < this.seen.length + 2) return this.seen[k - 2];
    if (k !== this.seen.length + 2) throw new CodecError('category index out of range');
    const value = this.literals.text();
    this.seen.push(value);
    return value;
  }

  get overrun(): boolean {
    return this.index.overrun || this.literals.overrun;
  }
}

/** Labels as recurring words and separators: the leading words shared with the previous label
 *  (the account's name, mostly) are counted, not repeated. */
export class TokenWriter {
  private readonly words = new CategoryWriter();
  readonly shared = new ByteWriter();
  private previous: string[] = [];

  write(text: string): void {
    const tokens = text.split(TOKEN_SPLIT).filter(Boolean);
    let same = 0;
    while (same < tokens.length && tokens[same] === this.previous[same]) same++;
    this.shared.uint(same);
    for (const token of tokens.slice(same)) this.words.write(token);
    this.words.write(undefined);
    this.previous = tokens;
  }

  sections(): ByteWriter[] {
    return [this.shared, ...this.words.sections()];
  }
}

export class TokenReader {
  private readonly shared: ByteReader;
  private readonly words: CategoryReader;
  private readonly previous: string[] = [];

  constructor(next: () => ByteReader) {
    this.shared = next();
    this.words = new CategoryReader(next);
  }

  read(): string {
    const same = this.shared.uint();
    // The previous label's words are reused in place: one array for the whole column.
    const tokens = this.previous;
    if (same > tokens.length) throw new CodecError('label refers to more words than the previous one has');
    tokens.length = same;
    for (let token = this.words.read(); token !== undefined; token = this.words.read()) {
      tokens.push(token);
      if (this.words.overrun) throw new CodecError('label column ends early');
    }
    return tokens.join('');
  }

  get overrun(): boolean {
    return this.shared.overrun || this.words.overrun;
  }
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
