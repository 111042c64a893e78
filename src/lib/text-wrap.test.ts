import { describe, expect, it } from 'vitest';
import { truncateWords, wrapLines, wrapWords } from './text-wrap';

describe('wrapWords', () => {
  it('breaks at spaces within the limit', () => {
    expect(wrapWords('Оптовая и розничная торговля', 12)).toEqual(['Оптовая и', 'розничная', 'торговля']);
    expect(wrapWords('Services', 20)).toEqual(['Services']);
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('keeps a word longer than a line whole, unless asked to cut it with a hyphen', () => {
    expect(wrapWords('искусственный интеллект', 8)).toEqual(['искусственный', 'интеллект']);
    const lines = wrapWords('искусственный', 8, { cutLongWords: true });
    expect(lines.every((l) => l.length <= 8)).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('искусственный');
  });
});

describe('wrapLines', () => {
  it('wraps into lines of limited length, with an ellipsis when cut', () => {
    expect(wrapLines('Development of Artificial Intelligence', 20, 2)).toEqual([
      'Development of',
      'Artificial…',
    ]);
    expect(wrapLines('Development of Artificial Intelligence', 24, 2)).toEqual([
      'Development of',
      'Artificial Intelligence',
    ]);
    const lines = wrapLines(
      "Troitsk Innovation Cluster 'New Materials, Laser and Radiation Technologies'",
      24,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
    expect(wrapLines('Short', 24, 2)).toEqual(['Short']);
  });
});

describe('truncateWords', () => {
  it('cuts at a word boundary and says so with an ellipsis', () => {
    expect(truncateWords('Moscow Composite Cluster', 30)).toBe('Moscow Composite Cluster');
    expect(truncateWords('Moscow Composite Cluster', 18)).toBe('Moscow Composite…');
  });
});
