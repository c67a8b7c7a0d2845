import { describe, expect, it } from 'vitest';
import { baseTitle } from './base-title';

describe('baseTitle', () => {
  it('names a base by its name, with its alias when it has one other than the name', () => {
    expect(baseTitle({ name: 'corp' })).toBe('corp');
    expect(baseTitle({ name: 'corp', alias: 'corp-main' })).toBe('corp (corp-main)');
    expect(baseTitle({ name: 'corp-main', alias: 'corp-main' })).toBe('corp-main');
  });
});
