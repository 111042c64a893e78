// npm run snapshot -- check <file…> [--json]   validate snapshots as the app does; exit 1 if any is refused
// npm run snapshot -- new [--out FILE]           a template with every required field, in English and Russian
// npm run snapshot -- diff <a> <b> [--csv]       figures added, removed and changed between two snapshots
//
// The app's own schema, checks and diff, loaded from src/ through Vite's module runner (no build needed), so a
// file this accepts is one the dashboard opens. Exit codes: 0 fine, 1 a snapshot refused, 2 wrong usage.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = `usage:
  npm run snapshot -- check <file.json>… [--json]
  npm run snapshot -- new [--out file.json] [--force]
  npm run snapshot -- diff <a.json> <b.json> [--csv]`;

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    csv: { type: 'boolean', default: false },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const [command, ...files] = positionals;

function usage(message) {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(2);
}

if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!['check', 'new', 'diff'].includes(command ?? ''))
  usage(command ? `unknown command "${command}"` : undefined);

const { module: kit } = await runnerImport(resolve(ROOT, 'scripts/snapshot-kit.ts'), {
  root: ROOT,
  configFile: false,
  logLevel: 'silent',
});

function report(result) {
  if (result.ok) {
    console.log(`✓ ${result.file}: valid (${result.summary})`);
    for (const w of result.warnings) console.log(`  warning: ${w}`);
  } else {
    const n = result.problems.length;
    console.log(`✗ ${result.file}: ${n} problem${n === 1 ? '' : 's'}`);
    for (const p of result.problems) console.log(`  ${p.path}: ${p.message}`);
  }
}

if (command === 'check') {
  if (files.length === 0) usage('check needs at least one file');
  const results = files.map((f) => kit.checkFile(resolve(f)));
  if (opts.json)
    console.log(
      JSON.stringify(
        results.map((r) => ({ ...r, snapshot: undefined })),
        null,
        2,
      ),
    );
  else results.forEach(report);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

if (command === 'new') {
  const text = kit.templateText();
  if (!opts.out) process.stdout.write(text);
  else {
    if (existsSync(opts.out) && !opts.force) usage(`${opts.out} exists; add --force to overwrite it`);
    writeFileSync(opts.out, text);
    console.error(
      `wrote ${opts.out}: fill in the figures and sources, then run npm run snapshot -- check ${opts.out}`,
    );
  }
  process.exit(0);
}

if (command === 'diff') {
  if (files.length !== 2) usage('diff needs two files');
  const results = files.map((f) => kit.checkFile(resolve(f)));
  if (!results.every((r) => r.ok)) {
    results.filter((r) => !r.ok).forEach(report);
    process.exit(1);
  }
  const out = kit.diffText(results[0].snapshot, results[1].snapshot);
  process.stdout.write(opts.csv ? out.csv : `${out.text}\n`);
  process.exit(0);
}
