/**
 * The web app manifest and the service worker (vite-plugin-pwa, Workbox's generateSW; README, "Offline").
 * The worker precaches the whole build after the first visit, so the site, the deck and the embeds open with
 * no network: the app shell, every route's chunks, the fonts, the shipped data and map outline, and the
 * pre-rendered pages. It caches nothing at run time, so nothing from another origin ever lands in its cache.
 * src/offline/ registers it, lazily, and shows its state.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * The manifest is linked by the app once the page is shown (src/offline/service-worker.ts), not by the HTML:
 * browsers fetch a linked manifest at once, beside the style sheets and fonts of the first paint, for a file
 * only installing needs. Lighthouse's model of a page load (six connections to a host) then queued one of
 * those behind it: the largest paint of every view page came 150 ms later (1.51 s instead of 1.36 s).
 */
function manifestLinkedByTheApp(): Plugin {
  return {
    name: 'mic:manifest-linked-by-the-app',
    apply: 'build',
    // After vite-plugin-pwa's own transform, which writes the link (it is a `post` plugin too).
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const link = /<link rel="manifest"[^>]*>/;
        if (!link.test(html)) throw new Error('pwa: vite-plugin-pwa wrote no manifest link to take out');
        return html.replace(link, '');
      },
    },
  };
}

export function offlineSupport(): Plugin[] {
  return [...pwaPlugins(), manifestLinkedByTheApp()];
}

function pwaPlugins(): Plugin[] {
  return VitePWA({
    // A new build waits until the reader asks for it ("Update available: reload"), never swaps under them.
    registerType: 'prompt',
    // src/offline/register.ts registers the worker after the page is shown: no script in index.html (the CSP
    // hashes its inline scripts) and nothing in the first-load JavaScript.
    injectRegister: false,
    integration: {
      // After scripts/prerender/ has written the pages (its closeBundle), so they are in the precache list.
      closeBundleOrder: 'post',
    },
    manifest: {
      name: 'Moscow Innovation Cluster dashboard',
      short_name: 'MIC dashboard',
      description:
        'Interactive dashboard of the Moscow Innovation Cluster (MIC): every figure with its source, offline too.',
      lang: 'en',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#094e94',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff2,json,webmanifest,png,svg}'],
      // Share-card images (og/) are for other sites' link previews; the JSON Schema is for snapshot authors;
      // .vite/ is the build manifest scripts/bundle-report.mjs reads.
      globIgnores: ['og/**', '.vite/**', 'data/schema.json', 'data/geo/README.md'],
      // Hashed file names already change with their content: no revision needed.
      dontCacheBustURLsMatching: /-[\w-]{8}\.\w+$/,
      // A navigation to a page of the app gets its pre-rendered file (`/ru/growth` → `ru/growth.html`,
      // `/ru/` → `ru/index.html`, Workbox's clean-URL rule), whatever its query, as a static host does;
      // any other path gets index.html, whose app shows the page or "not found".
      ignoreURLParametersMatching: [/./],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/data\//, /\.\w+$/],
      cleanupOutdatedCaches: true,
      // The offline state shows once the precache is complete; nothing is fetched at run time.
      runtimeCaching: [],
    },
  });
}
