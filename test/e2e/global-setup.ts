import { buildIsFresh } from './build-freshness';
import { build, servePreview } from './preview-server';

// E2E_PORT and E2E_DIST let several people (or agents) run e2e side by side on one machine.
const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
const E2E_DIST = process.env.E2E_DIST ?? 'dist';

/** Builds the app when it is missing or older than its sources, and serves it for the whole e2e run. */
export default async function setup() {
  if (process.env.E2E_BUILD === '1' || !buildIsFresh(E2E_DIST)) build(E2E_DIST);
  return servePreview(E2E_DIST, E2E_PORT);
}
