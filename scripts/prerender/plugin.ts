/**
 * Pre-renders every page after the client build (`vite build` alone does it, so every build the tests and the
 * host use has the pages): builds src/prerender.tsx as an SSR bundle into a scratch folder, renders each route
 * in both languages with the shipped snapshot, and writes `<outDir>/<page>.html` from the built `index.html` as
 * the template, with the page's meta tags and its card image (`<outDir>/og/<lang>/<page>.png`). A render error
 * fails the build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fontMetrics, loadCardFaces, loadFontFaces } from './font-metrics.ts';
import { fillTemplate, pageTablesFile } from './page-html.ts';
import { LANGS, PRERENDERED_PATHS, htmlFileOf, type Lang } from './routes.ts';
import { pageCards } from './page-cards.ts';
import { appModuleTag } from '../deferred-start.mjs';
import { routePreloads } from './route-preloads.ts';
import { pageFaces } from './page-faces.ts';
import { roundSvgNumbers } from './svg-numbers.ts';

type PrerenderModule = typeof import('../../src/prerender');

/**
 * A Russian page fetches its catalogue (src/i18n/ru.ts, a chunk of its own) together with the entry, not after
 * the entry has run and asked for it.
 */
function languagePreloads(outDir: string, base: string): (lang: Lang) => string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const ru = manifest['src/i18n/ru.ts']?.file;
  if (!ru) throw new Error('prerender: the build has no chunk of its own for src/i18n/ru.ts');
  return (lang) => (lang === 'ru' ? [appModuleTag(`${base}${ru}`)] : []);
}

export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'mic:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const scratch = resolve(config.root, 'node_modules/.cache/mic-prerender');
      rmSync(scratch, { recursive: true, force: true });
      const ssrDir = join(scratch, 'ssr');
      await build({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'warn',
        plugins: [react()],
        build: { ssr: 'src/prerender.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
      });
      const entry = (await import(pathToFileURL(join(ssrDir, 'prerender.js')).href)) as PrerenderModule;
      const read = (file: string) => readFileSync(join(outDir, 'data', file), 'utf8');
      const data = entry.parseShippedData(read('index.json'), read);
      const measure = fontMetrics(await loadFontFaces());
      const faces = await loadCardFaces();
      const cards = pageCards({ root: config.root, outDir, scratch, faces, base: config.base });
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const preloads = languagePreloads(outDir, config.base);
      const routeChunks = routePreloads(outDir, config.base);
      const facesOf = pageFaces(config.root, outDir, config.base);
      for (const lang of LANGS)
        for (const path of PRERENDERED_PATHS) {
          const rendered = await entry.renderPage(path, lang, data, measure);
          const page = { ...rendered, html: roundSvgNumbers(rendered.html) };
          const head = cards.headOf(path, lang, page.html, entry.pageHead(path, lang));
          const faces = facesOf(page.html);
          head.tags.push(...faces.preloads, ...preloads(lang), ...routeChunks(path));
          const tables = pageTablesFile(page);
          if (tables) writeFileSync(join(outDir, tables.name), tables.text);
          const file = join(outDir, htmlFileOf(path, lang));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(
            file,
            fillTemplate(template, {
              path,
              lang,
              page,
              head,
              fontProbe: faces.probe,
              tables: tables ? `${config.base}${tables.name}` : '',
            }),
          );
        }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
