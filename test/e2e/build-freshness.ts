import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from: a change to any of these makes an older build stale. */
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'scripts/prerender', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Whether `outDir` holds a build at least as new as every source file. Tests of a stale build pass or fail
 * for code that is no longer there (it happened: a fix looked broken against last session's dist/).
 */
export function buildIsFresh(outDir: string, root = '.'): boolean {
  const built = join(outDir, 'index.html');
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(root, input)) <= builtAt);
}
