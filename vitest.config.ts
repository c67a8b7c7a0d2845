import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; the Playwright specs under e2e/ are kept out.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
