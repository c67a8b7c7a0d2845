// `npm test`: typecheck, unit tests, build, Firefox lint, then the end-to-end suite in Chromium
// against the simulated console. The typecheck, build and lint are checks, reported on a line of
// their own; the closing line `N passed, N failed` counts tests (unit + e2e) from the real counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { aptInstall, canApt } from './apt.mjs';
import { ensureChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const npx = (args, env) => run('npx', ['--no-install', ...args], env);

/** The Japanese screenshots need a Japanese font; a bare Debian has none. (Text checks pass
 *  without it: this only makes the screenshots readable.) */
function ensureJapaneseFont() {
  const fonts = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return;
  if (canApt) aptInstall(['fonts-ipafont-gothic']);
  else console.warn('No Japanese font found: the Japanese screenshots will show boxes (install fonts-ipafont-gothic or Noto CJK).');
}

mkdirSync('test-results', { recursive: true });
/** Tests, as the runners count them. */
const counts = { passed: 0, failed: 0 };
/** Steps with no tests of their own (typecheck, build, lints): name → ok / failed / not run. */
const checks = new Map();
const gate = (name, status) => {
  checks.set(name, status === 0 ? 'ok' : 'failed');
  if (status !== 0) console.error(`\n✗ ${name} failed`);
  return status === 0;
};
/** A runner that failed without a count of its failures (it crashed, or found no tests): one. */
const failedWithoutCount = (name) => {
  console.error(`\n✗ ${name} failed without counting its tests: counted as one failed test`);
  counts.failed += 1;
};
const readJson = (path) => { try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return undefined; } };
// A report left by an earlier run must not stand in for a runner that wrote none this time.
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

gate('typecheck', npx(['tsc', '--noEmit', '-p', '.']));
if (gate('eslint (house rules)', npx(['eslint', 'src']))) process.env.SWITCHYARD_LINTED = '1'; // the build need not lint again

const unitStatus = npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0);
} else failedWithoutCount('unit tests');

const built = gate('build', run('node', ['scripts/build.mjs']));
if (built) gate('firefox lint', npx(['web-ext', 'lint', '--source-dir', `${process.env.SWITCHYARD_DIST ?? 'dist'}/firefox`]));
else checks.set('firefox lint', 'not run');

const chromium = ensureChromium();
ensureJapaneseFont();
let e2eRan = false;
if (!chromium) {
  console.error(`\n${HOW_TO_GET_CHROMIUM}`);
  checks.set('chromium', 'not found');
} else if (built) {
  e2eRan = true;
  const e2eStatus = npx(['playwright', 'test', '--reporter=list,json'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
  });
  const e2e = readJson('test-results/e2e.json');
  const stats = e2e?.stats;
  if (stats) {
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected + (e2eStatus !== 0 && stats.unexpected === 0 ? 1 : 0);
  } else failedWithoutCount('end-to-end tests');
}

// CI reads only the last line. A failed check is counted there as a failure and named, so a run
// whose tests all passed but whose build (say) failed ends on `N passed, 1 failed (...)`, never on
// a green-looking `N passed, 0 failed`; when every check is ok the line counts tests alone.
const failedChecks = [...checks].filter(([, result]) => result !== 'ok' && result !== 'not run').map(([name]) => name);
console.log(`\nchecks: ${[...checks].map(([name, result]) => `${name} ${result}`).join(', ')}`);
if (!e2eRan) console.log('end-to-end tests not run (see above)');
const failed = counts.failed + failedChecks.length;
const why = failedChecks.length > 0 ? ` (${counts.failed} failed tests; failed checks: ${failedChecks.join(', ')})` : '';
console.log(`${counts.passed} passed, ${failed} failed${why}`);
process.exit(failed > 0 ? 1 : 0);
