import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

// The popup, built on its own at the end of the extension's build (vite.config.ts runs this), into
// the same folder. On its own, everything its first screen needs is one script, not the five chunks
// it shared with the options page and the background: each file an extension page loads is a round
// trip through the browser process before the script can run (in back-to-back runs the popup's
// first rows came at 1.65-1.7x the empty page with five files and a stylesheet, 1.5x with one file
// and the style inline, 1.4x with the script render-blocking too). What it loads later (the search
// engine, the entry form, the messages) stays lazy.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
// The e2e flavour (vite.config.ts says why) goes to its own folder.
const e2e = process.env.SWITCHYARD_E2E === '1';
const outDir = `${process.env.SWITCHYARD_DIST ?? 'dist'}/${target}${e2e ? '-e2e' : ''}`;
const POPUP_HTML = baseManifest.action.default_popup;

/**
 * The popup's page as it should load: its stylesheet inline (no request to wait for; extension
 * pages' default CSP restricts scripts, not styles), and its script, in the head, render-blocking
 * (`blocking="render"`): nothing is painted before the script starts, and it draws the first rows
 * from the popup's own copy within that same task (popup-main.tsx), so the first paint has them instead
 * of an empty popup a frame earlier. A script that fails to load unblocks rendering too; browsers
 * without the attribute ignore it.
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
        if (sheet?.type !== 'asset' || /<\/style/i.test(String(sheet.source))) return this.error(`cannot inline ${file}`);
        delete bundle[file];
        return `<style>${String(sheet.source)}</style>`;
      });
      html = html.replace('<script type="module" ', '<script type="module" blocking="render" ');
      const head = html.slice(0, html.indexOf('</head>'));
      if (!head.includes('<script type="module" blocking="render" ') || html.includes('rel="stylesheet"')) return this.error(`unexpected ${POPUP_HTML}: ${html}`);
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
  define: { __SWITCHYARD_E2E__: JSON.stringify(e2e) },
  plugins: [preact(), shapePage(), addToManifest()],
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir: 'popup',
    target: 'es2022',
    // No modulepreload links for what lazy chunks import: they are fetched with the chunk, after
    // the first paint, and the popup needs none of them before.
    modulePreload: false,
    sourcemap: process.env.SOURCEMAP === '1',
    rolldownOptions: { input: POPUP_HTML },
  },
});
