/** Links for sharing and embedding a view; built from the current URL so that every option travels. */
import type { Language } from '../i18n';
import type { Theme } from '../lib/url-state';
import { withParams } from '../lib/url-state';

/** The current page's URL with the language always written, and the theme when the user chose one. */
export function shareUrl(href: string, lang: Language, theme: Theme | undefined): string {
  const url = new URL(href);
  url.search = withParams(url.search, { lang, theme });
  return url.toString();
}

/** `/growth?x` → `/embed/growth?x` (under the app's base path). */
export function embedUrl(href: string, basePath: string, lang: Language, theme: Theme | undefined): string {
  const url = new URL(shareUrl(href, lang, theme));
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const rest = url.pathname.startsWith(base)
    ? url.pathname.slice(base.length)
    : url.pathname.replace(/^\//, '');
  url.pathname = `${base}embed/${rest}`;
  return url.toString();
}

/** The iframe snippet; `/embed.js` (same origin) sizes it to its content on the host page. */
export function embedSnippet(
  src: string,
  title: string,
  style = 'width:100%;border:0',
  height = 600,
): string {
  const origin = new URL(src);
  const script = new URL(origin.pathname.replace(/embed\/.*$/, 'embed.js'), origin.origin).toString();
  const safeTitle = title.replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="${safeTitle}" data-mic-embed style="${style}" height="${height}" loading="lazy"></iframe>\n<script src="${script}" async></script>`;
}

/**
 * The embed builder, opened on a view: that view preselected with its options, in the page's language and
 * the theme the reader chose (else the builder takes the one it is shown in). `search` is the view's; the builder keeps what it does not know as the view's options.
 */
export function builderPath(view: string, search: string, lang: Language, theme: Theme | undefined): string {
  return `/embed-builder${withParams(search, { embed: view, 'embed-lang': lang, 'embed-theme': theme })}`;
}
