import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// BASE_PATH lets the same build be served from a sub-path (e.g. /mic/ on a static host).
const base = process.env.BASE_PATH ?? '/';

// The faces every page's first paint needs (src/styles/fonts.ts): fetched alongside the script, not after it.
const PRELOADED_FONTS = [
  /inter-latin-wght-normal-[\w-]+\.woff2$/,
  /inter-cyrillic-wght-normal-[\w-]+\.woff2$/,
  /inter-symbols-wght-normal-[\w-]+\.woff2$/,
];

function preloadFonts(): Plugin {
  return {
    name: 'mic:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => PRELOADED_FONTS.some((re) => re.test(f)));
        if (files.length !== PRELOADED_FONTS.length)
          throw new Error(
            `font preload: expected ${PRELOADED_FONTS.length} font files, found ${files.length}`,
          );
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `${base}${f}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  base,
  plugins: [react(), preloadFonts()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The manifest lets scripts/bundle-report.mjs measure what each route really loads.
    manifest: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
