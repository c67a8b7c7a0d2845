import { describe, expect, it } from 'vitest';
import { validateProfile } from '../profile/validate-profile';
import { generateIndependentEntries } from './generate-independent';

describe('generateIndependentEntries (the issue #18 list the codec was not tuned on)', () => {
  it('gives exactly the same list for the same seed, and another for another seed', () => {
    expect(generateIndependentEntries(300, 7)).toEqual(generateIndependentEntries(300, 7));
    expect(generateIndependentEntries(30, 7)).not.toEqual(generateIndependentEntries(30, 8));
  });

  it('is what the issue describes: a random account and colour per entry, eight role names, labels <project>-<env>-<n>', () => {
    const entries = generateIndependentEntries(2000, 42);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2000);
    expect(new Set(entries.map((e) => e.account)).size).toBeGreaterThan(1990);
    expect(new Set(entries.map((e) => e.color)).size).toBeGreaterThan(1990);
    expect(new Set(entries.map((e) => e.roleName)).size).toBe(8);
    entries.forEach((entry, i) => {
      expect(entry.label).toMatch(new RegExp(`^[a-z]+-[a-z]+-${i + 1}$`));
      expect(entry.account).toMatch(/^\d{12}$/);
      expect(entry.color).toMatch(/^[0-9a-f]{6}$/);
      const { id: _id, ...fields } = entry;
      expect(validateProfile(fields as unknown as Record<string, string>).errors, entry.label).toEqual([]);
    });
  });
});
