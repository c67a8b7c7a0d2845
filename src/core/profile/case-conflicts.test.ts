import { describe, expect, it } from 'vitest';
import { findCaseConflicts } from './case-conflicts';
import type { Profile } from './profile';

let n = 0;
const p = (patch: Partial<Profile>): Profile =>
  ({ id: `p${++n}`, label: `L${n}`, account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', ...patch });

describe('findCaseConflicts', () => {
  it('warns when two entries differ only in the case of the role name', () => {
    const a = p({ roleName: 'Admin', label: 'A' });
    const b = p({ roleName: 'admin', label: 'B' });
    const issues = findCaseConflicts([a, b]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'warnRoleCaseOnly', params: ['A', 'B', 'Admin', 'admin'], ids: [a.id, b.id] });
  });
  it('warns when the path differs only in case', () =>
    expect(findCaseConflicts([p({ rolePath: '/Team/' }), p({ rolePath: '/team/' })])).toHaveLength(1));
  it('leaves the entries themselves untouched (never merged, never re-cased)', () => {
    const list = [p({ roleName: 'Admin' }), p({ roleName: 'ADMIN' })];
    const copy = structuredClone(list);
    findCaseConflicts(list);
    expect(list).toEqual(copy);
  });
  it('does not warn for exact duplicates', () => expect(findCaseConflicts([p({}), p({})])).toEqual([]));
  it('does not warn across accounts or partitions', () => {
    expect(findCaseConflicts([p({ account: '111111111111' }), p({ roleName: 'admin' })])).toEqual([]);
    expect(findCaseConflicts([p({ partition: 'aws-cn' }), p({ roleName: 'admin' })])).toEqual([]);
  });
  it('does not warn for genuinely different names', () =>
    expect(findCaseConflicts([p({ roleName: 'Admin' }), p({ roleName: 'Admins' })])).toEqual([]));
  it('reports every pair among three spellings', () =>
    expect(findCaseConflicts([p({ roleName: 'Admin' }), p({ roleName: 'admin' }), p({ roleName: 'ADMIN' })])).toHaveLength(3));
});
