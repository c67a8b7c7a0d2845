// Labels in the compact encoding. A label is cut into words, numbers and the separators between
// them; what is kept is its shape ("w-w-n" for "payments-prod-3"), the words, and the numbers:
//  - the shape is a recurring string: a list's labels follow a few patterns, so it costs next
//    to nothing, and the separators with it;
//  - the leading words (and numbers) shared with the previous label are counted, not repeated
//    (the roles of one account, listed together, share its name);
//  - the other words are recurring strings ("prod", "admin"), one table of them, but coded in a
//    stream by their place in the label: first words are applications, second ones environments,
//    and each stream compresses better alone (2–3 % more entries fit);
//  - numbers are the difference from the previous number, so "app-dev-1", "app-dev-2"… cost
//    nothing, where spelled out each would be a new word.
import { ByteReader, ByteWriter } from './bytes';
import { CategoryReader, CategoryWriter, CodecError } from './codec-columns';

// A run of separators, or a word between them. No letter is a separator, so the slots of a
// shape can be written as the letters w (word) and n (number).
const SEPARATORS = /([-_ /().:@,+]+)/;
const SHAPE_PART = /[-_ /().:@,+]+|[wn]/g;
/** Numbers that come back as the same text: no leading zero, exact as a double. */
const NUMBER = /^(?:0|[1-9]\d{0,14})$/;

/** Words go to a stream by their place in the label (first, second, third, the rest). */
const WORD_STREAMS = 4;
const streamOf = (slot: number) => (slot < WORD_STREAMS ? slot : WORD_STREAMS - 1);

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

export class LabelWriter {
  private readonly shapes = new CategoryWriter();
  private readonly shared = new ByteWriter();
  private readonly words = new CategoryWriter(WORD_STREAMS);
  private readonly numbers = new ByteWriter();
  private previous: string[] = [];
  private lastNumber = 0;

  write(label: string): void {
    const parts = label.split(SEPARATORS);
    const slots: string[] = [];
    let shape = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      // Odd parts are the separators split() keeps; even ones the words between (empty only at
      // either end of the label).
      if (i % 2 === 1) shape += part;
      else if (part !== '') {
        shape += NUMBER.test(part) ? 'n' : 'w';
        slots.push(part);
      }
    }
    this.shapes.write(shape);
    let same = 0;
    while (same < slots.length && slots[same] === this.previous[same]) same++;
    this.shared.uint(same);
    for (let i = same; i < slots.length; i++) {
      const slot = slots[i]!;
      if (NUMBER.test(slot)) {
        const n = Number(slot);
        this.numbers.uint(zigzag(n - this.lastNumber));
        this.lastNumber = n;
      } else this.words.write(slot, streamOf(i));
    }
    this.previous = slots;
  }

  sections(): ByteWriter[] {
    return [...this.shapes.sections(), this.shared, ...this.words.sections(), this.numbers];
  }
}

export class LabelReader {
  private readonly shapes: CategoryReader;
  private readonly shared: ByteReader;
  private readonly words: CategoryReader;
  private readonly numbers: ByteReader;
  /** Each shape parsed once: its parts, with null for a word and 0 for a number. */
  private readonly parsed = new Map<string, Array<string | null | 0>>();
  private previous: string[] = [];
  private lastNumber = 0;

  constructor(next: () => ByteReader) {
    this.shapes = new CategoryReader(next);
    this.shared = next();
    this.words = new CategoryReader(next, WORD_STREAMS);
    this.numbers = next();
  }

  read(): string {
    const shape = this.shapes.read();
    if (shape === undefined) throw new CodecError('label without a shape');
    const parts = this.parse(shape);
    const same = this.shared.uint();
    const slots: string[] = [];
    let label = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        label += part;
        continue;
      }
      let slot: string | undefined;
      if (slots.length < same) slot = this.previous[slots.length];
      else if (part === 0) {
        this.lastNumber += unzigzag(this.numbers.uint());
        slot = String(this.lastNumber);
      } else slot = this.words.read(streamOf(slots.length));
      if (slot === undefined) throw new CodecError('label refers to a word it does not have');
      slots.push(slot);
      label += slot;
    }
    if (same > slots.length) throw new CodecError('label shares more words than it has');
    this.previous = slots;
    return label;
  }

  private parse(shape: string): Array<string | null | 0> {
    let parts = this.parsed.get(shape);
    if (parts) return parts;
    const found = shape.match(SHAPE_PART) ?? [];
    if (found.join('') !== shape) throw new CodecError('label shape is damaged');
    parts = found.map((part) => (part === 'w' ? null : part === 'n' ? 0 : part));
    this.parsed.set(shape, parts);
    return parts;
  }

  get overrun(): boolean {
    return this.shapes.overrun || this.shared.overrun || this.words.overrun || this.numbers.overrun;
  }
}
