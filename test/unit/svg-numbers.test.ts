import { describe, expect, it } from 'vitest';
import { roundSvgNumbers } from '../../scripts/prerender/svg-numbers';

describe("a pre-rendered chart's coordinates", () => {
  it('are written to two decimals in geometry attributes', () => {
    expect(
      roundSvgNumbers(
        '<g transform="translate(108.24933566660187,282.50058072009296)"><line x1="188.58662259381686" y1="-0.0012"></line>' +
          '<path d="M4.787,0A4.787,4.787,0,1,1,-4.787,0"></path><rect width="12.5" height="3.14159"></rect></g>',
      ),
    ).toBe(
      '<g transform="translate(108.25,282.5)"><line x1="188.59" y1="0"></line>' +
        '<path d="M4.79,0A4.79,4.79,0,1,1,-4.79,0"></path><rect width="12.5" height="3.14"></rect></g>',
    );
  });

  it('leave text, labels and data attributes as rendered', () => {
    const html =
      '<g aria-label="Share 12.3456 %" data-figure="ratio-1.23456"><text x="1.5">1.23456</text><title>3.14159</title></g>';
    expect(roundSvgNumbers(html)).toBe(html);
  });
});
