import { describe, expect, it } from 'vitest';
import { normalizeSvg } from '../visual/compare';

const chart = (n: number) =>
  `<svg aria-labelledby="r${n}-title r${n}-desc"><title id="r${n}-title">Members</title><desc id="r${n}-desc">7 sectors</desc>` +
  `<pattern id="r${n}-hatch"></pattern><rect fill="url(#r${n}-hatch)" x="1.25"></rect><text>r2-d2 stays text</text></svg>`;

describe('the visual suite’s SVG normalisation', () => {
  it('compares a chart equal whatever number React gave its ids, with the punctuation taken out', () => {
    expect(normalizeSvg(chart(1))).toBe(normalizeSvg(chart(3)));
    expect(normalizeSvg(chart(1))).not.toContain('r1-');
  });

  it('still tells two ids apart, and leaves text without an id as it is', () => {
    const two = normalizeSvg('<g><pattern id="r1-a"></pattern><pattern id="r2-a"></pattern></g>');
    expect(two).toContain('id="id1-a"');
    expect(two).toContain('id="id2-a"');
    expect(normalizeSvg(chart(1))).toContain('>r2-d2 stays text<');
  });
});
