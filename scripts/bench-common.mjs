// What the benchmarks and the e2e browser share: one way to build the app into a folder, and one set of
// Chromium flags (no sandbox in containers, no GPU, no background traffic that would muddy a measurement).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `vite build` of the app at `root` into `out`, with extra environment (e.g. SITE_URL). */
export function buildApp(root, out, env = {}) {
  console.error('building the app…');
  execFileSync(
    'node',
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', ...env } },
  );
  return out;
}
