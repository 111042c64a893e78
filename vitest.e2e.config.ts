import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in Debian's Chromium; they run in Node, one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts', 'test/robust/**/*.e2e.test.ts'],
    globalSetup: ['./test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
