import { useEffect, useState } from 'react';

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

export function readPalette(root: HTMLElement = document.documentElement): Palette {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const fallbacks = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#999999', '#f0e442'];
  return {
    text: v('--text', '#1b1f24'),
    muted: v('--text-muted', '#474f59'),
    grid: v('--border', '#d5dbe1'),
    background: v('--bg', '#ffffff'),
    accent: v('--accent', '#094e94'),
    series: SERIES_VARS.map((name, i) => v(name, fallbacks[i] ?? '#888888')),
    period: v('--period', 'rgba(213, 94, 0, 0.12)'),
    highlight: v('--highlight', '#d55e00'),
  };
}

/** The palette, re-read when the theme attribute changes (it follows the system's scheme too). */
export function usePalette(): Palette {
  const [palette, setPalette] = useState(readPalette);
  useEffect(() => {
    const update = () => setPalette(readPalette());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return palette;
}
