import { describe, expect, it } from 'vitest';
import { decodeImportBytes, formatSize, MAX_IMPORT_BYTES, prepareText } from './text-input';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeImportBytes', () => {
  it('reads UTF-8, and UTF-16 with a byte order mark (what PowerShell writes)', () => {
    expect(decodeImportBytes(new TextEncoder().encode('[profile 本番]'))).toEqual({ text: '[profile 本番]' });
    expect(decodeImportBytes(bytes(0xff, 0xfe, 0x5b, 0, 0x61, 0, 0x5d, 0))).toEqual({ text: '[a]' });
    expect(decodeImportBytes(bytes(0xfe, 0xff, 0, 0x5b, 0, 0x61, 0, 0x5d))).toEqual({ text: '[a]' });
  });

  it('refuses an archive, an image or a program picked by mistake', () => {
    for (const magic of [[0x50, 0x4b, 0x03, 0x04], [0x1f, 0x8b, 8], [0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46]]) {
      expect(decodeImportBytes(bytes(...magic, 1, 2, 3))).toMatchObject({ error: { code: 'errImportBinary' } });
    }
  });

  it('refuses more than the limit before decoding anything', () => {
    expect(decodeImportBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({ error: { code: 'errImportTooLarge', params: ['5.0 MB', '5 MB'] } });
  });
});

describe('prepareText', () => {
  it('names sizes as a person reads them', () => {
    expect([formatSize(500), formatSize(812 * 1024), formatSize(50 * 1024 * 1024)]).toEqual(['1 KB', '812 KB', '50.0 MB']);
  });

  it('lists up to five lines that held NUL characters', () => {
    const text = Array.from({ length: 7 }, (_, i) => `a${i}\u0000`).join('\n');
    expect(prepareText(text).warnings[0]!.params).toEqual(['1, 2, 3, 4, 5, …']);
  });

  it('treats a few odd control characters as text, but many as binary', () => {
    expect(prepareText(`[a]\n${'x'.repeat(100)}\u0001`).error).toBeUndefined();
    expect(prepareText('\u0001\u0002\u0003'.repeat(10)).error?.code).toBe('errImportBinary');
  });
});
