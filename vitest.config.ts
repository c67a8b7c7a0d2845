import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; the Playwright specs under e2e/ are kept out, and so are the lint
// fixtures (lint/fixtures/, deliberate breaches that lint/house-rules.test.ts lints).
export default defineConfig({
  // Unit tests run the code as users get it: without the e2e flavour's test hooks.
  define: { __SWITCHYARD_E2E__: 'false' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'lint/*.test.ts'],
    environment: 'node',
  },
});
