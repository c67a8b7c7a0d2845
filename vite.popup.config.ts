import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

// The popup, built on its own into the extension's folder: scripts/build.mjs runs it as a step after
// the extension's (vite.config.ts) and says there why it is on its own (the benchmark's figures).
// What it loads later (the search engine, the entry form, the messages) stays lazy.
// The e2e flavour (vite.config.ts says why) compiles the test hooks in here too.
const e2e = process.env.SWITCHYARD_E2E === '1';
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

export default defineConfig({
  define: { __SWITCHYARD_E2E__: JSON.stringify(e2e) },
  plugins: [preact(), shapePage()],
  publicDir: false,
  build: {
    // outDir: given by scripts/build.mjs, the extension's folder, which this build adds to.
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
