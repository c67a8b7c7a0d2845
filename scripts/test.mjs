// `npm test`: typecheck, unit tests, build, then the end-to-end suite in Chromium against the
// simulated console. Ends with one line `N passed, N failed` from the real counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const npx = (args, env) => run('npx', ['--no-install', ...args], env);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
let aptUpdated = false;
function aptInstall(packages) {
  if (!aptUpdated) run('apt-get', ['update', '-qq']);
  aptUpdated = true;
  return run('apt-get', ['install', '-y', '-qq', ...packages], { DEBIAN_FRONTEND: 'noninteractive' });
}

function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  // A fresh Debian machine (CI) has no browser and cannot download Playwright's: use Debian's.
  if (canApt) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    aptInstall(['chromium']);
    path = findChromium();
  }
  return path;
}

/** The Japanese screenshots need a Japanese font; a bare Debian has none. (Text checks pass
 *  without it: this only makes the screenshots readable.) */
function ensureJapaneseFont() {
  const fonts = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return;
  if (canApt) aptInstall(['fonts-ipafont-gothic']);
  else console.warn('No Japanese font found: the Japanese screenshots will show boxes (install fonts-ipafont-gothic or Noto CJK).');
}

mkdirSync('test-results', { recursive: true });
const counts = { passed: 0, failed: 0 };
const gate = (name, status) => {
  // A step without its own test count (typecheck, build) counts as one test.
  if (status === 0) counts.passed += 1;
  else { counts.failed += 1; console.error(`\n✗ ${name} failed`); }
  return status === 0;
};
const readJson = (path) => { try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return undefined; } };

gate('typecheck', npx(['tsc', '--noEmit', '-p', '.']));
gate('eslint (house rules)', npx(['eslint', 'src']));

const unitStatus = npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0);
} else gate('unit tests', unitStatus || 1);

const built = gate('build', run('node', ['scripts/build.mjs']));
if (built) gate('Firefox lint (web-ext lint, 0 errors)', npx(['web-ext', 'lint', '--source-dir', 'dist/firefox']));

const chromium = ensureChromium();
ensureJapaneseFont();
if (!chromium) {
  console.error(`\n${HOW_TO_GET_CHROMIUM}`);
  counts.failed += 1;
} else if (built) {
  const e2eStatus = npx(['playwright', 'test', '--reporter=list,json'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
  });
  const e2e = readJson('test-results/e2e.json');
  const stats = e2e?.stats;
  if (stats) {
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected + (e2eStatus !== 0 && stats.unexpected === 0 ? 1 : 0);
  } else gate('end-to-end tests', e2eStatus || 1);
}

console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed > 0 ? 1 : 0);
