import { describe, expect, it } from 'vitest';
import {
  accountIdFromDashed, codePointLength, isAccountAlias, isAccountId, normaliseRolePath, validateAccount,
  validateAccountAlias, validateRoleName, validateRolePath, validateSwitchRoleName,
} from './iam-names';
import { switchRoleName } from './profile';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('account ID', () => {
  it('accepts exactly 12 digits, leading zeros included', () => {
    expect(validateAccount('012345678901')).toEqual([]);
    expect(isAccountId('000000000001')).toBe(true);
  });
  it.each([[11, '01234567890'], [13, '0123456789012'], [1, '7']])(
    'rejects %i digits with the 12-digit message, not the alias one', (n, value) => {
      const issues = validateAccount(value);
      expect(codes(issues)).toEqual(['errAccountFormat']);
      expect(issues[0]!.params).toEqual([String(n)]);
      expect(issues[0]!.message).toBe(`Account ID must be exactly 12 digits (got ${n}).`);
    });
  it('asks for a value when empty', () => expect(codes(validateAccount(''))).toEqual(['errAccountRequired']));
  it('reads the dashed form the console shows', () => {
    expect(accountIdFromDashed('1234-5678-9012')).toBe('123456789012');
    expect(accountIdFromDashed('1234-5678-901')).toBeUndefined();
  });
});

describe('account alias rules, one by one', () => {
  it('accepts lowercase letters, digits and single inner hyphens', () => {
    expect(validateAccount('my-team-42')).toEqual([]);
    expect(isAccountAlias('abc')).toBe(true);
  });
  it('is 3 characters at least (2 fails, 3 passes)', () => {
    expect(codes(validateAccountAlias('ab'))).toEqual(['errAliasLength']);
    expect(validateAccountAlias('abc')).toEqual([]);
  });
  it('is 63 characters at most (63 passes, 64 fails)', () => {
    expect(validateAccountAlias('a'.repeat(63))).toEqual([]);
    const issues = validateAccountAlias('a'.repeat(64));
    expect(codes(issues)).toEqual(['errAliasLength']);
    expect(issues[0]!.params).toEqual(['64']);
  });
  it('has no uppercase letters', () => expect(codes(validateAccountAlias('MyTeam'))).toEqual(['errAliasChars']));
  it('has no characters other than letters, digits and hyphens, and names them', () => {
    const issues = validateAccountAlias('my team_1');
    expect(codes(issues)).toEqual(['errAliasChars']);
    expect(issues[0]!.params).toEqual(['" ", "_"']);
  });
  it('does not start with a hyphen', () => expect(codes(validateAccountAlias('-team'))).toEqual(['errAliasHyphenEdge']));
  it('does not end with a hyphen', () => expect(codes(validateAccountAlias('team-'))).toEqual(['errAliasHyphenEdge']));
  it('has no double hyphen', () => expect(codes(validateAccountAlias('my--team'))).toEqual(['errAliasDoubleHyphen']));
  it('is not all digits', () => expect(isAccountAlias('123456789012')).toBe(false));
  it('reports every broken rule at once', () => {
    expect(codes(validateAccountAlias('-A'))).toEqual(['errAliasLength', 'errAliasChars', 'errAliasHyphenEdge']);
  });
});

describe('role name', () => {
  it('accepts letters, digits and + = , . @ _ -', () => expect(validateRoleName('Admin+=,.@_-9')).toEqual([]));
  it('is 64 characters at most (63, 64 pass; 65 fails)', () => {
    expect(validateRoleName('R'.repeat(63))).toEqual([]);
    expect(validateRoleName('R'.repeat(64))).toEqual([]);
    expect(codes(validateRoleName('R'.repeat(65)))).toEqual(['errRoleNameLength']);
  });
  it('is required', () => expect(codes(validateRoleName(''))).toEqual(['errRoleNameRequired']));
  it('names each forbidden character once', () => {
    const issues = validateRoleName('my role/x y');
    expect(codes(issues)).toEqual(['errRoleNameChars']);
    expect(issues[0]!.params).toEqual(['" ", "/"']);
  });
});

describe('role path', () => {
  it.each(['/', '/team/', '/a/b.c/d_e@f/'])('accepts %s', (p) => expect(validateRolePath(p)).toEqual([]));
  it.each(['', 'team/', '/team', 'team', '//', '/a//b/'])('rejects the shape %j', (p) =>
    expect(codes(validateRolePath(p))).toEqual(['errRolePathFormat']));
  it('rejects characters IAM does not allow in segments', () =>
    expect(codes(validateRolePath('/te am/*/'))).toEqual(['errRolePathChars']));
});

describe('path + name for the switch form', () => {
  it('drops the leading slash of the path', () => {
    expect(switchRoleName('/team/', 'Admin')).toBe('team/Admin');
    expect(switchRoleName('/', 'Admin')).toBe('Admin');
  });
  it('is 64 characters at most together (64 passes, 65 fails) and says why', () => {
    expect(validateSwitchRoleName('/abc/', 'R'.repeat(60))).toEqual([]);
    const issues = validateSwitchRoleName('/abc/', 'R'.repeat(61));
    expect(codes(issues)).toEqual(['errRoleSwitchNameLength']);
    expect(issues[0]!.params?.[1]).toBe('65');
    expect(issues[0]!.message).toContain('cookie');
  });
  it('counts code points, not UTF-16 units', () => expect(codePointLength('a😀b')).toBe(3));
});

describe('role path as typed', () => {
  it.each([['', '/'], ['/', '/'], ['teams/platform', '/teams/platform/'], ['teams/platform/', '/teams/platform/'], ['/teams/platform', '/teams/platform/'],
    ['/teams/platform/', '/teams/platform/'], ['ops', '/ops/']])('takes %j as %j', (typed, path) => {
    expect(normaliseRolePath(typed)).toBe(path);
    expect(validateRolePath(normaliseRolePath(typed))).toEqual([]);
  });
  it('leaves an empty segment for the check to refuse: its meaning is not clear', () =>
    expect(codes(validateRolePath(normaliseRolePath('a//b')))).toEqual(['errRolePathFormat']));
});
