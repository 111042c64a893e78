import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScripts } from '../../scripts/csp.mjs';
import { shipInline } from '../../scripts/inline-minify.mjs';

const PAGE = `<head><script>
  // a comment the page need not carry
  (function () { var theme = 'dark'; document.documentElement.setAttribute('data-theme', theme); })();
</script><script type="application/json" id="written-dates">{"a": 1}</script>
<script type="module" src="/assets/index.js"></script></head>`;

describe('the inline script as shipped', () => {
  it('is minified, and the JSON data and external scripts are left as they were', () => {
    const shipped = shipInline(PAGE);
    const script = inlineScripts(shipped)[0] ?? '';
    expect(script).not.toContain('comment');
    expect(script).toContain('setAttribute(`data-theme`');
    expect(script.length).toBeLessThan((inlineScripts(PAGE)[0] ?? '').length);
    expect(shipped).toContain('<script type="application/json" id="written-dates">{"a": 1}</script>');
    expect(shipped).toContain('<script type="module" src="/assets/index.js"></script>');
  });

  it("keeps index.html's starter whole: under half its size, with every class and meta name it relies on", () => {
    const source = readFileSync('index.html', 'utf8');
    const before = inlineScripts(source)[0] ?? '';
    const after = inlineScripts(shipInline(source))[0] ?? '';
    expect(after.length).toBeLessThan(before.length / 2);
    for (const name of [
      'app-pending',
      'styles-pending',
      'fonts-pending',
      'app-entry',
      'app-module',
      'app-worker',
      'micDataWorker',
    ])
      expect(after).toContain(name);
  });
});
