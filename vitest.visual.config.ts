import { defineConfig } from 'vitest/config';

// The visual suite (test/visual): screenshots and chart SVGs of the production build against baselines.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/visual/**/*.test.ts'],
    globalSetup: ['./test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
