import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspPolicy, shippedInlineScripts } from '../../scripts/csp.mjs';

describe('the README', () => {
  it("gives hosts the build's current Content-Security-Policy in its nginx snippet", () => {
    const policy = cspPolicy(shippedInlineScripts(readFileSync('index.html', 'utf8')));
    expect(readFileSync('README.md', 'utf8')).toContain(`set $csp "${policy}";`);
  });
});
