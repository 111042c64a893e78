// npm run test:visual [-- --update] [-- <vitest filter>]: builds the app, then runs the visual suite.
// --update rewrites the baselines (screenshots, chart SVGs and the Chromium version that made them).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const update = args.includes('--update');
const rest = args.filter((a) => a !== '--update');
const env = { ...process.env, ...(update ? { VISUAL_UPDATE: '1' } : {}) };
// test:all builds once before its browser tests; on its own the suite builds what it tests.
if (process.env.VISUAL_NO_BUILD !== '1') env.E2E_BUILD = '1';
const run = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.visual.config.ts', ...rest], {
  stdio: 'inherit',
  env,
});
process.exit(run.status ?? 1);
