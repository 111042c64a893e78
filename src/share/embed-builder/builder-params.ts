/** The embed builder's choices, as `/embed-builder?…` keeps them (parsed and written by src/lib/url-state.ts). */
import { EMBED_CHARTS } from '../../lib/embed-charts';
import { LANGUAGES, type Language } from '../../lib/language';
import { VIEW_IDS, type ViewId } from '../../lib/paths';
import { THEMES, enumParam, type ParamSpec, type Theme } from '../../lib/url-state';

/** What is embedded: a whole view (`growth`) or one of its charts (`growth/ratio`). */
export const EMBED_TARGETS: readonly string[] = VIEW_IDS.flatMap((view) => [
  view,
  ...EMBED_CHARTS[view].map((chart) => `${view}/${chart}`),
]);

/** Slides: a 16:9 slide 960 px wide; article: a text column; full: whatever the host gives. */
export const WIDTHS = ['slides', 'article', 'full'] as const;
export type WidthPreset = (typeof WIDTHS)[number];
export const WIDTH_PX: Record<WidthPreset, number | undefined> = {
  slides: 960,
  article: 640,
  full: undefined,
};
/** The height of a 16:9 slide 960 px wide, which a slides embed should not outgrow. */
export const SLIDE_HEIGHT = 540;

/** `iframe`: an iframe and /embed.js, for web pages; `img`: a downloaded picture, for slides and e-mail. */
export const CODES = ['iframe', 'img'] as const;
export type CodeKind = (typeof CODES)[number];

const FLAGS = ['1', '0'] as const;

/** Unset means "as the builder page itself is shown", so a bare `/embed-builder` follows the reader. */
function optional<T extends string>(allowed: readonly T[]): ParamSpec<T | undefined> {
  const inner = enumParam(allowed, allowed[0] as T);
  return { parse: (raw) => inner.parse(raw), serialize: (v) => v ?? '', default: undefined };
}

export const BUILDER_PARAMS = {
  embed: enumParam(EMBED_TARGETS, 'growth'),
  'embed-lang': optional(LANGUAGES),
  'embed-theme': optional(THEMES),
  // Written as the embed reads them: `title=0`, `controls=0`, `static=1`.
  title: enumParam(FLAGS, '1'),
  controls: enumParam(FLAGS, '1'),
  static: enumParam(FLAGS, '0'),
  width: enumParam(WIDTHS, 'article'),
  code: enumParam(CODES, 'iframe'),
};

/** The builder's own parameters and the site-wide ones; every other parameter is the embedded view's option. */
const NOT_VIEW_OPTIONS = new Set([...Object.keys(BUILDER_PARAMS), 'lang', 'theme']);

/** The embedded view's own options (`scale=log`), carried from the view the builder was opened on. */
export function viewOptions(search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of search) if (!NOT_VIEW_OPTIONS.has(key)) out.append(key, value);
  return out;
}

export function viewOf(target: string): ViewId {
  return target.split('/')[0] as ViewId;
}

export function chartOf(target: string): string | undefined {
  return target.split('/')[1];
}

/** The choices with every default filled in: what the preview and the code are built from. */
export interface BuilderChoices {
  embed: string;
  lang: Language;
  theme: Theme;
  title: boolean;
  controls: boolean;
  isStatic: boolean;
  width: WidthPreset;
  code: CodeKind;
}
