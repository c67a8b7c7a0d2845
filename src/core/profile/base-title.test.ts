import { describe, expect, it } from 'vitest';
import { baseSectionTitles, baseTitle } from './base-title';

describe('baseTitle', () => {
  it('names a base by its name, with its alias when it has one other than the name', () => {
    expect(baseTitle({ name: 'corp' })).toBe('corp');
    expect(baseTitle({ name: 'corp', alias: 'corp-main' })).toBe('corp (corp-main)');
    expect(baseTitle({ name: 'corp-main', alias: 'corp-main' })).toBe('corp-main');
  });
});

describe('baseSectionTitles', () => {
  it('titles a section named after a base as the base is named, alias included', () => {
    const titles = baseSectionTitles([{ name: 'corp', alias: 'corp-login' }, { name: 'lab' }, { name: 'dev', alias: 'dev' }]);
    expect(titles.get('corp')).toBe('corp (corp-login)');
    expect(titles.has('lab')).toBe(false);
    expect(titles.has('dev')).toBe(false);
  });
});
