// Adds up the gates (one test each) and the vitest JSON reports; prints "N passed, N failed" last.
import { existsSync, readFileSync } from 'node:fs';

const [gatesFile, ...reports] = process.argv.slice(2);
const COLOUR_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

let passed = 0;
let failed = 0;
const lines = [];

if (gatesFile && existsSync(gatesFile)) {
  for (const line of readFileSync(gatesFile, 'utf8').split('\n').filter(Boolean)) {
    const [status, name] = line.split(' ');
    if (status === 'pass') passed++;
    else failed++;
    lines.push(`  ${status === 'pass' ? 'ok  ' : 'FAIL'} ${name}`);
  }
}
for (const file of reports) {
  if (!existsSync(file)) {
    failed++;
    lines.push(`  FAIL ${file}: no report (the runner did not finish)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const p = report.numPassedTests ?? 0;
  // A file that fails to load counts as one failure even though it ran no test.
  const f = (report.numFailedTests ?? 0) + countFilesFailedWithoutTests(report);
  passed += p;
  failed += f;
  lines.push(`  ${f === 0 ? 'ok  ' : 'FAIL'} ${file}: ${p} passed, ${f} failed`);
  lines.push(...failures(report));
  if (report.numTotalTests === 0) {
    failed++;
    lines.push(`  FAIL ${file}: ran no test`);
  }
}

// CI keeps only the end of the log, so the names of what failed, and why in a line, must be here too.
function failures(report) {
  const out = [];
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) out.push(`       × ${a.fullName}: ${gist(a.failureMessages)}`);
    // Passed on a retry (see vitest.e2e.config.ts): counted as passed, shown with the first try's failure.
    for (const a of file.assertionResults ?? [])
      if (a.status === 'passed' && (a.failureMessages ?? []).length > 0)
        out.push(`       flaky, passed on its retry: ${a.fullName}: ${gist(a.failureMessages)}`);
    if (file.status === 'failed' && failed.length === 0)
      out.push(`       × ${file.name}: ${gist([file.message])}`);
  }
  return out;
}

function gist(messages) {
  const text = (messages ?? []).filter(Boolean).join('\n').replace(COLOUR_CODES, '');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at ')); // stack frames say less than the message
  return (lines.slice(0, 3).join(' / ') || 'no message').slice(0, 400);
}

function countFilesFailedWithoutTests(report) {
  return (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

console.log('\nSummary');
console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
