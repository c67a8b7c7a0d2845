// `npm run bench [-- --check]`: builds the extension into .bench-dist (plus the floor page the
// benchmark compares the popup with), then measures it in headless Chromium. With --check it exits
// non-zero when a figure is over its budget.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { build } from 'vite';
import { ensureChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const DIST = '.bench-dist';
const chromium = ensureChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const env = { ...process.env, SWITCHYARD_DIST: DIST, CHROMIUM_PATH: chromium };
if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
copyFileSync('bench/bench-floor.html', `${DIST}/chrome/bench-floor.html`);
copyFileSync('bench/bench-lab.html', `${DIST}/chrome/bench-lab.html`);
// The laboratory: import and storage code on its own, in a page of the extension (real storage.sync).
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: `${DIST}/lab`,
    emptyOutDir: true,
    lib: { entry: 'bench/lab.ts', formats: ['iife'], name: 'switchyardLabBundle', fileName: () => 'bench-lab.js' },
  },
});
copyFileSync(`${DIST}/lab/bench-lab.js`, `${DIST}/chrome/bench-lab.js`);
const status = spawnSync('npx', ['--no-install', 'playwright', 'test', '-c', 'bench/playwright.bench.config.ts', '--output', '.bench-dist/results'], { stdio: 'inherit', env }).status;
if (status !== 0) process.exit(status ?? 1);

if (process.argv.includes('--check')) {
  const { figures } = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  // As bench/stats.ts judges it: the median, or the p95 where the figure's budget is on its tail.
  const judged = (f) => (f.budgetOn === 'p95' ? (f.p95 ?? f.max) : f.median);
  const over = Object.entries(figures).filter(([, f]) => f.budget !== undefined && (f.better === 'higher' ? judged(f) < f.budget : judged(f) > f.budget));
  for (const [name, f] of over) console.error(`over budget: ${name} = ${judged(f)} ${f.unit}${f.budgetOn === 'p95' ? ' (p95)' : ''} (budget ${f.budget})`);
  process.exit(over.length > 0 ? 1 : 0);
}
