import { describe, expect, it } from 'vitest';
import { compactHead } from '../../scripts/prerender/page-html';

describe("a pre-rendered page's head", () => {
  it('loses the line breaks between its tags, and nothing else', () => {
    const html = [
      '<!doctype html>',
      '<html lang="en">',
      '  <head>',
      '    <meta charset="UTF-8" />',
      '    <script>if(a>\n<b)c()</script>',
      '    <title>Growth · MIC</title>',
      '  </head>',
      '  <body>',
      '    <div id="root"><p>One</p>\n    <p>Two</p></div>',
      '  </body>',
      '</html>',
    ].join('\n');
    const compact = compactHead(html);
    expect(compact).toContain('<head><meta charset="UTF-8" /><script>');
    expect(compact).toContain('<title>Growth · MIC</title></head>');
    // A break that is not between two tags stays: inside a script it could be code.
    expect(compact).toContain('if(a>\n<b)c()');
    // The body is left as it was.
    expect(compact).toContain('<div id="root"><p>One</p>\n    <p>Two</p></div>');
  });
});
