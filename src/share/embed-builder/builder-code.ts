/** The addresses and the code the embed builder gives: pure, so the unit tests pin them down. */
import { withParams } from '../../lib/url-state';
import { embedSnippet } from '../share-links';
import { WIDTH_PX, type BuilderChoices, type WidthPreset } from './builder-params';

/**
 * The embed's address: `/embed/<view>[/<chart>]` with the view's options, the language and theme always
 * written (the host's visitors' own preferences must not change what was chosen), and the flags that differ
 * from an interactive embed with title and controls.
 */
export function embedSource(
  origin: string,
  basePath: string,
  choices: BuilderChoices,
  options: URLSearchParams,
) {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const search = withParams(options, {
    lang: choices.lang,
    theme: choices.theme,
    title: choices.title ? undefined : '0',
    controls: choices.controls || choices.isStatic ? undefined : '0',
    static: choices.isStatic ? '1' : undefined,
  });
  return `${origin}${base}embed/${choices.embed}${search}`;
}

/** The iframe's inline style: as wide as the preset allows and never wider than the host's column. */
export function frameStyle(width: WidthPreset): string {
  const px = WIDTH_PX[width];
  return px === undefined ? 'width:100%;border:0' : `width:100%;max-width:${px}px;border:0`;
}

/** The iframe and /embed.js; `height` is the preview's, so the frame is about right even before the script runs. */
export function iframeCode(src: string, title: string, width: WidthPreset, height: number | undefined) {
  return embedSnippet(src, title, frameStyle(width), height);
}

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain picture for places that take no iframe: the downloaded file's name, and the chart in words. */
export function imageCode(file: string, alt: string, width: WidthPreset): string {
  const px = WIDTH_PX[width];
  const size = px === undefined ? 'width:100%' : `width:100%;max-width:${px}px`;
  return `<img src="${attr(file)}" alt="${attr(alt)}" style="${size};height:auto">`;
}

/** Collapses the whitespace of text read from the page, and ends it with a full stop. */
function sentence(text: string | null | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? '' : /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** A picture cannot be used by keyboard: the chart's description loses its sentences on how to. */
function withoutKeys(text: string | null | undefined): string {
  return (text ?? '')
    .split(/(?<=[.!?])\s+/)
    .filter((part) => !/arrow keys|стрелк/i.test(part))
    .join(' ');
}

/**
 * A chart's text alternative, read from its frame as the embed draws it: its title and subtitle, the chart's
 * own accessible description (the SVG's label or `<desc>`), and its sources line.
 */
export function chartAltText(frame: Element): string {
  const title = frame.querySelector('.chart-frame__title')?.textContent;
  const subtitle = frame.querySelector('.chart-frame__subtitle')?.textContent;
  const body = frame.querySelector('.chart-frame__body');
  const graphic = body?.querySelector('svg[aria-label], [role="img"][aria-label]');
  const desc = body?.querySelector('svg desc')?.textContent;
  const described = graphic?.getAttribute('aria-label') ?? desc;
  const footer = frame.querySelector('.chart-frame__footer');
  // One sentence per footer line (source, note), which sit in separate paragraphs with no space between.
  const footnotes = footer ? [...footer.children].map((line) => line.textContent) : [];
  return [title, subtitle, withoutKeys(described), ...footnotes].map(sentence).filter(Boolean).join(' ');
}
