/**
 * Writes the PNG app icons of the web app manifest (scripts/pwa.ts) from public/icons/icon.svg: browsers ask
 * for PNGs of at least 192 and 512 px before they offer to install a site. Run after changing the SVG:
 * `node scripts/build-app-icons.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
for (const size of [192, 512]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`public/icons/icon-${size}.png`, png);
}
