import type { CoreIssue } from './issue';
import type { Profile } from './profile';
import { validateProfile } from './validate-profile';

/**
 * Reads the saved list back from storage. Storage can hold anything (an older version, a hand
 * edit, a bug): each entry is validated again; an entry that no longer validates is kept out of
 * the list and reported, never thrown on.
 */
export function readStoredProfiles(value: unknown): { profiles: Profile[]; issues: CoreIssue[] } {
  if (value === undefined) return { profiles: [], issues: [] };
  if (!Array.isArray(value)) {
    return { profiles: [], issues: [{ code: 'errStoredListUnreadable', message: 'The saved role list is not a list; it was left untouched.' }] };
  }
  const profiles: Profile[] = [];
  const issues: CoreIssue[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '' || seen.has(id)) {
      issues.push({ code: 'errStoredEntryUnreadable', params: [String(index + 1)], message: `Saved entry ${index + 1} has no usable id; it was skipped.` });
      return;
    }
    const draft = Object.fromEntries(
      Object.entries(item as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    const { value: valid, errors } = validateProfile(draft);
    if (!valid) {
      issues.push({ code: 'errStoredEntryInvalid', params: [String(index + 1)], message: `Saved entry ${index + 1} is no longer valid: ${errors.map((e) => e.message).join(' ')}` });
      return;
    }
    seen.add(id);
    profiles.push({ ...valid, id });
  });
  return { profiles, issues };
}
