import { describe, expect, it } from 'vitest';
import { stackLabels } from './regions-layout';

describe('stackLabels', () => {
  it('keeps labels at their anchors when they do not collide', () => {
    const ys = stackLabels(
      [
        { id: 'a', y: 10 },
        { id: 'b', y: 50 },
      ],
      { gap: 15, top: 0, bottom: 100 },
    );
    expect(ys.get('a')).toBe(10);
    expect(ys.get('b')).toBe(50);
  });

  it('spaces colliding labels at least one gap apart, in anchor order, within the bounds', () => {
    const ys = stackLabels(
      [
        { id: 'c', y: 95 },
        { id: 'a', y: 90 },
        { id: 'b', y: 92 },
      ],
      { gap: 15, top: 0, bottom: 100 },
    );
    expect(ys.get('c')).toBe(100);
    expect(ys.get('b')).toBe(85);
    expect(ys.get('a')).toBe(70);
  });
});
