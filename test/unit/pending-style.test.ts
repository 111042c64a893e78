import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The classes index.html's starter puts on the root and takes off as the page is shown. When one goes, the browser
// restyles what the rules naming it select; a rule whose last part names no class, id or tag (`> :not(…)`, `> *`)
// makes it restyle every element of the page, a long task under Lighthouse's trace on a pre-rendered page.
const ROOT_CLASSES = ['app-pending', 'app-query', 'fonts-pending', 'styles-pending'];

/** Splits at commas or combinators outside parentheses. */
function splitTopLevel(text: string, at: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && at.test(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** `:not(…)` and `:has(…)` select by what an element is not or holds: they give the browser nothing to look up. */
function withoutNegations(compound: string): string {
  let out = compound;
  for (;;) {
    const at = out.search(/:(not|has)\(/);
    if (at < 0) return out;
    let depth = 0;
    let end = out.indexOf('(', at);
    for (; end < out.length; end++) {
      if (out[end] === '(') depth++;
      else if (out[end] === ')' && --depth === 0) break;
    }
    out = out.slice(0, at) + out.slice(end + 1);
  }
}

const lastCompound = (selector: string) => splitTopLevel(selector, /[\s>+~]/).at(-1) ?? '';
const namesSomething = (compound: string) => /[.#]|^[a-z]/i.test(withoutNegations(compound));

function pendingSelectors(): string[] {
  const html = readFileSync('index.html', 'utf8');
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1] ?? '')
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)]
    .flatMap((m) => splitTopLevel(m[1] ?? '', /,/))
    .filter((s) => ROOT_CLASSES.some((c) => s.includes(`.${c}`)));
}

describe("index.html's pending style", () => {
  it('reads the last part of a selector as the browser does', () => {
    expect(lastCompound('.app-pending .view > :not(.view__head, .view-actions)')).toBe(
      ':not(.view__head, .view-actions)',
    );
    expect(namesSomething(':not(.view__head, .view-actions)')).toBe(false);
    expect(namesSomething('*')).toBe(false);
    expect(namesSomething('.view:has(.chart-frame)')).toBe(true);
    expect(namesSomething(':is(.chart-frame__head, .chart-frame__controls)')).toBe(true);
    expect(namesSomething('svg:not(.qualifier-swatch)')).toBe(true);
  });

  it('has rules, and each names a class, id or tag in its last part', () => {
    const selectors = pendingSelectors();
    expect(selectors.length).toBeGreaterThan(8);
    expect(selectors.filter((s) => !namesSomething(lastCompound(s)))).toEqual([]);
  });
});
