// index.html's inline script and styles are written to be read, with comments; every page ships them in its
// head, ahead of its content, so the build ships them minified (a page's first kilobytes decide how many round
// trips its first paint waits for). The Content-Security-Policy hashes the shipped script (scripts/csp.mjs).
import { minifySync } from 'vite';

const INLINE_SCRIPT =
  /(<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>)([\s\S]*?)(<\/script>)/g;
const INLINE_STYLE = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;

/** A classic script, minified (names inside functions shortened, comments and spaces gone). */
export function minifyScript(code) {
  const result = minifySync('inline.js', code, { compress: true, mangle: true });
  if (result.errors.length > 0) throw new Error(`inline script: ${result.errors[0].message}`);
  return result.code.trim();
}

/** A style sheet without comments and without the spaces around braces and semicolons. */
export function minifyStyle(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** The page as shipped: its inline scripts and styles minified, everything else as it was. */
export function shipInline(html) {
  return html
    .replace(
      INLINE_SCRIPT,
      (_, open, body, close) => open + (body.trim() ? minifyScript(body) : body) + close,
    )
    .replace(INLINE_STYLE, (_, open, body, close) => open + minifyStyle(body) + close);
}

/** The build plugin: index.html, and so every pre-rendered page made from it, ships `shipInline`'s form. */
export function minifyInline() {
  return {
    name: 'mic:minify-inline',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => shipInline(html) },
  };
}
