#!/usr/bin/env node
// Dependency review (README, "Dependency review"): every production dependency, direct or not, with its
// licence and when its version was published; exits 1 if a licence is outside the allow-list. It stands in
// for `npm audit`, whose service these machines cannot reach. Publication dates come from the npm registry
// (the one network these machines have); `--offline` skips them.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Permissive licences that ask for no more than keeping the notice (OSI-approved, no copyleft). */
const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'OFL-1.1',
  'Unlicense',
]);

const offline = process.argv.includes('--offline');

/** `npm ls` lists every installed production package once per path; one row per name and version. */
function productionPackages() {
  // npm ls exits non-zero on a peer-dependency warning; its listing is still complete.
  const out = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' }).stdout;
  const dirs = [...new Set(out.split('\n').filter((d) => d.includes('node_modules')))];
  return dirs
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
      return { name: pkg.name, version: pkg.version, licence };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `(MIT OR Apache-2.0)` is allowed when one of its choices is; `AND` needs all. */
function allowed(licence) {
  const expr = licence.replace(/[()]/g, '').trim();
  if (expr.includes(' OR ')) return expr.split(' OR ').some((l) => ALLOWED.has(l.trim()));
  return expr.split(' AND ').every((l) => ALLOWED.has(l.trim()));
}

function published(name, version) {
  if (offline) return 'not checked';
  try {
    const times = JSON.parse(execFileSync('npm', ['view', name, 'time', '--json'], { encoding: 'utf8' }));
    return (times[version] ?? '?').slice(0, 10);
  } catch {
    return 'registry unreachable';
  }
}

const rows = productionPackages().map((p) => ({
  ...p,
  published: published(p.name, p.version),
  ok: allowed(p.licence),
}));
const width = Math.max(...rows.map((r) => `${r.name}@${r.version}`.length));
for (const r of rows)
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'} ${`${r.name}@${r.version}`.padEnd(width)}  ${r.licence.padEnd(14)} ${r.published}`,
  );
const bad = rows.filter((r) => !r.ok);
console.log(
  `${rows.length} production packages, ${bad.length} with a licence outside the allow-list (${[...ALLOWED].join(', ')})`,
);
process.exit(bad.length > 0 ? 1 : 0);
