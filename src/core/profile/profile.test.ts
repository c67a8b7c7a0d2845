import { describe, expect, it } from 'vitest';
import { roleNameForSwitch, switchDisplayName } from './profile';

describe('roleNameForSwitch', () => {
  it('is the path without its leading slash plus the name', () => {
    expect(roleNameForSwitch({ rolePath: '/team/', roleName: 'Admin' })).toBe('team/Admin');
    expect(roleNameForSwitch({ rolePath: '/a/b/', roleName: 'x' })).toBe('a/b/x');
  });
  it('is just the name for the root path, case kept', () =>
    expect(roleNameForSwitch({ rolePath: '/', roleName: 'aDmIn' })).toBe('aDmIn'));
});

describe('switchDisplayName', () => {
  it('uses the display name when set, else the label', () => {
    expect(switchDisplayName({ label: 'L', displayName: 'D' })).toBe('D');
    expect(switchDisplayName({ label: 'L' })).toBe('L');
    expect(switchDisplayName({ label: 'L', displayName: '  ' })).toBe('L');
  });
  it('cuts to 64 characters (63 and 64 untouched, 65 cut)', () => {
    expect(switchDisplayName({ label: 'x'.repeat(63) })).toHaveLength(63);
    expect(switchDisplayName({ label: 'x'.repeat(64) })).toHaveLength(64);
    expect(switchDisplayName({ label: 'x'.repeat(65) })).toBe('x'.repeat(64));
  });
  it('never splits a surrogate pair when cutting', () => {
    const cut = switchDisplayName({ label: 'a' + '😀'.repeat(70) });
    expect(Array.from(cut)).toHaveLength(64);
    expect(cut.endsWith('😀')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

