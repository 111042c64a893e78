import { describe, expect, it } from 'vitest';
import { contrast, luminance, mix, readableOn } from './colour';

describe('chart colours', () => {
  it('read every form the browser and the minifier produce', () => {
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance(' #0072b2 ')).toBeCloseTo(luminance('rgb(0, 114, 178)'));
  });

  it('fade a colour towards a short-hex background (the share strip in the built light theme)', () => {
    expect(mix('#0072b2', '#fff', 0.5)).toBe('rgb(128, 185, 217)');
    expect(mix('#0072b2', '#ffffff', 0.5)).toBe(mix('#0072b2', '#fff', 0.5));
  });

  it('pick the text colour with the better contrast, in either theme', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21);
    expect(readableOn('rgb(209, 230, 241)', '#1b1f24', '#fff')).toBe('#1b1f24');
    expect(readableOn('#0072b2', '#1b1f24', '#fff')).toBe('#fff');
    expect(readableOn('rgb(40, 60, 80)', '#e6e9ed', '#12161b')).toBe('#e6e9ed');
    expect(readableOn(mix('#0072b2', '#fff', 0.65), '#000000', '#ffffff')).toBe('#000000');
  });
});
