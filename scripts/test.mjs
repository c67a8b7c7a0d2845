// `npm test`: typecheck, unit tests, build, Firefox lint, then the end-to-end suite in both engines
// (Playwright's `chromium` and `firefox` projects, one run, one report) against the simulated AWS.
// The typecheck, build, lint and each engine are checks, reported on a line of their own; the closing
// line `N passed, N failed` counts tests (unit + e2e in both engines) from the real counts. An engine
// that cannot be had is a failed check: the other still runs, but the line never looks green.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { aptInstall, canApt } from './apt.mjs';
import { ensureChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { ensureFirefox, HOW_TO_GET_FIREFOX } from './find-firefox.mjs';

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
/** Steps with no tests of their own (typecheck, build, lints) and the engines: name → ok (for an
 *  engine `ran N tests`) / failed / not found / no tests / not run. */
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

/** Tests in a Playwright json report, by project (engine): how many ran, how many were skipped
 *  (a skipped test did not run: it must not make an engine look tested). */
function testsByProject(report) {
  const byProject = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const tally = byProject.get(t.projectName) ?? { ran: 0, skipped: 0 };
        if (t.status === 'skipped') tally.skipped += 1;
        else tally.ran += 1;
        byProject.set(t.projectName, tally);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return byProject;
}

// Each engine's browser, installed from Debian's packages where missing and we are root.
const engines = { chromium: ensureChromium(), firefox: ensureFirefox() };
ensureJapaneseFont();
const HOW_TO_GET = { chromium: HOW_TO_GET_CHROMIUM, firefox: HOW_TO_GET_FIREFOX };
const present = Object.keys(engines).filter((name) => engines[name]);
for (const name of Object.keys(engines)) {
  if (engines[name]) continue;
  console.error(`\n${HOW_TO_GET[name]}${present.length > 0 ? ` Running the ${present.join(' and ')} tests only.` : ''}`);
  checks.set(name, 'not found');
}
let e2eRan = false;
if (built && present.length > 0) {
  e2eRan = true;
  const e2eStatus = npx(['playwright', 'test', ...present.map((name) => `--project=${name}`), '--reporter=list,json'], {
    ...(engines.chromium ? { CHROMIUM_PATH: engines.chromium } : {}),
    ...(engines.firefox ? { FIREFOX_PATH: engines.firefox } : {}),
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
  });
  const e2e = readJson('test-results/e2e.json');
  const stats = e2e?.stats;
  if (stats) {
    // The stats are the whole run's: both projects.
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected + (e2eStatus !== 0 && stats.unexpected === 0 ? 1 : 0);
    // An engine whose project ran no test at all (its specs lost, its project renamed) did not run.
    const byProject = testsByProject(e2e);
    for (const name of present) {
      const { ran, skipped } = byProject.get(name) ?? { ran: 0, skipped: 0 };
      const skippedNote = skipped > 0 ? ` (${skipped} skipped)` : '';
      checks.set(name, ran > 0 ? `ran ${ran} test${ran === 1 ? '' : 's'}${skippedNote}` : `no tests${skippedNote}`);
    }
  } else {
    failedWithoutCount('end-to-end tests');
    for (const name of present) checks.set(name, 'no report');
  }
} else for (const name of present) checks.set(name, 'not run');

// CI reads only the last line. A failed check is counted there as a failure and named, so a run
// whose tests all passed but whose build (say) failed ends on `N passed, 1 failed (...)`, never on
// a green-looking `N passed, 0 failed`; when every check is ok the line counts tests alone.
const failedChecks = [...checks].filter(([, result]) => result !== 'ok' && !result.startsWith('ran ') && result !== 'not run').map(([name]) => name);
console.log(`\nchecks: ${[...checks].map(([name, result]) => `${name} ${result}`).join(', ')}`);
if (!e2eRan) console.log('end-to-end tests not run (see above)');
const failed = counts.failed + failedChecks.length;
const why = failedChecks.length > 0 ? ` (${counts.failed} failed tests; failed checks: ${failedChecks.join(', ')})` : '';
console.log(`${counts.passed} passed, ${failed} failed${why}`);
process.exit(failed > 0 ? 1 : 0);
