// Byte streams for the compact encoding: unsigned varints, packed bit fields and UTF-8 strings.
// The reader never throws on short input by itself: it records `overrun`, and the codec checks it
// once, so damaged data becomes one clear error instead of a crash somewhere inside.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class ByteWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  byte(value: number): void {
    this.room(1);
    this.buffer[this.length++] = value & 0xff;
  }

  /** Unsigned integer up to 2^53, 7 bits a byte. */
  uint(value: number): void {
    this.room(8);
    while (value >= 0x80) {
      this.buffer[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.buffer[this.length++] = value;
  }

  /** Unsigned integer, one byte below 255: indices compress better byte-aligned than as varints. */
  small(value: number): void {
    if (value < 255) return this.byte(value);
    this.byte(255);
    this.uint(value - 255);
  }

  bytes(value: Uint8Array): void {
    this.room(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }

  /** Length-prefixed UTF-8. */
  text(value: string): void {
    // Most values are short ASCII (labels, role names): copying them is far quicker than a
    // TextEncoder call each.
    if (value.length < 128 && /^[\x00-\x7f]*$/.test(value)) {
      this.room(value.length + 1);
      this.buffer[this.length++] = value.length;
      for (let i = 0; i < value.length; i++) this.buffer[this.length++] = value.charCodeAt(i);
      return;
    }
    const bytes = encoder.encode(value);
    this.uint(bytes.length);
    this.bytes(bytes);
  }

  /** Length-prefixed bytes of another writer (a column). */
  section(writer: ByteWriter): void {
    const bytes = writer.finish();
    this.uint(bytes.length);
    this.bytes(bytes);
  }

  finish(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

export class ByteReader {
  private at = 0;
  overrun = false;

  constructor(private readonly buffer: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.buffer.length;
  }

  get length(): number {
    return this.buffer.length;
  }

  byte(): number {
    if (this.at >= this.buffer.length) {
      this.overrun = true;
      return 0;
    }
    return this.buffer[this.at++]!;
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
    this.overrun = true;
    return value;
  }

  small(): number {
    const b = this.byte();
    return b < 255 ? b : 255 + this.uint();
  }

  bytes(count: number): Uint8Array {
    if (this.at + count > this.buffer.length) {
      this.overrun = true;
      count = Math.max(0, this.buffer.length - this.at);
    }
    const slice = this.buffer.subarray(this.at, this.at + count);
    this.at += count;
    return slice;
  }

  /** Throws on invalid UTF-8 (only damaged data has it); the codec catches it. */
  text(): string {
    const bytes = this.bytes(this.uint());
    if (bytes.length < 64) {
      let ascii = '';
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i]! >= 0x80) return decoder.decode(bytes);
        ascii += String.fromCharCode(bytes[i]!);
      }
      return ascii;
    }
    return decoder.decode(bytes);
  }

  section(): ByteReader {
    return new ByteReader(this.bytes(this.uint()));
  }
}

/** Fixed-width unsigned fields packed back to back (ids of 30 bits, account ids of 40). */
export class BitWriter {
  private readonly out = new ByteWriter();
  private acc = 0;
  private bits = 0;

  /** `width` <= 48 bits of `value` (a non-negative integer). */
  write(value: number, width: number): void {
    for (let shift = width; shift > 0;) {
      const take = Math.min(shift, 8 - this.bits);
      shift -= take;
      const part = Math.floor(value / 2 ** shift) & ((1 << take) - 1);
      this.acc = (this.acc << take) | part;
      this.bits += take;
      if (this.bits === 8) {
        this.out.byte(this.acc);
        this.acc = 0;
        this.bits = 0;
      }
    }
  }

  finish(): ByteWriter {
    if (this.bits > 0) this.out.byte(this.acc << (8 - this.bits));
    this.acc = 0;
    this.bits = 0;
    return this.out;
  }
}

export class BitReader {
  private acc = 0;
  private bits = 0;

  constructor(private readonly bytes: ByteReader) {}

  read(width: number): number {
    let value = 0;
    let need = width;
    while (need > 0) {
      if (this.bits === 0) {
        this.acc = this.bytes.byte();
        this.bits = 8;
      }
      if (need >= this.bits) {
        // The rest of this byte (all of it, mostly: ids and accounts read whole bytes in a row).
        value = value * (1 << this.bits) + (this.acc & ((1 << this.bits) - 1));
        need -= this.bits;
        this.bits = 0;
      } else {
        this.bits -= need;
        value = value * (1 << need) + ((this.acc >> this.bits) & ((1 << need) - 1));
        need = 0;
      }
    }
    return value;
  }

  get overrun(): boolean {
    return this.bytes.overrun;
  }
}
