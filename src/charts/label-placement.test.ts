import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packRows,
  placeAllLabels,
  placeLabels,
  rowCount,
  stackLane,
  type Box,
  type StackItem,
} from './label-placement';

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

  it('never lets a label overlap another label or any point, however crowded, and names all or none', () => {
    const request = fc.record({
      x: fc.integer({ min: -20, max: 420 }),
      y: fc.integer({ min: -20, max: 320 }),
      r: fc.integer({ min: 2, max: 9 }),
      width: fc.integer({ min: 4, max: 140 }),
      height: fc.integer({ min: 10, max: 18 }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 120 }), (requests) => {
        const placed = placeLabels(requests, bounds);
        expect(placed).toHaveLength(requests.length);
        const boxes = placed.filter((b): b is NonNullable<typeof b> => b !== null);
        boxes.forEach((a, i) => {
          expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= 400 && a.y + a.height <= 300).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
          for (const p of requests)
            expect(overlap(a, { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r })).toBe(false);
        });
        expect(placeAllLabels(requests, bounds)).toEqual(placed.includes(null) ? null : placed);
      }),
      { numRuns: 200 },
    );
  });
});

const item = (id: string, x0: number, x1: number, labelWidth = 0): StackItem => ({ id, x0, x1, labelWidth });

describe('stacking the marks of a lane into rows', () => {
  it('keeps items that do not overlap on one row, labels and all', () => {
    const out = stackLane([item('a', 0, 10, 50), item('b', 100, 110, 50)], { plotRight: 500 });
    expect(out.map((s) => s.row)).toEqual([0, 0]);
    expect(out.map((s) => s.labelRoom)).toEqual([50, 50]);
  });

  it('opens a new row when marks overlap', () => {
    const out = stackLane([item('a', 0, 100), item('b', 50, 150), item('c', 120, 200)], { plotRight: 500 });
    expect(out.map((s) => [s.id, s.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(rowCount(out)).toBe(2);
  });

  it('gives a label its own row while rows are left, then cuts labels instead', () => {
    const items = [item('a', 0, 10, 200), item('b', 60, 70, 200), item('c', 120, 130, 200)];
    const two = stackLane(items, { plotRight: 1000, maxRows: 2 });
    expect(two.map((s) => s.row)).toEqual([0, 1, 0]);
    // "a" keeps only the room before "c" (120 − 4 gap − 10 − 4 label gap).
    expect(two.find((s) => s.id === 'a')?.labelRoom).toBe(102);
    expect(two.find((s) => s.id === 'c')?.labelRoom).toBe(200);
  });

  it('drops a label that would be a stub, and stops labels at the plot edge', () => {
    const out = stackLane([item('a', 0, 10, 200), item('b', 30, 40, 50)], { plotRight: 80, maxRows: 1 });
    expect(out.find((s) => s.id === 'a')?.labelRoom).toBe(0);
    expect(out.find((s) => s.id === 'b')?.labelRoom).toBe(36);
  });

  it('never lets a mark or a kept label overlap another in its row', () => {
    const arb = fc.array(
      fc.record({
        x0: fc.integer({ min: -50, max: 900 }),
        w: fc.integer({ min: 1, max: 300 }),
        l: fc.nat(250),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 6 }), (raw, maxRows) => {
        const items = raw.map((r, i) => item(String(i), r.x0, r.x0 + r.w, r.l));
        const out = stackLane(items, { plotRight: 1000, maxRows });
        const byId = new Map(items.map((i) => [i.id, i]));
        const rows = new Map<number, { from: number; to: number }[]>();
        for (const s of out) {
          const it = byId.get(s.id);
          if (!it) throw new Error('lost an item');
          const to = s.labelRoom > 0 ? it.x1 + 4 + s.labelRoom : it.x1;
          if (s.labelRoom > 0) expect(to).toBeLessThanOrEqual(1000);
          rows.set(s.row, [...(rows.get(s.row) ?? []), { from: it.x0, to }]);
        }
        expect(out).toHaveLength(items.length);
        for (const spans of rows.values()) {
          spans.sort((a, b) => a.from - b.from);
          for (let i = 1; i < spans.length; i++)
            expect(spans[i]?.from).toBeGreaterThanOrEqual((spans[i - 1]?.to ?? 0) + 4);
        }
      }),
    );
  });
});

describe('packRows', () => {
  it('keeps intervals apart while there is room, then overlaps them in the row that ends first', () => {
    const rows = packRows(
      [
        { x0: 50, x1: 60 },
        { x0: 0, x1: 30 },
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
      ],
      2,
    );
    // In order of x0: 0–30 and 0–10 take a row each; 5–15 meets both and goes on 0–10's; 50–60 fits anywhere.
    expect(rows).toEqual([0, 0, 1, 1]);
  });
});
