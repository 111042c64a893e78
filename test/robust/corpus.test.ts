/** Every broken file of the corpus is refused, naming its file and the JSON path at fault; text with markup is accepted as text. */
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../src/data/errors';
import { parseCatalogue, parseSnapshot } from '../../src/data/snapshot';
import { brokenFiles, injectedFiles } from './corpus';

const files = brokenFiles();

describe(`the robustness corpus (${files.length} broken files)`, () => {
  it('has at least 80 broken files', () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
  });

  it.each(files.map((f) => [f.name, f] as const))('refuses %s', (_, f) => {
    const parse = f.file === 'index.json' ? parseCatalogue : parseSnapshot;
    let error: unknown;
    try {
      parse(f.file, f.body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SnapshotError);
    const { problems, file } = error as SnapshotError;
    expect(file).toBe(f.file);
    expect(
      problems.some((p) => p.path === f.path && f.message.test(p.message)),
      JSON.stringify(problems.slice(0, 5)),
    ).toBe(true);
  });

  it.each(injectedFiles().map((f) => [f.name, f] as const))('accepts %s as plain text', (_, f) => {
    expect(() => parseSnapshot('mic-2021.json', f.body)).not.toThrow();
  });
});
