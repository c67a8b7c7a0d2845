// Finds a Chromium for the tests, the demo and the benchmark, in this order: $CHROMIUM_PATH,
// Playwright's own download (a developer laptop), then the system packages (Debian's /usr/bin/chromium).
// No browser can be downloaded on the CI machines, so we never try to fetch one here; as root on
// Debian, `ensureChromium` installs Debian's package instead.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { aptInstall, canApt } from './apt.mjs';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core knows no browser of its own here: fall through to the system ones.
  }
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

/** `findChromium`, and on a fresh Debian machine (CI) that has none, Debian's after installing it.
 *  The tests, the demo and the benchmark all start here, so each works where the others do. */
export function ensureChromium() {
  const found = findChromium();
  if (found || !canApt) return found;
  console.log('No Chromium found: installing Debian\'s chromium package…');
  aptInstall(['chromium']);
  return findChromium();
}

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found. Set CHROMIUM_PATH, run `npx playwright install chromium`, ' +
  'or on Debian/Ubuntu install it with `sudo apt-get install -y chromium`.';
