/** A pre-rendered page's HTML: the built index.html with the page's head and markup filled in, and its tables file. */
import { createHash } from 'node:crypto';
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

/**
 * The tables src/app/page-table.ts reads before hydrating, as a file beside the page's assets: the hydration needs
 * them, the first paint does not, and in the HTML they cost the timeline's pages a second round trip. Named by
 * their content (cached for good, shared by pages with the same tables); none when both are empty.
 */
export function pageTablesFile(page: Pick<RenderedPage, 'textWidths' | 'writtenDates'>) {
  const empty = (table: object) => Object.keys(table).length === 0;
  if (empty(page.textWidths) && empty(page.writtenDates)) return null;
  const text = JSON.stringify({ 'text-widths': page.textWidths, 'written-dates': page.writtenDates });
  const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
  return { name: `assets/page-tables-${hash}.json`, text };
}

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
    tables = '',
  }: {
    path: string;
    lang: Lang;
    page: RenderedPage;
    head: PageHead;
    /** Characters drawn with a face beyond the preloaded ones (page-faces.ts), for index.html's probe. */
    fontProbe?: string;
    /** The address of the page's tables for its hydration (`pageTablesFile`), if it has any. */
    tables?: string;
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
  // The heights of its sized charts at every width (src/charts/pending-heights.ts): no markup of React's, so
  // the hydration never sees it. It holds only ids, numbers and braces, so it cannot end its own element.
  const sized = page.sizedStyle ? [`<style>${page.sizedStyle}</style>`] : [];
  html = replaceOnce(html, /<\/head>/, `  ${[...head.tags, ...sized].join('\n    ')}\n  </head>`);
  // The page works without JavaScript now, so the note that it needs it goes (the head's <noscript> holds a style).
  html = replaceOnce(html, /\s*<noscript>(?!\s*<style)[\s\S]*?<\/noscript>/, '');
  // src/app/start.tsx hydrates when the browser's URL and language are the ones rendered here, else it
  // renders afresh.
  html = replaceOnce(
    html,
    /<div id="root"><\/div>/,
    `<div id="root" data-prerendered="${lang}" data-path="${escapeHtml(localizedPath(path, lang))}" data-snapshot="${escapeHtml(page.fingerprint)}"${tables ? ` data-tables="${escapeHtml(tables)}"` : ''}>${page.html}</div>`,
  );
  return compactHead(html);
}

/**
 * The head without the line breaks and indents between its tags: about 20 bytes of gzip, which the largest pages'
 * HTML needed to fit the first round trip (14.6 kB, TCP's first window). Scripts and styles are kept as they are
 * (a break in code may matter), and so is the body, React's markup.
 */
export function compactHead(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, (head) =>
    head.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|>\n\s*(?=<)/g, (_, kept?: string) => kept ?? '>'),
  );
}
