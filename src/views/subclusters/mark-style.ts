/** Relative luminance of an `rgb(r, g, b)`, `#rrggbb` or `#rgb` colour, 0 (black) to 1 (white). */
export function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = channels(colour.trim()).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// The build minifies CSS, so custom properties may come back as `#fff`.
function channels(colour: string): number[] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  }
  return /rgba?\(([^)]+)\)/.exec(colour)?.[1]?.split(',').slice(0, 3).map(Number) ?? [0, 0, 0];
}

/** Whichever of two text colours reads better on `background` (WCAG contrast ratio). */
export function readableOn(background: string, dark: string, light: string): string {
  const l = luminance(background);
  const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return ratio(l, luminance(dark)) >= ratio(l, luminance(light)) ? dark : light;
}
