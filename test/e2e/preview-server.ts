import { execFileSync, spawn } from 'node:child_process';

const VITE = 'node_modules/vite/bin/vite.js';

/** Builds the app into `outDir`, for the site root or, with `base`, for a sub-path such as `/mic/`. */
export function build(outDir: string, base?: string): void {
  execFileSync('node', [VITE, 'build', '--outDir', outDir], {
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which vite would pass on to React: the tests would run its development build.
    env: { ...process.env, NODE_ENV: 'production', ...(base ? { BASE_PATH: base } : {}) },
  });
}

/** Serves a build with `vite preview` (which answers unknown paths with index.html, as a host must). */
export async function servePreview(outDir: string, port: number, base = '/'): Promise<() => void> {
  const server = spawn(
    'node',
    [
      VITE,
      'preview',
      '--outDir',
      outDir,
      '--base',
      base,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return () => server.kill();
}
