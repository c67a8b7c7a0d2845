// Adds or updates UI strings in both locales at once, keeping the files' form:
//   node scripts/add-messages.mjs '{"key": ["English", "日本語"]}'
// (or a path to a JSON file of that shape). Keeps en and ja in step by construction.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: node scripts/add-messages.mjs \'{"key": ["English", "日本語"]}\' | file.json');
  process.exit(2);
}
const additions = JSON.parse(existsSync(arg) ? readFileSync(arg, 'utf8') : arg);
for (const [index, lang] of ['en', 'ja'].entries()) {
  const path = `public/_locales/${lang}/messages.json`;
  const catalogue = JSON.parse(readFileSync(path, 'utf8'));
  for (const [key, texts] of Object.entries(additions)) {
    if (!Array.isArray(texts) || typeof texts[index] !== 'string' || !texts[index]) throw new Error(`${key}: give [English, Japanese]`);
    catalogue[key] = { message: texts[index] };
  }
  writeFileSync(path, `${JSON.stringify(catalogue, null, 2)}\n`);
}
console.log(`added ${Object.keys(additions).length} message(s) to en and ja`);
