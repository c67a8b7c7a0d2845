import { defineConfig } from '@playwright/test';

// Two engines, one runner (one report, one count): Chromium driven by Playwright (e2e/fixtures.ts),
// Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core (e2e/firefox/fixtures.ts). Each
// test launches its own browser against its own simulated AWS, so the browser settings live in the
// fixtures; here only the runner is configured. `--project=chromium` or `--project=firefox` runs one.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  projects: [
    { name: 'chromium', testIgnore: 'firefox/**' },
    // Firefox starts and installs the add-on more slowly than Chromium loads it.
    { name: 'firefox', testDir: 'e2e/firefox', timeout: 60_000 },
  ],
});
