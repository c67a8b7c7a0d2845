import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLE_URL_PATTERNS } from './console-patterns';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: Array<{ js: string[]; matches: string[] }>;
  host_permissions: string[];
};

describe('CONSOLE_URL_PATTERNS', () => {
  it('are exactly the pages the console content script runs on', () => {
    const consoleScript = manifest.content_scripts.find((script) => script.js.includes('src/content/console.ts'));
    expect([...CONSOLE_URL_PATTERNS].sort()).toEqual([...(consoleScript?.matches ?? [])].sort());
  });
  it('are all covered by host permissions (tabs.query needs them without the tabs permission)', () => {
    for (const pattern of CONSOLE_URL_PATTERNS) expect(manifest.host_permissions).toContain(pattern);
  });
});
