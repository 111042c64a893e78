// Adds up the gates (one test each) and the vitest JSON reports; prints "N passed, N failed" last.
import { existsSync, readFileSync } from 'node:fs';

const [gatesFile, ...reports] = process.argv.slice(2);
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
  if (report.numTotalTests === 0) {
    failed++;
    lines.push(`  FAIL ${file}: ran no test`);
  }
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
