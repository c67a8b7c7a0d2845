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
  it('leaves ordinary text alone: Japanese, accents, emoji, a zero-width joiner inside an emoji', () => {
    for (const text of ['本番 管理者', 'Café prod', 'Prod 🚀', '👩‍💻 Dev', '❤️‍🔥 hot', '👍🏽‍👍', 'a-b_c.d@e']) {
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
