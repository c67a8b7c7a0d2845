import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { bytesToText91, TEXT91_ALPHABET, text91Length, text91ToBytes } from './text91';

const random = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (Math.imul(i + seed, 2654435761) >>> 13) & 0xff);

describe('quota-safe text', () => {
  it('uses 91 printable ASCII characters, none that JSON or Chrome escape', () => {
    expect(TEXT91_ALPHABET).toHaveLength(91);
    for (const c of TEXT91_ALPHABET) expect(JSON.stringify(c)).toBe(`"${c}"`);
    expect(TEXT91_ALPHABET).not.toMatch(/[<"\\\s]/);
  });

  it('gives back the bytes exactly, for every length around the 13-bit boundary', () => {
    for (let n = 0; n < 60; n++) {
      const bytes = random(n, n);
      const text = bytesToText91(bytes);
      expect(text).toHaveLength(text91Length(n));
      expect(text91ToBytes(text, n)).toEqual(bytes);
    }
  });

  it('costs about 1.23 characters per byte', () => {
    expect(bytesToText91(random(80_000)).length / 80_000).toBeLessThan(1.231);
  });

  it('refuses text with a foreign character or the wrong length', () => {
    const text = bytesToText91(random(100));
    expect(text91ToBytes(`${text.slice(0, 10)}"${text.slice(11)}`, 100)).toBeUndefined();
    expect(text91ToBytes(text.slice(0, -2), 100)).toBeUndefined();
  });
});

describe('crc32', () => {
  it('matches the standard check value', () => expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926));
});
