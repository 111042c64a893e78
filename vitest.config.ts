import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const EXCLUDE = ['**/node_modules/**', '**/*.e2e.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    css: false,
    // Vitest's default is one worker fewer than the cores: on the two-core machines CI runs on that is one, and
    // the suite took 180 s. Two threads take about 130 s (three, 115 s, but with every view test slower).
    pool: 'threads',
    maxWorkers: 2,
    env: { TZ: 'UTC' },
    // The robustness suite's browser half runs with the end-to-end tests (vitest.e2e.config.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'views',
          environment: 'jsdom',
          // A view test types and tabs through a whole chart; 5 s is too little on a busy 2-core machine.
          testTimeout: 15_000,
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
