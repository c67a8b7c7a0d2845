import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

// The popup, built on its own after the rest of the extension (vite.config.ts), into the same
// folder. On its own, everything its first screen needs is one script, not the five chunks it
// shared with the options page and the background: each file an extension page loads is a round
// trip through the browser process before the script can run (the benchmark measured the popup's
// first rows at 1.65x an empty page with five files and a stylesheet, 1.5x with one file and the
// style inline). What it loads later (the search engine, the entry form, the messages) stays lazy.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const outDir = `${process.env.SWITCHYARD_DIST ?? 'dist'}/${target}`;
const POPUP_HTML = baseManifest.action.default_popup;

/**
 * The popup's page as it should load: its stylesheet inline (no request to wait for; extension
 * pages' default CSP restricts scripts, not styles), and its script render-blocking
 * (`blocking="render"`): the script draws the first rows as it runs, so the first paint waits for
 * them instead of showing an empty popup a frame earlier. Browsers without the attribute ignore it.
 */
function shapePage(): Plugin {
  return {
    name: 'switchyard:popup-page',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle[POPUP_HTML];
      if (page?.type !== 'asset' || typeof page.source !== 'string') return this.error(`no ${POPUP_HTML} in the popup build`);
      let html = page.source.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_link, file: string) => {
        const sheet = bundle[file];
        if (sheet?.type !== 'asset' || String(sheet.source).includes('</style')) return this.error(`cannot inline ${file}`);
        delete bundle[file];
        return `<style>${String(sheet.source)}</style>`;
      });
      html = html.replace('<script type="module" ', '<script type="module" blocking="render" ');
      if (!html.includes('blocking="render"') || html.includes('rel="stylesheet"')) return this.error(`unexpected ${POPUP_HTML}: ${html}`);
      page.source = html;
    },
  };
}

/** Puts the popup back in the manifest the main build wrote (which left it out). */
function addToManifest(): Plugin {
  return {
    name: 'switchyard:popup-in-manifest',
    writeBundle() {
      const file = path.join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { action: Record<string, unknown> };
      manifest.action = { default_popup: POPUP_HTML, ...manifest.action };
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [preact(), shapePage(), addToManifest()],
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir: 'popup',
    target: 'es2022',
    // No preload helper: a lazy chunk's imports are fetched when it is, and that is after the first paint.
    modulePreload: false,
    sourcemap: process.env.SOURCEMAP === '1',
    rolldownOptions: { input: POPUP_HTML },
  },
});
