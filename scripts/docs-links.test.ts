// The README and the pages under docs/ link each other, the screenshots and files of the repo by
// relative path: a moved or renamed file must not leave a reader at a dead link or a missing picture.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PAGES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Link targets and image sources outside code blocks: `[text](target)`, `src="…"`, `href="…"`. */
function targets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  const found = [...prose.matchAll(/\]\(([^)\s]+)\)/g), ...prose.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  return found.filter((target) => !/^[a-z]+:/i.test(target));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchors(markdown: string): Set<string> {
  const headings = [...markdown.matchAll(/^#+ (.*)$/gm)].map((m) => m[1]!.trim().toLowerCase());
  return new Set(headings.map((h) => h.replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-')));
}

describe('the README and docs/', () => {
  for (const page of PAGES) {
    it(`${page}: every relative link and picture names a file (and a heading there)`, () => {
      const broken: string[] = [];
      for (const target of targets(readFileSync(path.join(ROOT, page), 'utf8'))) {
        const [file = '', anchor] = target.split('#');
        const full = file ? path.resolve(ROOT, path.dirname(page), file) : path.join(ROOT, page);
        if (!existsSync(full)) broken.push(`${target} (no such file)`);
        else if (anchor && full.endsWith('.md') && !anchors(readFileSync(full, 'utf8')).has(anchor)) broken.push(`${target} (no such heading)`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('the README shows at least four screenshots from docs/screenshots (made by `npm run screenshots`)', () => {
    const pictures = targets(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).filter((t) => t.startsWith('docs/screenshots/') && t.endsWith('.png'));
    expect(new Set(pictures).size).toBeGreaterThanOrEqual(4);
  });
});
