import { describe, expect, it } from 'vitest';
import { validateProfile } from '../profile/validate-profile';
import { generateEntries } from './generate-entries';

describe('generateEntries (benchmark and test data)', () => {
  it('gives exactly the same list for the same seed', () => {
    expect(generateEntries(500, 7)).toEqual(generateEntries(500, 7));
  });

  it('gives a different list for another seed', () => {
    expect(generateEntries(50, 7)).not.toEqual(generateEntries(50, 8));
  });

  it('makes entries a user could have saved: valid, with unique ids and 12-digit account ids', () => {
    const entries = generateEntries(2000, 42);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2000);
    for (const entry of entries) {
      const { id: _id, group: _g, updatedAt: _u, production: _p, base: _b, ...fields } = entry;
      expect(validateProfile(fields as unknown as Record<string, string>).errors, entry.label).toEqual([]);
    }
    expect(entries.filter((e) => /^\d{12}$/.test(e.account)).length).toBeGreaterThan(1500);
  });
});
