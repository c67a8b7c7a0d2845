import { describe, expect, it } from 'vitest';
import { ByteReader } from './bytes';
import { CodecError } from './codec-columns';
import { LabelReader, LabelWriter } from './label-columns';

function roundTrip(labels: string[]): string[] {
  const writer = new LabelWriter();
  labels.forEach((label) => writer.write(label));
  const sections = writer.sections().map((s) => s.finish());
  let at = 0;
  const reader = new LabelReader(() => new ByteReader(sections[at++] ?? new Uint8Array()));
  const out = labels.map(() => reader.read());
  expect(reader.overrun).toBe(false);
  return out;
}

const sizeOf = (labels: string[]) => {
  const writer = new LabelWriter();
  labels.forEach((label) => writer.write(label));
  return writer.sections().reduce((sum, s) => sum + s.finish().length, 0);
};

describe('labels as shapes, words and numbers', () => {
  it('gives back every label exactly, whatever its separators, numbers and letters', () => {
    const labels = [
      'payments-prod-admin', 'payments-prod-readonly', 'payments-prod (AdministratorAccess)', 'atlas-dev-1', 'atlas-dev-2', 'zephyr-prod-3',
      '', '-', '--lead', 'trail-', ' spaced  out ', 'w', 'n', 'wn-nw', '0', '007', 'v2', '2', '-1', 'a-1-b-2', '3', '1',
      '999999999999999', '1000000000000000', '12345678901234567890', 'app-10', 'app-9', 'a.b:c@d,e+f(g)h/i_j', '本番 😀 admin', '😀-1',
    ];
    expect(roundTrip(labels)).toEqual(labels);
  });

  it('numbers that follow each other cost next to nothing ("atlas-dev-1", "atlas-dev-2", …)', () => {
    const counted = Array.from({ length: 1000 }, (_, i) => `app-dev-${i + 1}`);
    const same = Array.from({ length: 1000 }, () => 'app-dev-x');
    expect(roundTrip(counted)).toEqual(counted);
    // One count and one number byte a label, as for a repeated word: no word table of 1,000 numbers.
    expect(sizeOf(counted)).toBeLessThanOrEqual(sizeOf(same) + 1000 + 10);
  });

  it('refuses a label column that refers to words it does not have', () => {
    const writer = new LabelWriter();
    writer.write('a-b');
    const sections = writer.sections().map((s) => s.finish());
    sections[3] = new Uint8Array([9]); // the shared-word count: 9 words of a previous label that has none
    let at = 0;
    const reader = new LabelReader(() => new ByteReader(sections[at++]!));
    expect(() => reader.read()).toThrow(CodecError);
  });
});
