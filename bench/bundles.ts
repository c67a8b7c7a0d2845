// Bytes each entry point makes the browser load: the file itself and every chunk it imports
// (statically or lazily), each counted raw and gzip-compressed on its own (as a browser fetches them).
// The console page's content script is counted twice: what loads at every console page load (the
// manifest's content scripts for it and what they import statically: contentScript*), and what it
// may load later, when first needed (the scripts offered to console pages as web-accessible
// resources and their imports: contentScriptLazy*). The popup is counted whole (popup*) and as what
// its page loads before the first rows (popupAtLoad*).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { summarise, type Figure } from './stats';

/** `start` and every file it imports: statically only, or lazily too (`import("./x.js")`). */
function jsClosure(dist: string, start: string[], imports: 'static' | 'all' = 'all'): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  const pattern = imports === 'all' ? /(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g : /(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g;
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(path.join(dist, file))) continue;
    seen.add(file);
    const source = readFileSync(path.join(dist, file), 'utf8');
    for (const match of source.matchAll(pattern)) {
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
  const CONSOLE = 'https://*.console.aws.amazon.com/*';
  const consoleScripts: string[] = manifest.content_scripts
    .filter((s: { matches: string[] }) => s.matches.includes(CONSOLE))
    .flatMap((s: { js: string[] }) => s.js);
  const atLoad = jsClosure(dist, consoleScripts, 'static');
  // What a console page's content script can load later: the scripts offered to console pages.
  const offered: string[] = (manifest.web_accessible_resources ?? [])
    .filter((r: { matches?: string[] }) => r.matches?.includes(CONSOLE))
    .flatMap((r: { resources: string[] }) => r.resources.filter((file) => file.endsWith('.js')));
  const lazy = new Set([...jsClosure(dist, [...consoleScripts, ...offered])].filter((file) => !atLoad.has(file)));
  const popupScripts = htmlScripts(dist, manifest.action.default_popup);
  const entries: Record<string, { files: Set<string>; budget?: number }> = {
    popup: { files: jsClosure(dist, popupScripts), budget: budgets.popup },
    // What the popup page loads before its first rows: its page's scripts and their static imports
    // (the app and the rest come after, by `import()`).
    popupAtLoad: { files: jsClosure(dist, popupScripts, 'static') },
    options: { files: jsClosure(dist, htmlScripts(dist, manifest.options_ui.page)) },
    background: { files: jsClosure(dist, [manifest.background.service_worker]) },
    contentScript: { files: atLoad, budget: budgets.content },
    contentScriptLazy: { files: lazy },
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
