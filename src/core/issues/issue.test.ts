import { describe, expect, it } from 'vitest';
import { coreIssue, quoteChars, withField } from './issue';

describe('coreIssue', () => {
  it('fills the English message from the catalogue and keeps params as strings', () =>
    expect(coreIssue('errAccountFormat', [11])).toEqual(
      { code: 'errAccountFormat', params: ['11'], message: 'Account ID must be exactly 12 digits (got 11).' }));
  it('omits params, field and line when there are none', () =>
    expect(coreIssue('errLabelRequired')).toEqual({ code: 'errLabelRequired', message: 'Enter a label for this role.' }));
  it('records the field and line it belongs to', () =>
    expect(coreIssue('errLabelRequired', [], { field: 'label', line: 3 })).toMatchObject({ field: 'label', line: 3 }));
  it('masks credential-shaped text in every message, whichever check makes it (before clipping)', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const issue = coreIssue('warnImportImageIgnored', ['prod', `https://x/${secret}`]);
    expect(issue.params).toEqual(['prod', 'https:••••']);
    expect(issue.message).not.toContain(secret);
    const late = coreIssue('errRegionFormat', [`${'a '.repeat(55)}AKIAIOSFODNN7EXAMPLE`]);
    expect(JSON.stringify(late)).not.toMatch(/AKIA[A-Z0-9]/);
    expect(coreIssue('errRegionFormat', ['eu-west-1']).params).toEqual(['eu-west-1']);
  });
  it('clips a very long param so a pasted file is not repeated in the message', () => {
    const issue = coreIssue('errRoleArnFormat', ['x'.repeat(5000)]);
    expect(issue.params![0]).toBe(`${'x'.repeat(120)}…`);
    expect(issue.message.length).toBeLessThan(250);
  });
});

describe('helpers', () => {
  it('withField tags copies, leaving the originals alone', () => {
    const original = [coreIssue('errLabelRequired')];
    expect(withField(original, 'label')[0]!.field).toBe('label');
    expect(original[0]!.field).toBeUndefined();
  });
  it('quoteChars makes spaces visible and lists each character once', () => expect(quoteChars([' ', '*', ' '])).toBe('" ", "*"'));
});
