import { useSyncExternalStore } from 'react';

/**
 * Chart colours as concrete values read from the CSS custom properties of the current theme, so that
 * charts (and exported SVG/PNG files) get real colours in light and dark mode alike.
 */
export interface Palette {
  text: string;
  muted: string;
  grid: string;
  background: string;
  accent: string;
  /** Categorical series colours, colour-blind-safe order (Okabe–Ito based). */
  series: string[];
  /** Shading for periods (COVID-19 measures) behind a chart. */
  period: string;
  highlight: string;
}

const SERIES_VARS = [
  '--series-1',
  '--series-2',
  '--series-3',
  '--series-4',
  '--series-5',
  '--series-6',
  '--series-7',
  '--series-8',
];

/**
 * The light theme's values (styles/global.css, styles/charts.css): what a page rendered without a browser (at
 * build time) draws, and what the browser's first render draws while it hydrates that page, so both match.
 */
export const LIGHT_PALETTE: Palette = {
  text: '#1b1f24',
  muted: '#474f59',
  grid: '#d5dbe1',
  background: '#ffffff',
  accent: '#094e94',
  series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7f7f7f', '#b8a200'],
  period: 'rgba(213, 94, 0, 0.13)',
  highlight: '#d55e00',
};

export function readPalette(root: HTMLElement = document.documentElement): Palette {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const fallbacks = LIGHT_PALETTE;
  return {
    text: v('--text', fallbacks.text),
    muted: v('--text-muted', fallbacks.muted),
    grid: v('--border', fallbacks.grid),
    background: v('--bg', fallbacks.background),
    accent: v('--accent', fallbacks.accent),
    series: SERIES_VARS.map((name, i) => v(name, fallbacks.series[i] ?? '#888888')),
    period: v('--period', fallbacks.period),
    highlight: v('--highlight', fallbacks.highlight),
  };
}

// One palette object per theme attribute value, so useSyncExternalStore sees a stable snapshot.
let cached: { theme: string | undefined; palette: Palette } | undefined;
function currentPalette(): Palette {
  const theme = document.documentElement.dataset.theme;
  const last = cached;
  if (last && last.theme === theme) return last.palette;
  const palette = readPalette();
  cached = { theme, palette };
  return palette;
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/**
 * The palette, re-read when the theme attribute changes (it follows the system's scheme too). A pre-rendered
 * page is hydrated with the light palette it was rendered with, then redrawn in the page's theme.
 */
export function usePalette(): Palette {
  return useSyncExternalStore(subscribe, currentPalette, () => LIGHT_PALETTE);
}
