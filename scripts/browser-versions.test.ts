// The browser versions the README promises are the ones the manifests enforce: a store or a
// browser refuses Switchyard on an older version, instead of installing it to fail there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const manifest = JSON.parse(read('manifest.json')) as { minimum_chrome_version?: string };
/** Firefox's minimum is set where the Firefox manifest is made (vite.config.ts). */
const firefoxMin = /strict_min_version: '(\d+)\.0'/.exec(read('vite.config.ts'))?.[1];
/** The README's section on supported browsers. */
const supported = /## Supported browsers\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';

describe('supported browser versions', () => {
  it('the manifests name a minimum for each engine', () => {
    expect(manifest.minimum_chrome_version).toMatch(/^\d+$/);
    expect(firefoxMin).toMatch(/^\d+$/);
  });

  it('the README names the same minimums', () => {
    expect(supported).toContain(`**Chrome and Edge ${manifest.minimum_chrome_version} or later**`);
    expect(supported).toContain(`**Firefox ${firefoxMin} or later**`);
  });
});
