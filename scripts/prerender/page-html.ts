/** A pre-rendered page's HTML: the built index.html with the page's head, markup and text widths filled in. */
import type { RenderedPage } from '../../src/prerender';
import { localizedPath, type Lang } from './routes.ts';

export interface PageHead {
  title: string;
  description: string;
  /** Further tags for the head: canonical, alternates, Open Graph, Twitter. */
  tags: string[];
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that cannot end its <script> element early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`prerender: index.html has no ${pattern.source}`);
  return html.replace(pattern, () => replacement);
}

export function fillTemplate(
  template: string,
  {
    path,
    lang,
    page,
    head,
    fontProbe = '',
  }: {
    path: string;
    lang: Lang;
    page: RenderedPage;
    head: PageHead;
    /** Characters drawn with a face beyond the preloaded ones (page-faces.ts), for index.html's probe. */
    fontProbe?: string;
  },
): string {
  let html = template;
  html = replaceOnce(html, /<html lang="[a-z]+">/, `<html lang="${lang}">`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`);
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
  );
  if (fontProbe) html = replaceOnce(html, /<body>/, `<body data-font-probe="${escapeHtml(fontProbe)}">`);
  html = replaceOnce(html, /<\/head>/, `  ${head.tags.join('\n    ')}\n  </head>`);
  // The page works without JavaScript now, so the note that it needs it goes (the head's <noscript> holds a style).
  html = replaceOnce(html, /\s*<noscript>(?!\s*<style)[\s\S]*?<\/noscript>/, '');
  // src/app/start.tsx hydrates when the browser's URL and language are the ones rendered here, else it
  // renders afresh.
  html = replaceOnce(
    html,
    /<div id="root"><\/div>/,
    `<div id="root" data-prerendered="${lang}" data-path="${escapeHtml(localizedPath(path, lang))}" data-snapshot="${escapeHtml(page.fingerprint)}">${page.html}</div>` +
      `<script type="application/json" id="text-widths">${scriptJson(page.textWidths)}</script>` +
      `<script type="application/json" id="written-dates">${scriptJson(page.writtenDates)}</script>`,
  );
  return html;
}
