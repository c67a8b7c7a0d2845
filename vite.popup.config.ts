import path from 'node:path';
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

/**
 * Vite wraps every `import()` in its preload helper, which adds `<link rel="modulepreload">` for the
 * chunk's imports and CSS. With `modulePreload: false` and the CSS inline it has nothing to add, yet
 * its code (~0.7 KB gzip) would load with the page's first script: here it is just the import.
 */
function plainDynamicImports(): Plugin {
  const HELPER = '\0vite/preload-helper.js';
  return {
    name: 'switchyard:plain-dynamic-imports',
    enforce: 'pre',
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/** The core's table of English issue texts, in the popup's bundle, is src/popup/issue-texts.ts: the same
 *  texts from _locales (that file says why). */
function issueTextsFromLocales(): Plugin {
  return {
    name: 'switchyard:issue-texts-from-locales',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // Only for the issues' maker: others use just formatMessage, which ships without the table.
      if (!/\/issue-texts(\.ts)?$/.test(source) || !importer || !/src[\\/]core[\\/]issues[\\/]issue\.ts$/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && /src[\\/]core[\\/]issues[\\/]issue-texts\.ts$/.test(resolved.id) ? path.resolve('src/popup/issue-texts.ts') : null;
    },
  };
}

export default defineConfig({
  define: { __SWITCHYARD_E2E__: JSON.stringify(e2e) },
  plugins: [preact(), shapePage(), plainDynamicImports(), issueTextsFromLocales()],
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
