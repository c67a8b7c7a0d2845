import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRaw } from './deflate';

const sample = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + (i >> 5)) % 251);

describe('deflateRaw / inflateRaw', () => {
  it('give the bytes back, small and large (output in several pieces)', async () => {
    for (const length of [1, 100, 100_000]) {
      const bytes = sample(length);
      expect(await inflateRaw(await deflateRaw(bytes))).toEqual(bytes);
    }
  });

  it('inflate a view into a larger buffer, reading only the view', async () => {
    const packed = await deflateRaw(sample(1000));
    const larger = new Uint8Array(packed.length + 20).fill(0xff);
    larger.set(packed, 10);
    expect(await inflateRaw(larger.subarray(10, 10 + packed.length))).toEqual(sample(1000));
  });

  // (Bytes after the end of the stream: Chromium rejects them, Node 20 ignores them; the manifest's
  // CRC-32 over the packed bytes refuses them before inflating either way.)
  it('reject damaged or truncated input instead of giving something back', async () => {
    const packed = await deflateRaw(sample(5000));
    await expect(inflateRaw(Uint8Array.from([0xff, 0xff, 0xff, 0xff]))).rejects.toThrow();
    await expect(inflateRaw(packed.subarray(0, packed.length >> 1))).rejects.toThrow();
  });
});
