import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/robust/**/*.test.ts'],
    // The robustness suite's browser half runs with the end-to-end tests (vitest.e2e.config.ts).
    exclude: ['**/node_modules/**', '**/*.e2e.test.ts'],
    css: false,
    env: { TZ: 'UTC' },
  },
});
