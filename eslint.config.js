import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { layerConfig } from './scripts/layers.mjs';

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-*',
    'node_modules',
    'shots',
    'coverage',
    'reports',
    'public/mockServiceWorker.js',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      prettier,
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    // A view's route is `export default viewRoute({...})` (charts/view-route.tsx).
    rules: {
      'react-refresh/only-export-components': [
        'error',
        { allowConstantExport: true, extraHOCs: ['viewRoute'] },
      ],
    },
  },
  // One-way layers (docs/architecture.md): a module imports only from its own layer and the ones below.
  { files: ['src/**/*.{ts,tsx}'], ...layerConfig(import.meta.dirname) },
  {
    files: ['test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended, prettier],
    languageOptions: { globals: globals.node },
  },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
]);
