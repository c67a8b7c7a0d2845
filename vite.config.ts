import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

// The extension without its popup: scripts/build.mjs runs this as one step of its build (it sets
// TARGET, SWITCHYARD_E2E and the folder), then builds the popup on its own and writes its manifest entry.
// One manifest; the per-browser differences are applied here. TARGET=chrome|firefox.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
// SWITCHYARD_E2E=1: the e2e flavour, into <dist>/chrome-e2e, with the test hooks compiled in
// (`__SWITCHYARD_E2E__`, src/e2e-flag.d.ts); only the specs that need a hook load it. Every other
// build leaves them out: users never install them (scripts/build.mjs checks the built files).
const e2e = process.env.SWITCHYARD_E2E === '1';

// Content scripts are single self-contained files: no module loader on the console page,
// and the MAIN-world probe cannot use one (it has no extension APIs).
const standaloneFiles = ['src/content/page-probe.ts', 'src/content/console.ts', 'src/content/signin.ts'];

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  // Without the popup, else it would be bundled with the options page and the background: it is
  // built on its own, and its entry written, by later steps of scripts/build.mjs.
  delete (manifest.action as { default_popup?: string }).default_popup;
  if (browser === 'firefox') {
    // Chrome's floor means nothing to Firefox, which warns about the key (its own is below).
    delete manifest.minimum_chrome_version;
    // Firefox MV3 runs background scripts as an event page, not a service worker.
    manifest.background = { scripts: ['src/background/index.ts'], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'switchyard@switchyard.dev',
        // 128 brought `world: "MAIN"` content scripts; 140 (an ESR) the data-collection key below.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig({
  define: { __SWITCHYARD_E2E__: JSON.stringify(e2e) },
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target, contentScripts: { standaloneFiles } })],
  build: {
    // outDir: given by scripts/build.mjs (one folder per flavour, under $SWITCHYARD_DIST or dist/).
    emptyOutDir: true,
    target: 'es2022',
    // SOURCEMAP=1: maps for working out which module's code a bundle's bytes come from.
    sourcemap: process.env.SOURCEMAP === '1',
    // Pages the manifest does not name are built as extra inputs (crxjs builds the ones it names).
    // The welcome page's path is stable: background/welcome-tab.ts opens it, tests navigate from it.
    rolldownOptions: { input: { welcome: 'src/welcome/index.html' } },
  },
});
