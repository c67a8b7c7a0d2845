import { describe, expect, it } from 'vitest';
import type { RankedEntry } from '../search/rank';
import type { Entry } from '../store/schema';
import { entryForInput, escapeXml, omniboxContents, omniboxSuggestions } from './omnibox-rank';

const entry = (over: Partial<Entry> & Pick<Entry, 'id' | 'label'>): Entry => ({ account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', ...over });
const admin = entry({ id: 'a', label: 'Prod admin' });
const ro = entry({ id: 'r', label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly' });
const evil = entry({ id: 'e', label: '<match>x</match> & "q" <url>' });
const ranked = (...list: Array<[Entry, RankedEntry['highlights']?]>): RankedEntry[] => list.map(([e, h]) => ({ entry: e, score: 1, highlights: h ?? {} }));

describe('escapeXml', () => {
  it('escapes the five XML specials', () => expect(escapeXml(`<a href="x">&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;'));
  it('drops control characters XML cannot carry', () => expect(escapeXml('a\u0000b\u001fc\td')).toBe('abc\td'));
});

describe('omniboxContents', () => {
  it('reads label · role @ account', () => expect(omniboxContents([admin, ro], false).get('r')).toBe('Prod read-only · ops/ReadOnly @ switchyard-prod'));
  it('masks the account id when ids are hidden', () => expect(omniboxContents([admin], true).get('a')).toBe('Prod admin · Admin @ ••••••••9012'));
  it('numbers entries that would read the same, so each suggestion is unique', () => {
    const twin = { ...admin, id: 'a2' };
    const contents = omniboxContents([admin, twin], false);
    expect(contents.get('a')).toBe('Prod admin · Admin @ 123456789012');
    expect(contents.get('a2')).toBe('Prod admin · Admin @ 123456789012 (2)');
  });
  it('keeps a label on one line', () => expect(omniboxContents([entry({ id: 'n', label: 'two\nlines' })], false).get('n')).toBe('two lines · Admin @ 123456789012'));
});

describe('omniboxSuggestions', () => {
  const options = { markup: true, hideAccountIds: false, limit: 6 };
  it('marks the matched characters and dims the role and account (Chrome)', () => {
    const [s] = omniboxSuggestions(ranked([admin, { label: [[0, 4]], roleName: [[0, 3]] }]), omniboxContents([admin], false), options);
    expect(s).toEqual({ content: 'Prod admin · Admin @ 123456789012', description: '<match>Prod</match> admin <dim>— <match>Adm</match>in @ 123456789012</dim>' });
  });
  it('never lets a label add markup', () => {
    const [s] = omniboxSuggestions(ranked([evil, { label: [[1, 6]] }]), omniboxContents([evil], false), options);
    expect(s!.description).toBe('&#60;<match>match</match>&#62;x&#60;/match&#62; &#38; &#34;q&#34; &#60;url&#62; <dim>— Admin @ 123456789012</dim>');
    expect(s!.description.replace(/<\/?(match|dim)>/g, '')).not.toMatch(/[<>]/);
  });
  it('gives plain text where the browser shows it as such (Firefox)', () => {
    const [s] = omniboxSuggestions(ranked([evil, { label: [[1, 6]] }]), omniboxContents([evil], false), { ...options, markup: false });
    expect(s!.description).toBe('<match>x</match> & "q" <url> — Admin @ 123456789012');
  });
  it('masks ids and drops the highlights that pointed into them', () => {
    const [s] = omniboxSuggestions(ranked([admin, { account: [[8, 12]] }]), omniboxContents([admin], true), { ...options, hideAccountIds: true });
    expect(s!.description).toBe('Prod admin <dim>— Admin @ ••••••••9012</dim>');
  });
  it('highlights an alias', () => {
    const [s] = omniboxSuggestions(ranked([ro, { alias: [[0, 10]] }]), omniboxContents([ro], false), options);
    expect(s!.description).toContain('@ <match>switchyard</match>-prod</dim>');
  });
  it('ignores ranges that do not fit the text', () => {
    const [s] = omniboxSuggestions(ranked([admin, { label: [[5, 99], [3, 2]] }]), omniboxContents([admin], false), options);
    expect(s!.description.startsWith('Prod admin <dim>')).toBe(true);
  });
  it('keeps the ranking order and stops at the limit', () => {
    const list = Array.from({ length: 9 }, (_, i) => entry({ id: `x${i}`, label: `Entry ${i}` }));
    const out = omniboxSuggestions(ranked(...list.map((e) => [e] as [Entry])), omniboxContents(list, false), { ...options, limit: 5 });
    expect(out.map((s) => s.content.split(' ·')[0])).toEqual(['Entry 0', 'Entry 1', 'Entry 2', 'Entry 3', 'Entry 4']);
  });
});

describe('entryForInput', () => {
  const contents = omniboxContents([admin, ro], false);
  it('takes the suggestion picked, by its exact content', () =>
    expect(entryForInput('Prod read-only · ops/ReadOnly @ switchyard-prod', [admin, ro], contents, ranked([admin]))).toBe(ro));
  it('takes the best match of typed text', () => expect(entryForInput('prod adm', [admin, ro], contents, ranked([admin], [ro]))).toBe(admin));
  it('takes nothing when nothing matches or nothing was typed', () => {
    expect(entryForInput('zzz', [admin, ro], contents, [])).toBeUndefined();
    expect(entryForInput('  ', [admin, ro], contents, ranked([admin]))).toBeUndefined();
  });
});
