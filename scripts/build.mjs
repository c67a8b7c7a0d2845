// `npm run build`: dist/chrome and dist/firefox, one Vite build per browser (vite.config.ts, which
// builds the popup on its own at the end: vite.popup.config.ts says why), and dist/chrome-e2e, the
// e2e flavour with the test hooks, which only the specs that need a hook load.
import { build } from 'vite';
import { findTestHooks, TEST_HOOK_MARKERS } from './test-hooks.mjs';

const dist = process.env.SWITCHYARD_DIST ?? 'dist';
const flavours = [
  { target: 'chrome', e2e: false },
  { target: 'firefox', e2e: false },
  { target: 'chrome', e2e: true },
];
for (const { target, e2e } of flavours) {
  process.env.TARGET = target;
  process.env.SWITCHYARD_E2E = e2e ? '1' : '';
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  console.log(`built ${dist}/${target}${e2e ? '-e2e' : ''}`);
}
delete process.env.SWITCHYARD_E2E;

// What users install must not hold a test hook (one could replace the organisation's policy). The
// e2e flavour must hold them all: else the markers no longer name the hooks, and this check
// would pass whatever ships.
const shipped = [`${dist}/chrome`, `${dist}/firefox`].flatMap((dir) => findTestHooks(dir));
const missing = TEST_HOOK_MARKERS.filter((marker) => !findTestHooks(`${dist}/chrome-e2e`).some((found) => found.marker === marker));
if (shipped.length > 0 || missing.length > 0) {
  for (const { file, marker } of shipped) console.error(`test hook "${marker}" in the shipped build: ${file}`);
  for (const marker of missing) console.error(`test hook "${marker}" not found in ${dist}/chrome-e2e: update scripts/test-hooks.mjs`);
  process.exit(1);
}
console.log('no test hook in the shipped builds');
