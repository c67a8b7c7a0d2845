import { coreIssue, type CoreIssue } from '../issues/issue';
import { switchRoleName, type Profile } from './profile';

/** A case-only conflict, naming the two profiles so the UI can point at them. */
export interface CaseConflictIssue extends CoreIssue {
  ids: [string, string];
}

/**
 * IAM treats role names as unique regardless of case but the switch form needs the exact case, so
 * two entries that differ only in case are almost certainly one typo. We only warn: merging or
 * re-casing either entry could silently break the one that was right.
 */
export function findCaseConflicts(profiles: readonly Profile[]): CaseConflictIssue[] {
  const groups = new Map<string, Profile[]>();
  for (const profile of profiles) {
    const role = switchRoleName(profile.rolePath, profile.roleName);
    const key = [profile.partition, profile.account, role.toLowerCase()].join('\n');
    groups.set(key, [...(groups.get(key) ?? []), profile]);
  }
  const issues: CaseConflictIssue[] = [];
  for (const group of groups.values()) {
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) {
        const roleA = switchRoleName(a.rolePath, a.roleName);
        const roleB = switchRoleName(b.rolePath, b.roleName);
        if (roleA === roleB) continue;
        issues.push({ ...coreIssue('warnRoleCaseOnly', [a.label, b.label, roleA, roleB]), ids: [a.id, b.id] });
      }
    });
  }
  return issues;
}
