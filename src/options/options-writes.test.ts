// The background owns the store: the extension's pages change it only by asking the background
// (options-writes.ts here, the popup's ops in popup-store.ts), never with the store's own writers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..');
const WRITERS = ['updateStore', 'setStorageArea', 'reconcileSync'];

function pageFiles(dir: string): string[] {
  return readdirSync(join(SRC, dir)).filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)).map((name) => `${dir}/${name}`);
}

describe('the pages write through the background', () => {
  it.each(['options', 'popup', 'ui'])('no file in src/%s imports a writer of the store', (dir) => {
    const files = pageFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    const breaches = files.flatMap((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      const imports = [...text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'[./]*(?:platform\/store|core\/store\/store-engine)'/g)];
      const names = imports.flatMap((m) => m[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!));
      return names.filter((name) => WRITERS.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(breaches).toEqual([]);
  });
});
