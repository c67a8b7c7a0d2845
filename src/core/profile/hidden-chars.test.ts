import { describe, expect, it } from 'vitest';
import { hiddenCharsIn, stripHiddenChars } from './hidden-chars';

describe('hidden characters in a label or display name', () => {
  it('finds direction overrides and isolates, zero-width characters and controls, each once', () => {
    const overrides = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    const zeroWidth = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff'];
    const controls = ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f'];
    for (const c of [...overrides, ...zeroWidth, ...controls]) {
      expect(hiddenCharsIn(`prod${c}admin`)).toEqual([`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`]);
      expect(stripHiddenChars(`prod${c}admin${c}`)).toBe('prodadmin');
    }
    expect(hiddenCharsIn('\u202enimda-dorp\u202e\u200b')).toEqual(['U+202E', 'U+200B']);
  });
  it('finds every other format character, the line and paragraph separators and the Hangul fillers', () => {
    const others = ['\u061c', '\u2028', '\u2029', '\u00ad', '\u115f', '\u1160', '\u3164', '\uffa0', '\u{e0001}', '\u{e0041}', '\u{e007f}', '\u180e', '\u{1d173}'];
    for (const c of others) {
      expect(hiddenCharsIn(`prod${c}admin`)).toEqual([`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`]);
      expect(stripHiddenChars(`prod${c}admin${c}`)).toBe('prodadmin');
    }
  });
  it('keeps an emoji flag made of tag characters, but not tag characters elsewhere', () => {
    const scotland = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';
    expect(hiddenCharsIn(`${scotland} prod`)).toEqual([]);
    expect(stripHiddenChars(`${scotland} prod`)).toBe(`${scotland} prod`);
    expect(stripHiddenChars(`prod\u{e0067}\u{e0062}\u{e007f}`)).toBe('prod');
    expect(hiddenCharsIn(`${scotland}\u00ad`)).toEqual(['U+00AD']);
  });
  it('leaves ordinary text alone: Japanese, accents, emoji, a zero-width joiner inside an emoji', () => {
    for (const text of ['本番 管理者', 'Café prod', 'Prod 🚀', '👩‍💻 Dev', '❤️‍🔥 hot', '👍🏽‍👍', 'a-b_c.d@e', '🏳️‍🌈 ok', '한국어 관리자', 'العربية']) {
      expect(hiddenCharsIn(text)).toEqual([]);
      expect(stripHiddenChars(text)).toBe(text);
    }
  });
  it('a zero-width joiner outside an emoji is hidden', () => {
    expect(hiddenCharsIn('pro\u200dd')).toEqual(['U+200D']);
    expect(stripHiddenChars('👩\u200d prod')).toBe('👩 prod');
    expect(stripHiddenChars('\u200d💻')).toBe('💻');
  });
});
