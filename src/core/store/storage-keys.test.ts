// Keeps storage-keys.ts the only place a storage key is spelled: no other source file passes a
// key written out to a storage call, nor spells one of the keys as a string.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as keys from './storage-keys';

const ROOT = join(__dirname, '../../..');
const KEYS_FILE = 'src/core/store/storage-keys.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(item.name) && !/\.test\.tsx?$|\.test-support\.ts$|\.d\.ts$/.test(item.name) ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, 'src'))
  .map((path) => ({ name: relative(ROOT, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }))
  .filter((file) => file.name !== KEYS_FILE);

/** The text of a file without its comments (a comment may name a key: it says where things live). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The calls that take storage keys: the platform wrappers, the browser's own areas and the
 *  store's injected ones (core/store/area.ts). */
const STORAGE_CALL = /\b(?:readKeys?|writeKeys|removeKeys|onKeyChanged|readPageCopy|writePageCopy|readLocal|(?:storage\.\w+|deps\.(?:local|sync|managed)|sync|local)\.(?:get|set|remove))\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
const AREA_NAMES = new Set(['local', 'sync', 'session']);

describe('storage keys are defined in one module', () => {
  it('finds the source to check', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.name === 'src/background/badge-data.ts')).toBe(true);
  });

  it('no storage call is given a key written out (a string, a template or a plain object key)', () => {
    const breaches: string[] = [];
    for (const file of files) {
      for (const match of code(file.text).matchAll(STORAGE_CALL)) {
        const args = match[1]!;
        const strings = [...args.matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
        const written = strings.filter((value) => !AREA_NAMES.has(value));
        const plainKey = /\{\s*[A-Za-z_$][\w$]*\s*:/.test(args);
        if (written.length > 0 || plainKey) breaches.push(`${file.name}: ${match[0]}`);
      }
    }
    expect(breaches).toEqual([]);
  });

  it('no other source file spells a key of the module', () => {
    // Common words ('store', 'list', 'deck', 'profiles') appear as other strings too; the check
    // above covers them where they would be keys.
    const values = Object.values(keys).flatMap((value) =>
      typeof value === 'string' ? [value] : typeof value === 'function' ? [String((value as (n: number) => string)(0)).replace(/0$/, '')] : []);
    const distinctive = values.filter((value) => /[0-9:A-Z]/.test(value));
    expect(distinctive.length).toBeGreaterThan(10);
    const breaches = files.flatMap((file) => {
      // A user-facing text's name (t('importUndo')) is not a storage key.
      const text = code(file.text).replace(/\bt\('[^']*'/g, 't(');
      return distinctive.filter((value) => ["'", '"', '`'].some((quote) => text.includes(quote + value))).map((value) => `${file.name}: ${value}`);
    });
    expect(breaches).toEqual([]);
  });
});
