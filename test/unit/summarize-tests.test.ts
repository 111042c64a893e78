/**
 * CI keeps only the end of the log, so the summary that ends `npm run test:all` must name what failed, and what
 * passed only on its retry, with the gist of the failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'summary-'));

function report(name: string, tests: Array<{ name: string; status: string; messages?: string[] }>): string {
  const file = join(dir, name);
  const passed = tests.filter((t) => t.status === 'passed').length;
  writeFileSync(
    file,
    JSON.stringify({
      numPassedTests: passed,
      numFailedTests: tests.length - passed,
      numTotalTests: tests.length,
      testResults: [
        {
          name: '/repo/test/a.test.ts',
          status: passed === tests.length ? 'passed' : 'failed',
          assertionResults: tests.map((t) => ({
            fullName: t.name,
            status: t.status,
            failureMessages: t.messages ?? [],
          })),
        },
      ],
    }),
  );
  return file;
}

function summarize(...files: string[]) {
  const gates = join(dir, 'gates.txt');
  writeFileSync(gates, 'pass lint\npass build\n');
  const run = spawnSync('node', ['scripts/summarize-tests.mjs', gates, ...files], { encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

describe('the test summary', () => {
  it('names each failed test with its message, not its stack, and ends with the counts', () => {
    const file = report('e2e.json', [
      { name: 'growth draws', status: 'passed' },
      {
        name: 'visual suite timeline-390',
        status: 'failed',
        messages: [
          '\u001b[31mAssertionError: timeline-390: screenshot 120 pixels differ\u001b[39m\n    at x.ts:1:1',
        ],
      },
    ]);
    const { status, lines } = summarize(file);
    expect(status).toBe(1);
    expect(lines).toContain(
      '       × visual suite timeline-390: AssertionError: timeline-390: screenshot 120 pixels differ',
    );
    expect(lines.at(-1)).toBe('3 passed, 1 failed');
  });

  it('counts a test that passed on its retry as passed and lists it as flaky', () => {
    const file = report('visual.json', [
      { name: 'sources-1280', status: 'passed', messages: ['Error: page closed\n    at y.ts:2:2'] },
    ]);
    const { status, lines } = summarize(file);
    expect(status).toBe(0);
    expect(lines).toContain('       flaky, passed on its retry: sources-1280: Error: page closed');
    expect(lines.at(-1)).toBe('3 passed, 0 failed');
  });

  it('fails a report that is missing', () => {
    const { status, lines } = summarize(join(dir, 'none.json'));
    expect(status).toBe(1);
    expect(lines.at(-1)).toBe('2 passed, 1 failed');
  });
});
