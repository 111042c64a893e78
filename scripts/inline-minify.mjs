// index.html's inline script is written to be read, with comments; every page ships it in its head, ahead of its
// content, so the build ships it minified (a page's first kilobytes decide how many round trips its first paint
// waits for; Vite already minifies inline styles). The Content-Security-Policy hashes the shipped script
// (scripts/csp.mjs).
import { minifySync } from 'vite';

/** An inline, executable script: no `src`, not JSON data. Groups: the opening tag, the body, the closing tag. */
export const INLINE_SCRIPT =
  /(<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>)([\s\S]*?)(<\/script>)/g;

/** A classic script, minified (names inside functions shortened, comments and spaces gone). */
export function minifyScript(code) {
  const result = minifySync('inline.js', code, { compress: true, mangle: true });
  if (result.errors.length > 0) throw new Error(`inline script: ${result.errors[0].message}`);
  return result.code.trim();
}

/** The page as shipped: its inline scripts minified, everything else as it was. */
export function shipInline(html) {
  return html.replace(
    INLINE_SCRIPT,
    (_, open, body, close) => open + (body.trim() ? minifyScript(body) : body) + close,
  );
}

/** The build plugin: index.html, and so every pre-rendered page made from it, ships `shipInline`'s form. */
export function minifyInline() {
  return {
    name: 'mic:minify-inline',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => shipInline(html) },
  };
}
