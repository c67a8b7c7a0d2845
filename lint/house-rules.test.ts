import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each house rule in eslint.config.js fires on a deliberate breach, with its message, and nowhere else.
// lint/fixtures/src/ is a small src/ of its own: a line marked `// ✗ <words>` must get exactly one
// problem whose message holds those words; an unmarked line, and a clean fixture, none.
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const config = fileURLToPath(new URL('../eslint.config.js', import.meta.url));
const results = await new ESLint({ cwd: fixtures, overrideConfigFile: config }).lintFiles(['src']);
const name = (path: string) => path.slice(fixtures.length + 1);

function marks(path: string) {
  return readFileSync(path, 'utf8').split('\n').flatMap((line, index) => {
    const words = /\/\/ ✗ (.+)$/.exec(line)?.[1];
    return words ? [{ line: index + 1, words }] : [];
  });
}

describe('house rules (eslint.config.js) on lint/fixtures', () => {
  it.each(results.map((result) => [name(result.filePath), result] as const))('%s', (_, result) => {
    const expected = marks(result.filePath);
    const found = result.messages.map(({ line, message }) => {
      const mark = expected.find((m) => m.line === line && message.includes(m.words));
      return `${line}: ${mark ? mark.words : message}`;
    });
    expect(found).toEqual(expected.map((m) => `${m.line}: ${m.words}`));
  });

  it('has a breach of every rule and files that pass', () => {
    // (A disable comment is reported by ESLint itself, with no rule: noInlineConfig.)
    const rules = new Set(results.flatMap((result) => result.messages.map((m) => m.ruleId ?? 'noInlineConfig')));
    expect([...rules].sort()).toEqual(['no-restricted-globals', 'no-restricted-imports', 'no-restricted-properties', 'no-restricted-syntax', 'noInlineConfig', 'zones/imports']);
    const clean = results.filter((result) => result.messages.length === 0).map((result) => name(result.filePath));
    expect(clean).toEqual(expect.arrayContaining(['src/core/clean.ts', 'src/core/reads-files.test.ts', 'src/platform/door.ts', 'src/ui/clean.tsx']));
  });
});
