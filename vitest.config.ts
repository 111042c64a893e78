import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const EXCLUDE = ['**/node_modules/**', '**/*.e2e.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    css: false,
    env: { TZ: 'UTC' },
    // The robustness suite's browser half runs with the end-to-end tests (vitest.e2e.config.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'views',
          environment: 'jsdom',
          setupFiles: ['./test/setup/setup-tests.ts'],
          include: ['src/**/*.test.tsx', 'test/unit/**/*.test.tsx'],
          exclude: EXCLUDE,
        },
      },
      {
        // Pure functions need no DOM: a jsdom per file was most of their run time.
        extends: true,
        test: {
          name: 'functions',
          environment: 'node',
          setupFiles: ['./test/setup/setup-node.ts'],
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/robust/**/*.test.ts'],
          exclude: EXCLUDE,
        },
      },
    ],
  },
});
