import { defineConfig } from '@playwright/test';

// The benchmark runs through Playwright (it compiles our TypeScript and drives Chromium), one
// worker so that nothing else competes for the two cores; not part of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: process.env.BENCH_STORY ?? 'bench.story.ts',
  timeout: 0,
  workers: 1,
  reporter: 'list',
});
