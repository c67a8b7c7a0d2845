import { describe, expect, it } from 'vitest';
import { generateEntries } from '../../testing/generate-entries';
import { CodecError, decodeCompact, encodeCompact, type CodecInput } from './compact-codec';

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
});
