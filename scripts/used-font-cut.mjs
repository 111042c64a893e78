/**
 * How far scripts/build-used-fonts.mjs cuts the faces beyond their characters: what is left out is bytes that
 * every pre-rendered page's first paint waits for (Lighthouse counts the faces a page preloads in its LCP).
 * test/unit/font-cut.test.ts checks that the styles ask for nothing outside it.
 */

/**
 * The weights the styles ask for: cutting the weight axis to them drops the outlines' changes towards thin and
 * black. The faces are still declared `100 900`, as the whole faces behind them are: Chromium falls back from
 * one face to the next by unicode-range only among faces declared with the same weights.
 */
export const USED_WEIGHTS = { min: 400, max: 700 };

/**
 * The OpenType features kept: those a browser applies to horizontal text by itself, and those the styles ask
 * for (`font-variant-numeric: tabular-nums slashed-zero`). The others (stylistic sets, character variants,
 * fractions, superiors…) only draw when a style names them, and their glyphs were a tenth of the Latin face.
 */
export const USED_FEATURES = {
  default: [
    'ccmp',
    'locl',
    'mark',
    'mkmk',
    'kern',
    'liga',
    'clig',
    'calt',
    'rlig',
    'rclt',
    'rvrn',
    'curs',
    'dist',
  ],
  asked: { 'tabular-nums': 'tnum', 'slashed-zero': 'zero' },
};
