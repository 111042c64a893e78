import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from './label-placement';

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('scatter label placement', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 };

  it('puts a lone label to the right of its point', () => {
    const [label] = placeLabels([{ x: 100, y: 100, r: 6, width: 60, height: 16 }], bounds);
    expect(label?.x).toBeGreaterThan(106);
    expect(label?.leader).toBe(false);
  });

  it('keeps crowded labels apart, clear of the points and inside the plot', () => {
    const points = [
      { x: 200, y: 150, r: 6, width: 90, height: 16 },
      { x: 210, y: 152, r: 6, width: 90, height: 16 },
      { x: 205, y: 160, r: 6, width: 90, height: 16 },
      { x: 390, y: 290, r: 6, width: 90, height: 16 },
    ];
    const placed = placeLabels(points, bounds);
    const boxes = placed.filter((b): b is NonNullable<typeof b> => b !== null);
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        expect(overlap(a, b)).toBe(false);
      }),
    );
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(400);
      for (const p of points)
        expect(overlap(b, { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r })).toBe(false);
    }
  });

  it('gives up (null) when there is no room at all', () => {
    expect(placeLabels([{ x: 5, y: 5, r: 4, width: 500, height: 16 }], bounds)).toEqual([null]);
  });
});
