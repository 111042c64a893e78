import { describe, expect, it } from 'vitest';
import { luminance, readableOn } from './mark-style';

describe('mark styles', () => {
  it('read colours in the forms the browser returns them', () => {
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
  });

  it('pick the text colour with the better contrast, in either theme', () => {
    expect(readableOn('rgb(209, 230, 241)', '#1b1f24', '#fff')).toBe('#1b1f24');
    expect(readableOn('#0072b2', '#1b1f24', '#fff')).toBe('#fff');
    expect(readableOn('rgb(40, 60, 80)', '#e6e9ed', '#12161b')).toBe('#e6e9ed');
  });
});
