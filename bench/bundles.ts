// Bytes each entry point makes the browser load: the file itself and every chunk it imports
// (statically or lazily), each counted raw and gzip-compressed on its own (as a browser fetches them).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { summarise, type Figure } from './stats';

function jsClosure(dist: string, start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(path.join(dist, file))) continue;
    seen.add(file);
    const source = readFileSync(path.join(dist, file), 'utf8');
    // Static `import … from "./x.js"` and lazy `import(\`./x.js\`)`: the total is what the page can load.
    for (const match of source.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)));
    }
  }
  return seen;
}

function htmlScripts(dist: string, html: string): string[] {
  const source = readFileSync(path.join(dist, html), 'utf8');
  return [...source.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => path.posix.normalize(m[1]!.replace(/^\//, '')));
}

function size(dist: string, files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function measureBundles(distRoot: string, budgets: { popup: number; content: number }): Record<string, Figure> {
  const dist = path.join(distRoot, 'chrome');
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  // The console page gets the content scripts whose matches include the console host.
  const consoleScripts: string[] = manifest.content_scripts
    .filter((s: { matches: string[] }) => s.matches.includes('https://*.console.aws.amazon.com/*'))
    .flatMap((s: { js: string[] }) => s.js);
  const entries: Record<string, { files: Set<string>; budget?: number }> = {
    popup: { files: jsClosure(dist, htmlScripts(dist, manifest.action.default_popup)), budget: budgets.popup },
    options: { files: jsClosure(dist, htmlScripts(dist, manifest.options_ui.page)) },
    background: { files: jsClosure(dist, [manifest.background.service_worker]) },
    contentScript: { files: jsClosure(dist, consoleScripts), budget: budgets.content },
    signInScript: { files: jsClosure(dist, manifest.content_scripts.find((s: { matches: string[] }) => s.matches[0]!.includes('signin')).js) },
  };
  const figures: Record<string, Figure> = {};
  for (const [name, { files, budget }] of Object.entries(entries)) {
    const { raw, gzip } = size(dist, files);
    figures[`${name}RawBytes`] = summarise([raw], 'bytes');
    figures[`${name}GzipBytes`] = summarise([gzip], 'bytes', budget);
  }
  return figures;
}
