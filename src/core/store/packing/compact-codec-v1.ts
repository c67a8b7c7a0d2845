// The reader of layout 1 of the compact encoding (Switchyard before #18), kept so that a list an
// older version packed into storage.sync is read after an upgrade; the next save writes the
// current layout (compact-codec.ts). Frozen: fixtures/codec-v1.json is such a list, and
// codec-upgrade.test.ts reads it. Only the columns that changed in layout 2 have their own
// readers here (recurring strings numbered differently, labels as words without shapes); the rest
// of the decoding is layout 2's (compact-codec.ts decodeEntries).
import type { ByteReader } from './bytes';
import { CodecError } from './codec-columns';
import type { LayoutReaders } from './compact-codec';

/** Recurring strings: 0 absent, 1 the previous row's, k + 2 the k-th seen, seen + 2 a new one. */
class CategoryReaderV1 {
  private readonly seen: string[] = [];
  private readonly index: ByteReader;
  private readonly literals: ByteReader;
  private previous: string | undefined;

  constructor(next: () => ByteReader) {
    this.index = next();
    this.literals = next();
  }

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

/** Labels: the count of leading tokens shared with the previous label, then the others as
 *  recurring strings, ended by an absent one. */
class TokenReaderV1 {
  private readonly shared: ByteReader;
  private readonly words: CategoryReaderV1;
  private readonly previous: string[] = [];

  constructor(next: () => ByteReader) {
    this.shared = next();
    this.words = new CategoryReaderV1(next);
  }

  read(): string {
    const same = this.shared.uint();
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

/** Layout 1's readers of labels and recurring strings, for compact-codec.ts's decoder (every
 *  other column is read as in layout 2). */
export const LAYOUT_1_READERS: LayoutReaders = { Label: TokenReaderV1, Category: CategoryReaderV1 };
