/**
 * Each pre-rendered page's meta tags (description, canonical, hreflang alternates, Open Graph, Twitter) and its
 * card image, made once per view and language. Everything a card says is read from the page's own HTML.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_HEIGHT, CARD_WIDTH, cardPng, cardSvg, chartStyles } from './card-image.ts';
import { escapeHtml, type PageHead } from './page-html.ts';
import { chartSourcesOf, headlinesOf, leadOf, mainChartOf, shortened } from './page-text.ts';
import { localizedPath, type Lang } from './routes.ts';

const OG_LOCALE: Record<Lang, string> = { en: 'en_US', ru: 'ru_RU' };
const SOURCES_LABEL: Record<Lang, string> = { en: 'Sources', ru: 'Источники' };
const VIEW_CSS = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'];

interface Options {
  root: string;
  outDir: string;
  scratch: string;
  faces: Uint8Array[];
  base: string;
}

/** As many names as fit in `max` characters, then "…" (the page lists them all). */
function listed(names: string[], max: number): string {
  let text = '';
  for (const name of names) {
    const next = text ? `${text}, ${name}` : name;
    if (next.length > max) return `${text}, …`;
    text = next;
  }
  return text;
}

/** `/`, `/growth`, `/embed/growth` and `/embed/growth/ratio` → `overview`, `growth`, `growth`, `growth`:
 * embeds share their view's card. */
const slugOf = (path: string) => path.replace(/^\/(embed\/)?/, '').split('/')[0] || 'overview';

export function pageCards({ root, outDir, scratch, faces, base }: Options) {
  // SITE_URL (e.g. https://example.org) makes the links absolute, as link previews need; without it they are
  // root-relative, which is right wherever the build is served but not enough for a messenger's card.
  const site = (process.env.SITE_URL ?? '').replace(/\/$/, '');
  const url = (path: string) => `${site}${base.replace(/\/$/, '')}${path}`;
  const fontDir = join(scratch, 'fonts');
  mkdirSync(fontDir, { recursive: true });
  const fontFiles = faces.map((ttf, i) => {
    const file = join(fontDir, `inter-${i}.ttf`);
    writeFileSync(file, ttf);
    return file;
  });
  const styles = chartStyles([
    join(root, 'src/styles/global.css'),
    join(root, 'src/styles/charts.css'),
    ...VIEW_CSS.map((v) => join(root, `src/views/${v}/${v}.css`)),
  ]);
  const made = new Map<string, { image: string; description: string }>();

  /** The card of a page, made from the first page of its slug and language (a view before its embed). */
  function card(path: string, lang: Lang, html: string, head: BasicHead) {
    const key = `${lang}/${slugOf(path)}`;
    const known = made.get(key);
    if (known) return known;
    const lead = leadOf(html);
    const description = lead ? shortened(lead) : head.description;
    const chartSvg = mainChartOf(html);
    const sources = chartSourcesOf(html);
    const lines = slugOf(path) === 'overview' ? headlinesOf(html) : [description];
    const svg = cardSvg(
      {
        appTitle: head.appTitle,
        title: head.name,
        ...(chartSvg ? { chartSvg } : { lines }),
        footer: sources.length > 0 ? `${SOURCES_LABEL[lang]}: ${listed(sources, 110)}` : head.appTitle,
      },
      styles,
    );
    const image = `og/${key}.png`;
    mkdirSync(join(outDir, 'og', lang), { recursive: true });
    writeFileSync(join(outDir, image), cardPng(svg, fontFiles));
    const entry = { image, description };
    made.set(key, entry);
    return entry;
  }

  return {
    headOf(path: string, lang: Lang, html: string, head: BasicHead): PageHead {
      const { image, description } = card(path, lang, html, head);
      const here = url(localizedPath(path, lang));
      const meta = (attr: 'name' | 'property', key: string, value: string) =>
        `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
      const imageUrl = url(`/${image}`);
      const alt = `${head.name}: ${description}`;
      const tags = [
        `<link rel="canonical" href="${escapeHtml(here)}" />`,
        ...(['en', 'ru'] as const).map(
          (l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(url(localizedPath(path, l)))}" />`,
        ),
        `<link rel="alternate" hreflang="x-default" href="${escapeHtml(url(localizedPath(path, 'en')))}" />`,
        meta('property', 'og:type', 'website'),
        meta('property', 'og:site_name', head.appTitle),
        meta('property', 'og:title', head.title),
        meta('property', 'og:description', description),
        meta('property', 'og:url', here),
        meta('property', 'og:locale', OG_LOCALE[lang]),
        meta('property', 'og:locale:alternate', OG_LOCALE[lang === 'en' ? 'ru' : 'en']),
        meta('property', 'og:image', imageUrl),
        meta('property', 'og:image:type', 'image/png'),
        meta('property', 'og:image:width', String(CARD_WIDTH)),
        meta('property', 'og:image:height', String(CARD_HEIGHT)),
        meta('property', 'og:image:alt', alt),
        // X reads the title, description and image from Open Graph when it has no tags of its own for them.
        meta('name', 'twitter:card', 'summary_large_image'),
        meta('name', 'twitter:image:alt', alt),
      ];
      return { title: head.title, description, tags };
    },
  };
}

/** What src/prerender.tsx `pageHead` gives: the page's name and title in its language. */
type BasicHead = ReturnType<typeof import('../../src/prerender').pageHead>;
