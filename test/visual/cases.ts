/** What the visual suite photographs: every route and table tab at two widths in two looks, embeds, a slide. */
export interface VisualCase {
  /** File name of the baselines, e.g. `growth-table-390-ru-dark`. */
  name: string;
  path: string;
  width: number;
  lang: 'en' | 'ru';
  theme: 'light' | 'dark';
  /** Whether the chart SVGs of this page get SVG baselines too. */
  svg: boolean;
}

const VIEWS = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'] as const;
const LOOKS = [
  { width: 1280, lang: 'en', theme: 'light' },
  { width: 390, lang: 'ru', theme: 'dark' },
] as const;

const pages: Array<{ slug: string; path: string; charts: boolean }> = [
  { slug: 'overview', path: '/', charts: false },
  ...VIEWS.flatMap((v) => [
    { slug: v, path: `/${v}`, charts: true },
    { slug: `${v}-table`, path: `/${v}?tab=table`, charts: false },
  ]),
  { slug: 'sources', path: '/sources', charts: false },
];

export const CASES: VisualCase[] = [
  ...pages.flatMap((p) =>
    LOOKS.map((look) => ({
      name: `${p.slug}-${look.width}-${look.lang}-${look.theme}`,
      path: p.path,
      ...look,
      svg: p.charts,
    })),
  ),
  ...VIEWS.map((v) => ({
    name: `embed-${v}-640-en-light`,
    path: `/embed/${v}`,
    width: 640,
    lang: 'en' as const,
    theme: 'light' as const,
    svg: false,
  })),
  {
    name: 'present-slide1-1280-en-light',
    path: '/present?slide=1',
    width: 1280,
    lang: 'en',
    theme: 'light',
    svg: false,
  },
];

/** The page's URL with the case's language and theme. */
export function caseUrl(c: VisualCase): string {
  const sep = c.path.includes('?') ? '&' : '?';
  return `${c.path}${sep}lang=${c.lang}&theme=${c.theme}`;
}
