/**
 * The WAI-ARIA roving-tabindex contract of a chart, checked through the keyboard as a reader meets it:
 * exactly one mark is in the Tab order, Tab from before the chart lands on it, an arrow key moves focus to
 * another mark (which becomes the Tab stop), and the next Tab leaves the chart.
 */
import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/** The chart's marks: every element in it with a tabindex attribute. */
const marksOf = (chart: Element) => Array.from(chart.querySelectorAll<HTMLElement>('[tabindex]'));

export async function expectOneTabStop(chart: Element, arrow = '{ArrowRight}'): Promise<void> {
  const marks = marksOf(chart);
  expect(marks.length, 'the chart has marks').toBeGreaterThan(1);
  const stops = marks.filter((m) => m.getAttribute('tabindex') === '0');
  expect(stops, 'exactly one mark has tabindex 0').toHaveLength(1);
  const stop = stops[0];

  // Tab from the top of the page until focus enters the chart: it must land on the one stop.
  act(() => (document.activeElement as HTMLElement | null)?.blur());
  const user = userEvent.setup();
  for (let i = 0; i < 400 && !chart.contains(document.activeElement); i++) await user.tab();
  expect(document.activeElement, 'Tab enters the chart at its Tab stop').toBe(stop);

  // An arrow moves focus to another mark, which becomes the only stop.
  await user.keyboard(arrow);
  const moved = document.activeElement as HTMLElement;
  expect(chart.contains(moved), 'focus stays in the chart').toBe(true);
  expect(moved, 'the arrow moved focus').not.toBe(stop);
  expect(moved.getAttribute('tabindex')).toBe('0');
  expect(marksOf(chart).filter((m) => m.getAttribute('tabindex') === '0')).toEqual([moved]);

  // The next Tab leaves the chart; Shift+Tab comes back to the mark last visited.
  await user.tab();
  expect(chart.contains(document.activeElement), 'the next Tab leaves the chart').toBe(false);
  await user.tab({ shift: true });
  expect(document.activeElement, 'Shift+Tab returns to the last mark').toBe(moved);
}
