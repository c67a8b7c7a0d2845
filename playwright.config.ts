import { defineConfig } from '@playwright/test';

// The extension is loaded into a persistent context per test (see e2e/fixtures.ts), so the
// browser settings live in the fixture; here only the runner itself is configured.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
});
