// `npm run build`: dist/chrome, dist/firefox and dist/chrome-e2e (the e2e flavour with the test
// hooks, which only the specs that need a hook load), each made in three named steps (extension,
// popup, popup entry in the manifest), after the lint of the house rules; then the check that no
// test hook ships.
// `npm run dev` (`--watch`): dist/chrome only, made again whenever a source file changes
// (`npm run dev -- --target firefox` for dist/firefox). $SWITCHYARD_DIST moves dist/ (the bench
// and parallel work build elsewhere; the e2e fixture follows it).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { findTestHooks, TEST_HOOK_MARKERS } from './test-hooks.mjs';

const dist = process.env.SWITCHYARD_DIST ?? 'dist';
const argAfter = (flag) => { const at = process.argv.indexOf(flag); return at < 0 ? undefined : process.argv[at + 1]; };

/** One folder: the extension for one browser, whole (popup included). */
async function buildFlavour({ target, e2e }) {
  const name = `${target}${e2e ? '-e2e' : ''}`;
  const outDir = `${dist}/${name}`;
  // The configs read these (the manifest's browser differences, the test hooks compiled in or out).
  process.env.TARGET = target;
  process.env.SWITCHYARD_E2E = e2e ? '1' : '';
  const step = (what) => console.log(`${name}: ${what}`);
  const vite = (configFile, extra = {}) =>
    build({ configFile, logLevel: 'warn', mode: 'production', build: { outDir, ...extra } });

  step('extension, without the popup (vite.config.ts)');
  await vite('vite.config.ts');
  compileAllAtOnce(`${outDir}/src/content/console.js`);

  // The popup is built on its own. In one build with the rest, its first screen needed five chunks
  // shared with the options page and the background; on its own it is one script. Each file an
  // extension page loads is a round trip through the browser process before the script can run:
  // in back-to-back runs the popup's first rows came at 1.65-1.7x the empty page with five files
  // and a stylesheet, 1.5x with one file and the style inline, 1.4x with the script render-blocking
  // too (vite.popup.config.ts shapes the page).
  // The console content script's second half, loaded only when needed (src/content/load-more.ts):
  // an ES module beside console.js (a content script cannot be one, but can import one), whole in
  // one file, offered to the console hosts only.
  step('console page, its part loaded when needed (src/content/console-more.ts)');
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    define: { __SWITCHYARD_E2E__: JSON.stringify(e2e) },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      rolldownOptions: {
        input: { 'console-more': 'src/content/console-more.ts' },
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: 'src/content/[name].js' },
      },
    },
  });
  offerToConsolePages(outDir, 'src/content/console-more.js');

  step('popup, on its own (vite.popup.config.ts)');
  await vite('vite.popup.config.ts');

  step('popup entry in manifest.json');
  addPopupToManifest(outDir);
  console.log(`built ${outDir}`);
}

/** V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): nearly every
 *  function of the console content script runs at every console load, so compile them all with
 *  the script, in one pass, instead of each again on its first call. Measured: less main-thread time per load. */
function compileAllAtOnce(file) {
  writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
}

/** The extension step left the popup out of the manifest (else it would be bundled with the rest):
 *  its entry, from manifest.json, goes back in first place of `action`, where the source has it. */
function addPopupToManifest(outDir) {
  const { default_popup } = JSON.parse(readFileSync('manifest.json', 'utf8')).action;
  const file = path.join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.action = { default_popup, ...manifest.action };
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Lets the console content script import `file`: web_accessible_resources for exactly the pages
 *  console.js runs on (Chromium refuses the import otherwise; so may Firefox). */
function offerToConsolePages(outDir, file) {
  const at = path.join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(at, 'utf8'));
  const { matches } = manifest.content_scripts.find((script) => script.js.includes('src/content/console.js'));
  manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), { resources: [file], matches }];
  writeFileSync(at, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** What users install must not hold a test hook (one could replace the organisation's policy). The
 *  e2e flavour must hold them all: else the markers no longer name the hooks, and this check would
 *  pass whatever ships. */
function checkTestHooks() {
  console.log('check: test hooks only in the e2e flavour');
  const shipped = [`${dist}/chrome`, `${dist}/firefox`].flatMap((dir) => findTestHooks(dir));
  const missing = TEST_HOOK_MARKERS.filter((marker) => !findTestHooks(`${dist}/chrome-e2e`).some((found) => found.marker === marker));
  for (const { file, marker } of shipped) console.error(`test hook "${marker}" in the shipped build: ${file}`);
  for (const marker of missing) console.error(`test hook "${marker}" not found in ${dist}/chrome-e2e: update scripts/test-hooks.mjs`);
  return shipped.length === 0 && missing.length === 0;
}

/** Builds once, then again after each burst of changes; a failed build waits for the next change. */
async function watchAndRebuild(flavour) {
  const watched = ['src', 'public', 'manifest.json', 'vite.config.ts', 'vite.popup.config.ts'];
  let building = false;
  let changedMeanwhile = false;
  const rebuild = async () => {
    if (building) { changedMeanwhile = true; return; }
    building = true;
    do {
      changedMeanwhile = false;
      try {
        await buildFlavour(flavour);
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        console.error('build failed: waiting for the next change');
      }
    } while (changedMeanwhile);
    building = false;
    console.log(`watching ${watched.join(', ')} (Ctrl+C stops)`);
  };
  // An editor's save is often several writes: build once they have settled.
  let settle;
  for (const file of watched) {
    watch(file, { recursive: statSync(file).isDirectory() }, () => {
      clearTimeout(settle);
      settle = setTimeout(rebuild, 200);
    });
  }
  await rebuild();
}

if (process.argv.includes('--watch')) {
  // A dev build is not what ships: the test-hook check belongs to `npm run build`.
  await watchAndRebuild({ target: argAfter('--target') === 'firefox' ? 'firefox' : 'chrome', e2e: false });
} else {
  // A breach of the house rules fails the build, not only the tests. `npm test` has just run the
  // same lint as a check of its own and says so (SWITCHYARD_LINTED), so it is not run twice there.
  if (process.env.SWITCHYARD_LINTED !== '1') {
    console.log('check: house rules (eslint src)');
    if (spawnSync('npx', ['--no-install', 'eslint', 'src'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  for (const flavour of [{ target: 'chrome', e2e: false }, { target: 'firefox', e2e: false }, { target: 'chrome', e2e: true }]) {
    await buildFlavour(flavour);
  }
  if (!checkTestHooks()) process.exit(1);
  console.log('no test hook in the shipped builds');
}
