/**
 * A chart's coordinates in a pre-rendered page, to two decimals. d3's scales give them to 14 or more
 * (`translate(108.24933566660187,282.50058072009296)`), digits no screen can show and gzip cannot squeeze:
 * rounded, `/growth`'s HTML is 0.8 kB gzip smaller and fits the first round trip of a new connection (about
 * 14.2 kB). Only geometry attributes change, never text, so a figure's words are as rendered. Hydrating keeps
 * these values (React does not compare attributes in production) until the app draws the chart again at the
 * window's width; at most 0.005 px apart.
 */
const GEOMETRY =
  /(\s(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|width|height|points|viewBox|stroke-dasharray)=")([^"]*)"/g;
const LONG_NUMBER = /-?\d+\.\d{3,}/g;

const twoDecimals = (n: string) => String(Math.round(Number(n) * 100) / 100 || 0);

export function roundSvgNumbers(html: string): string {
  return html.replace(
    GEOMETRY,
    (_, name: string, value: string) => `${name}${value.replace(LONG_NUMBER, twoDecimals)}"`,
  );
}
