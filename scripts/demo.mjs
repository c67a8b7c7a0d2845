// `npm run demo`: Chromium with the built extension and the simulated AWS console, loaded with
// sample roles, so Switchyard can be tried without an AWS account.
// `npm run demo -- --browser firefox`: the same in Firefox (Debian's firefox-esr, dist/firefox), with
// the welcome tab the add-on opens on install.
// `npm run demo -- --headless` walks the same story without a display and saves screenshots in
// demo-screenshots/ (Firefox: demo-screenshots/firefox/).
// `npm run screenshots` (`--headless --docs`) also writes the README's pictures into docs/screenshots/
// (from Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { ensureFirefox, HOW_TO_GET_FIREFOX } from './find-firefox.mjs';

const args = process.argv.slice(2);
/** `--browser firefox` or `--browser=firefox`; Chromium by default. */
const browserArg = args.find((arg) => arg.startsWith('--browser='))?.slice('--browser='.length)
  ?? (args.includes('--browser') ? args[args.indexOf('--browser') + 1] : undefined);
const browser = browserArg ?? 'chromium';
if (browser !== 'chromium' && browser !== 'firefox') {
  console.error(`Unknown browser "${browser}": use --browser chromium or --browser firefox.`);
  process.exit(1);
}
const docs = args.includes('--docs');
if (docs && browser === 'firefox') {
  console.error('The README\'s pictures come from Chromium: run `npm run screenshots` without --browser.');
  process.exit(1);
}
const headless = docs || args.includes('--headless');
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  const more = browser === 'firefox' ? ' --browser firefox' : '';
  const where = browser === 'firefox' ? 'demo-screenshots/firefox/' : 'demo-screenshots/';
  console.error(`No display: run \`npm run demo --${more} --headless\` to walk the demo and save screenshots in ${where}.`);
  process.exit(1);
}
const found = browser === 'firefox' ? ensureFirefox() : ensureChromium();
if (!found) {
  console.error(browser === 'firefox' ? HOW_TO_GET_FIREFOX : HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const dist = process.env.SWITCHYARD_DIST ?? 'dist';
if (!existsSync(`${dist}/${browser === 'firefox' ? 'firefox' : 'chrome'}/manifest.json`)) spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const status = spawnSync('npx', ['--no-install', 'playwright', 'test', '-c', 'demo/playwright.demo.config.ts', `--project=${browser}`], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(browser === 'firefox' ? { FIREFOX_PATH: found } : { CHROMIUM_PATH: found }),
    DEMO_HEADLESS: headless ? '1' : '',
    DEMO_DOCS: docs ? '1' : '',
  },
}).status;
process.exit(status ?? 1);
