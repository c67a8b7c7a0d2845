import { defineConfig } from '@playwright/test';

// `npm run demo` drives the demo story with Playwright (it compiles our TypeScript simulator);
// it is not part of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: 'demo.story.ts',
  timeout: 0,
  workers: 1,
  reporter: 'list',
});
