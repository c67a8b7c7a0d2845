import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every UI string goes through _locales; a key missing in one language shows up as the raw key.
const dir = new URL('../../public/_locales/', import.meta.url);
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(new URL(`${lang}/messages.json`, dir), 'utf8')) as Record<string, { message: string }>;
const languages = readdirSync(dir);
const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

describe('_locales', () => {
  it('has English and Japanese', () => expect(languages.sort()).toEqual(['en', 'ja']));

  it.each(languages.filter((l) => l !== 'en'))('%s has exactly the keys of English, with the same placeholders', (lang) => {
    const en = catalogue('en');
    const other = catalogue(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(other[key]!.message), key).toEqual(placeholders(message));
      expect(other[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('uses every key somewhere in the code or the manifest', () => {
    const sources = [readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')];
    const walk = (folder: URL) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, folder));
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) sources.push(readFileSync(new URL(entry.name, folder), 'utf8'));
      }
    };
    walk(new URL('../', import.meta.url));
    // A key is used when it is a whole string in the code ('key', "key", `key`) or a whole
    // __MSG_key__ in the manifest: not as part of a longer key, a word in a comment or a field name.
    const code = sources.join('\n').replace(/__MSG_(\w+?)__/g, "'$1'");
    const used = new Set([...code.matchAll(/(['"`])(\w+)\1/g)].map((match) => match[2]));
    const unused = Object.keys(catalogue('en')).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });
});
