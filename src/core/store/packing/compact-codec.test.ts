import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateEntries } from '../../testing/generate-entries';
import { generateIndependentEntries } from '../../testing/generate-independent';
import { CodecError, CODEC_VERSION, decodeCompact, encodeCompact, type CodecInput } from './compact-codec';
import { decodeStore, packColumns } from './store-codec';

const roundTrip = (data: CodecInput) => decodeCompact(encodeCompact(data));

describe('compact encoding', () => {
  it('gives back a realistic list exactly, entry by entry and field by field', () => {
    const entries = generateEntries(2000, 7);
    const data = { version: 2, entries, favourites: [entries[3]!.id], groups: { Retail: { production: true } }, settings: { theme: 'dark' }, deleted: { abcdefg: 1_700_000_000_000 } };
    expect(roundTrip(data)).toEqual(data);
  });

  it('keeps what its columns do not model: old UUID ids, account aliases, SSO, images, unknown fields, odd types', () => {
    const entries = [
      { id: '0b6f7a0e-5b7c-4a8e-9f43-2d1c0c0a1b2c', label: 'Old', account: 'my-alias', roleName: 'Admin', rolePath: '/', partition: 'aws' },
      { id: 'abc1234', label: 'SSO', account: '000000000001', roleName: 'R', rolePath: '/', partition: 'aws', sso: { startUrl: 'https://d-1.awsapps.com/start', accountId: '000000000001', permissionSet: 'P' }, image: 'https://x/y.png', base: 'corp', futureField: [1, { a: 2 }] },
      { id: 'abc1235', label: 'Odd', account: '000000000001', roleName: 'R', rolePath: '/', partition: 'aws', production: false, consoleSwitchable: true, updatedAt: 12.5 },
      { id: 'abc1236', label: 'Ms', account: '999999999999', roleName: 'R', rolePath: '/', partition: 'aws', updatedAt: 1_700_000_000_123, consoleSwitchable: false },
    ];
    expect(roundTrip({ version: 2, entries }).entries).toEqual(entries);
  });

  it('keeps text outside ASCII, emoji included, in labels and display names', () => {
    const entries = [
      { id: 'aaaaaaa', label: '本番 😀 admin', displayName: '本番 😀 管理者', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' },
      { id: 'aaaaaab', label: '😀', displayName: '😁', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' },
    ];
    expect(roundTrip({ version: 2, entries }).entries).toEqual(entries);
  });

  it('gives back a list made without the codec in mind (random account and colour per entry)', () => {
    const entries = generateIndependentEntries(2000, 3);
    expect(roundTrip({ version: 2, entries }).entries).toEqual(entries);
  });

  it('keeps colours as they were written, lower-case hex as bytes and anything else as text', () => {
    const colours = ['d13212', '000000', 'ffffff', 'D13212', '#d13212', 'red', 'd1321', 'd13212', '0a0b0c'];
    const entries = colours.map((color, i) => ({ id: `abc12${i}x`, label: `c-${i}`, account: '123456789012', roleName: 'R', rolePath: '/', partition: 'aws', color }));
    expect(roundTrip({ version: 2, entries }).entries).toEqual(entries);
  });

  it('writes the current layout, numbered in its first byte', () => {
    expect(CODEC_VERSION).toBe(2);
    expect(encodeCompact({ version: 2, entries: [] })[0]![0]).toBe(CODEC_VERSION);
  });

  it('encodes an empty list', () => {
    expect(roundTrip({ version: 2, entries: [] })).toEqual({ version: 2, entries: [], deleted: {} });
  });

  it('refuses a layout it does not know, and columns that end early, with a CodecError', () => {
    const columns = encodeCompact({ version: 2, entries: generateEntries(50, 1) });
    const newer = columns.map((c) => c.slice());
    newer[0]![0] = 99;
    expect(() => decodeCompact(newer)).toThrow(CodecError);
    const cut = columns.map((c, i) => (i === 3 ? c.slice(0, 10) : c));
    expect(() => decodeCompact(cut)).toThrow(CodecError);
    expect(() => decodeCompact(columns.slice(0, 5))).toThrow(CodecError);
  });

  it('turns any damage that passes the checksum into an error as data, never a throw', async () => {
    const columns = encodeCompact({ version: 2, entries: [...generateEntries(40, 5), ...generateIndependentEntries(40, 5)], deleted: { abcdefg: 1_700_000_000_000 } });
    await fc.assert(fc.asyncProperty(
      fc.nat(columns.length - 1), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean(),
      async (column, at, value, cut) => {
        const damaged = columns.map((c) => c.slice());
        const target = damaged[column]!;
        if (cut) damaged[column] = target.slice(0, target.length === 0 ? 0 : at % target.length);
        else if (target.length > 0) target[at % target.length] = value;
        const decoded = await decodeStore(await packColumns(damaged, 80));
        expect(typeof decoded.ok).toBe('boolean');
      },
    ), { numRuns: 300 });
    await fc.assert(fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 50 }), async (foreign) => {
      expect(typeof (await decodeStore(await packColumns(foreign, 0))).ok).toBe('boolean');
    }), { numRuns: 300 });
  });
});
