import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet under src/: the global ones and one per view. */
function stylesheets(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return stylesheets(path);
    return e.name.endsWith('.css') ? [path] : [];
  });
}

/** `file:line: declaration` for every declaration of `properties` whose value breaks `allowed`. */
function offScale(properties: RegExp, allowed: (value: string) => boolean): string[] {
  return stylesheets().flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const m = /^\s*([a-z-]+):\s*([^;]+);/.exec(line);
        if (!m?.[1] || !m[2] || !properties.test(m[1]) || allowed(m[2])) return [];
        return [`${file}:${i + 1}: ${m[1]}: ${m[2]}`];
      }),
  );
}

describe('CSS on tokens', () => {
  it('sets every margin, padding and gap from the spacing scale', () => {
    // Allowed besides var(--sp-*): 0, auto, hairline px (borders' width), and sizes relative to the text (em).
    const rem = /(?<![\w.-])\d*\.?\d+rem\b/;
    expect(offScale(/^(margin|padding|gap|row-gap|column-gap)(-[a-z-]+)?$/, (v) => !rem.test(v))).toEqual([]);
  });

  it('sets every font size from the type scale', () => {
    // The root size, print's point size, text relative to its parent (em) and the fluid page title are not steps.
    const allowed = (v: string) =>
      /^var\(--fs-[a-z0-9]+\)$/.test(v) ||
      /^(16px|11pt|inherit|\d*\.?\d+em)$/.test(v) ||
      v.startsWith('clamp(');
    expect(offScale(/^font-size$/, allowed)).toEqual([]);
  });
});
