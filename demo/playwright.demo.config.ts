import { defineConfig } from '@playwright/test';

// `npm run demo` drives the demo story with Playwright Test (it compiles our TypeScript simulator);
// it is not part of `npm test`. One project per browser: scripts/demo.mjs picks one with --project
// (`--browser firefox` → the Firefox story, driven over WebDriver BiDi by puppeteer-core).
export default defineConfig({
  testDir: '.',
  timeout: 0,
  workers: 1,
  reporter: 'list',
  projects: [
    { name: 'chromium', testMatch: 'demo.story.ts' },
    { name: 'firefox', testMatch: 'firefox.story.ts' },
  ],
});
