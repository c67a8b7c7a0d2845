// Finds a Firefox for the Firefox end-to-end tests and the demo: $FIREFOX_PATH, then the system
// packages (Debian's firefox-esr first: the tests drive it through WebDriver BiDi, which release
// Firefox since 129 and ESR 140+ speak; Playwright's patched Firefox is not needed). No browser can
// be downloaded on the CI machines; as root on Debian, `ensureFirefox` installs Debian's packages.
import { existsSync } from 'node:fs';
import { aptInstall, canApt } from './apt.mjs';

const SYSTEM_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** Debian ships Firefox's UI languages as separate packages: without Japanese's, the browser (and
 *  so the extension's _locales) stays in English whatever `intl.locale.requested` says. */
const LANGUAGE_PACKS = ['firefox-esr-l10n-ja'];
const JA_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-ja@firefox-esr.mozilla.org.xpi';

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

/** `findFirefox`, and on a fresh Debian machine (CI) Debian's firefox-esr and its Japanese
 *  language pack after installing whichever is missing. */
export function ensureFirefox() {
  const found = findFirefox();
  if (!canApt || process.env.FIREFOX_PATH) return found;
  // The language pack goes with Debian's firefox-esr only (another Firefox brings its own).
  const esr = found === undefined || found === '/usr/bin/firefox-esr';
  const missing = [...(found ? [] : ['firefox-esr']), ...(esr && !existsSync(JA_LANGPACK) ? LANGUAGE_PACKS : [])];
  if (missing.length > 0) {
    console.log(`Installing Debian's ${missing.join(', ')} for the Firefox tests…`);
    aptInstall(missing);
  }
  return findFirefox();
}

export const HOW_TO_GET_FIREFOX =
  'No Firefox found. Set FIREFOX_PATH to a Firefox 140 or later, ' +
  'or on Debian/Ubuntu install it with `sudo apt-get install -y firefox-esr firefox-esr-l10n-ja`.';
