// Screenshots of pages for looking at the result: node scripts/screenshots.mjs [path …]
// Needs `npm run build && npm run preview` running on 127.0.0.1:4173. Writes shots/<name>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE ?? 'http://127.0.0.1:4173';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const variants = (process.env.VARIANTS ?? 'en-light').split(',');
mkdirSync('shots', { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
for (const path of paths) {
  for (const width of widths) {
    for (const variant of variants) {
      const [lang, theme] = variant.split('-');
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${BASE}${path}${sep}lang=${lang}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(400);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'overview'}-${width}-${variant}`;
      await page.screenshot({ path: `shots/${name}.png`, fullPage: process.env.FULL !== '0' });
      console.log(`shots/${name}.png`);
      await page.close();
    }
  }
}
await browser.close();
