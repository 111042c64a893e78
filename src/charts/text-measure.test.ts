import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, textWidth } from './text-measure';

// In jsdom there is no canvas, so textWidth is the estimate; the real measure is checked in Chromium by the
// e2e suite (labels inside their boxes).
it('falls back to the estimate where nothing can be measured', () => {
  expect(textWidth('Masks and gloves', 12)).toBe(estimateTextWidth('Masks and gloves', 12));
  expect(textWidth('Masks and gloves', 12, 700)).toBeGreaterThan(textWidth('Masks and gloves', 12));
});

describe('label text', () => {
  // Widths measured in Chromium with DejaVu Sans at 12 px: the estimate must never be narrower.
  const measured: [string, number][] = [
    ['Masks and gloves become mandatory', 227.7],
    ['High-alert regime in Moscow', 171.8],
    ['Второй волна: 30 % сотрудников на удалённой работе', 349.2],
    ['QR codes required in restaurants and cafés', 260.3],
    ['абвгдеёжзийклмнопрстуфхцчшщъыьэюя', 263.1],
    ['АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 301.3],
    ['abcdefghijklmnopqrstuvwxyz', 175.8],
  ];
  it.each(measured)('estimates “%s” no narrower than it renders', (text, width) => {
    const estimate = estimateTextWidth(text, 12);
    expect(estimate).toBeGreaterThanOrEqual(width);
    expect(estimate).toBeLessThan(width * 1.25);
  });

  it('cuts text to its room with an ellipsis', () => {
    const cut = fitText('Masks and gloves become mandatory', 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
    expect(fitText('Short', 100, 12)).toBe('Short');
  });
});
