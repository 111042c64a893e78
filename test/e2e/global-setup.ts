import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

// E2E_PORT and E2E_DIST let several people (or agents) run e2e side by side on one machine.
const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
const E2E_DIST = process.env.E2E_DIST ?? 'dist';

/** Builds the app if needed and serves it with `vite preview` for the whole e2e run. */
export default async function setup() {
  if (!existsSync(`${E2E_DIST}/index.html`) || process.env.E2E_BUILD === '1') {
    execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--outDir', E2E_DIST], {
      stdio: 'inherit',
    });
  }
  const server: ChildProcess = spawn(
    'node',
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      E2E_DIST,
      '--host',
      '127.0.0.1',
      '--port',
      String(E2E_PORT),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${E2E_PORT}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return () => {
    server.kill();
  };
}
