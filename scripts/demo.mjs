// `npm run demo`: Chromium with the built extension and the simulated AWS console, loaded with
// sample roles, so Switchyard can be tried without an AWS account.
// `npm run demo -- --headless` walks the same story without a display and saves screenshots.
// `npm run screenshots` (`--headless --docs`) also writes the README's pictures into docs/screenshots/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

const docs = process.argv.includes('--docs');
const headless = docs || process.argv.includes('--headless');
if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display: run `npm run demo -- --headless` to walk the demo and save screenshots in demo-screenshots/.');
  process.exit(1);
}
const chromium = ensureChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (!existsSync('dist/chrome/manifest.json')) spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const status = spawnSync('npx', ['--no-install', 'playwright', 'test', '-c', 'demo/playwright.demo.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, DEMO_HEADLESS: headless ? '1' : '', DEMO_DOCS: docs ? '1' : '' },
}).status;
process.exit(status ?? 1);
