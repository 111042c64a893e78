/**
 * The lint enforces the one-way layers of docs/architecture.md. These probes are linted as if they stood in
 * `src/`, with the same layer settings as eslint.config.js, so a rule that silently stops matching (a renamed
 * folder, a resolver that no longer finds `.tsx`) fails here rather than letting backwards imports in.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { layerConfig } from '../../scripts/layers.mjs';

const root = resolve(import.meta.dirname, '../..');

function linter(): ESLint {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser }, ...layerConfig(root) },
    ],
  });
}

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await linter().lintText(code, { filePath: join(root, path) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

// Each probe starts ESLint with the import resolver: seconds on a busy 2-core machine.
describe('import layers', { timeout: 30_000 }, () => {
  it.each([
    ['src/data/probe.ts', "import { translator } from '../i18n';", 'data below i18n'],
    ['src/lib/probe.ts', "import { formatNumber } from '../i18n/format';", 'lib below i18n'],
    ['src/charts/probe.ts', "import { App } from '../app/app';", 'charts below app'],
    ['src/export/probe.ts', "import { readPalette } from '../charts/figure-kinds';", 'export below charts'],
    ['src/views/sectors/probe.ts', "import Growth from '../growth/growth-route';", 'one view into another'],
  ])('rejects %s importing upwards (%s)', async (path, code) => {
    const found = await problems(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^import-x\/no-restricted-paths/);
  });

  it.each([
    ['src/lib/probe.ts', "import type { Snapshot } from '../data/schema';"],
    ['src/charts/probe.ts', "import { formatNumber } from '../i18n/format';"],
    ['src/views/sectors/probe.ts', "import { kindPaint } from '../../charts/figure-kinds';"],
    ['src/views/sectors/probe.ts', "import { sectorRows } from './sectors-series';"],
    ['src/app/probe.ts', "import { LANGUAGES } from '../i18n';"],
  ])('allows %s: %s', async (path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });

  const dir = mkdtempSync(join(root, 'src/lib/cycle-probe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects an import cycle', async () => {
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const found = await problems(
      `${dir.slice(root.length + 1)}/a.ts`,
      "import { b } from './b';\nexport const a = () => b;\n",
    );
    expect(found.some((m) => m.startsWith('import-x/no-cycle'))).toBe(true);
  });
});
