import { describe, expect, it } from 'vitest';
import { QUALIFIER_KINDS } from '../data/schema-enums';
import { KIND_ENCODING, kindGlyphStyle, kindPaint } from './figure-kinds';

describe('the figure-kind encoding', () => {
  it('draws the five kinds as four distinct marks: the two bounds alike, every other pair different', () => {
    const looks = QUALIFIER_KINDS.map((k) =>
      JSON.stringify({ ...kindPaint(k, '#0072b2', '#fff', 'h'), 'data-figure-kind': 0 }),
    );
    expect(new Set(looks).size).toBe(4);
    expect(looks[QUALIFIER_KINDS.indexOf('lowerBound')]).toBe(looks[QUALIFIER_KINDS.indexOf('upperBound')]);
  });

  it('paints SVG marks as the legend describes them', () => {
    expect(kindPaint('exact', '#0072b2', '#fff', 'h')).toMatchObject({
      fill: '#0072b2',
      strokeDasharray: undefined,
    });
    expect(kindPaint('lowerBound', '#0072b2', '#fff', 'h')).toMatchObject({ fill: '#fff', strokeWidth: 2 });
    expect(kindPaint('approximate', '#0072b2', '#fff', 'h')).toMatchObject({
      fillOpacity: 0.3,
      strokeDasharray: '5 3',
    });
    expect(kindPaint('derived', '#0072b2', '#fff', 'h')).toMatchObject({
      fill: 'url(#h)',
      strokeDasharray: '2 2',
    });
  });

  it('gives HTML glyphs the same fill and outline as SVG marks', () => {
    for (const kind of QUALIFIER_KINDS) {
      const css = kindGlyphStyle(kind, 'red', 'white');
      const e = KIND_ENCODING[kind];
      expect(css.border).toContain(`${e.strokeWidth}px`);
      expect(css.border).toContain(e.dash === undefined ? 'solid' : e.fill === 'hatch' ? 'dotted' : 'dashed');
      const bg = String(css.background);
      expect(bg.startsWith('repeating-linear-gradient')).toBe(e.fill === 'hatch');
      expect(bg === 'white').toBe(e.fill === 'open');
      expect(bg === 'red').toBe(e.fill === 'solid');
    }
  });
});
