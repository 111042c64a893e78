import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsFresh } from '../e2e/build-freshness';

describe('e2e build freshness', () => {
  const root = mkdtempSync(join(tmpdir(), 'mic-fresh-'));
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const touch = (path: string, seconds: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
    utimesSync(join(root, path), seconds, seconds);
  };

  it('rebuilds when there is no build, or a source file is newer than it', () => {
    touch('src/views/a.tsx', 1000);
    expect(buildIsFresh(join(root, 'dist'), root)).toBe(false);
    touch('dist/index.html', 2000);
    // Directories get the time of their last change; pin them too, as a checkout would.
    utimesSync(join(root, 'src/views'), 1000, 1000);
    utimesSync(join(root, 'src'), 1000, 1000);
    expect(buildIsFresh(join(root, 'dist'), root)).toBe(true);
    touch('src/views/a.tsx', 3000);
    expect(buildIsFresh(join(root, 'dist'), root)).toBe(false);
  });
});
