import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in Debian's Chromium; they run in Node. E2E_WORKERS files run
// side by side (default 1): every file has its own browser and its own ports, and every wait is on a state
// the page reaches, not on time, so a busier machine is slower but not wrong.
const workers = Math.max(1, Number(process.env.E2E_WORKERS ?? 1));

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts', 'test/robust/**/*.e2e.test.ts'],
    globalSetup: ['./test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: workers > 1,
    // A browser on a busy two-core machine fails now and then for no fault of the page (one CI run in about
    // twenty); a test that passes on its second try is listed as flaky, with its first failure, by
    // scripts/summarize-tests.mjs, so a flake is seen, not hidden.
    retry: 1,
    maxWorkers: workers,
  },
});
