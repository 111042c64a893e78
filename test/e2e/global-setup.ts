import { existsSync } from 'node:fs';
import { build, servePreview } from './preview-server';

// E2E_PORT and E2E_DIST let several people (or agents) run e2e side by side on one machine.
const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
const E2E_DIST = process.env.E2E_DIST ?? 'dist';

/** Builds the app if needed and serves it with `vite preview` for the whole e2e run. */
export default async function setup() {
  if (!existsSync(`${E2E_DIST}/index.html`) || process.env.E2E_BUILD === '1') build(E2E_DIST);
  return servePreview(E2E_DIST, E2E_PORT);
}
