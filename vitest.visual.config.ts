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
    // A browser on a busy two-core machine fails now and then for no fault of the page (one CI run in about
    // twenty); a test that passes on its second try is listed as flaky, with its first failure, by
    // scripts/summarize-tests.mjs, so a flake is seen, not hidden.
    retry: 1,
  },
});
