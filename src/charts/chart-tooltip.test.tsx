import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChartTooltip } from './chart-tooltip';
import PlacedTooltip, { TIP_PADDING } from './placed-tooltip';
import type { TipAnchor } from './tooltip-props';

// jsdom has no layout: the chart box says its size in data-w/data-h, the tooltip is 150 × 60 px, the window is
// a 390 × 844 phone, and everything sits at the page's top left.
const TIP = { width: 150, height: 60 };
const VIEWPORT = { width: 390, height: 844 };
const size = (el: Element) => {
  if (el === document.documentElement) return VIEWPORT;
  if (el.getAttribute('role') === 'tooltip') return TIP;
  const { w, h } = (el as HTMLElement).dataset;
  return w && h ? { width: Number(w), height: Number(h) } : { width: 0, height: 0 };
};
const getters = ['offsetWidth', 'offsetHeight', 'clientWidth', 'clientHeight'] as const;
const saved = new Map<string, PropertyDescriptor | undefined>();

beforeAll(() => {
  for (const name of getters) {
    const proto = name.startsWith('offset') ? HTMLElement.prototype : Element.prototype;
    saved.set(name, Object.getOwnPropertyDescriptor(proto, name));
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: Element) {
        const s = size(this);
        return name.endsWith('Width') ? s.width : s.height;
      },
    });
  }
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const { width, height } = size(this);
    return { x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height } as DOMRect;
  });
});

afterAll(() => {
  for (const name of getters) {
    const proto = name.startsWith('offset') ? HTMLElement.prototype : Element.prototype;
    const d = saved.get(name);
    if (d) Object.defineProperty(proto, name, d);
    else delete (proto as unknown as Record<string, unknown>)[name];
  }
  vi.restoreAllMocks();
});

/** The tooltip's place in the chart box (from Floating UI's transform) and the side it chose. */
async function placeIn(box: { w: number; h: number }, anchor: TipAnchor, placement?: 'top' | 'bottom') {
  render(
    <div data-w={box.w} data-h={box.h} style={{ position: 'relative' }}>
      <PlacedTooltip anchor={anchor} placement={placement} gap={8}>
        Participants: 13,000
      </PlacedTooltip>
    </div>,
  );
  const tip = screen.getByRole('tooltip');
  await waitFor(() => expect(tip.style.transform).toMatch(/translate/));
  const [, x, y] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(tip.style.transform) ?? [];
  return { x: Number(x), y: Number(y), side: tip.dataset.placement, tip };
}

describe('ChartTooltip', () => {
  it('opens above its mark, centred on it, when there is room', async () => {
    const { x, y, side } = await placeIn({ w: 390, h: 400 }, { x: 200, y: 200 });
    expect(side).toBe('top');
    expect(x).toBe(200 - TIP.width / 2);
    expect(y).toBe(200 - 8 - TIP.height);
  });

  it('flips below a mark near the top edge of the window', async () => {
    const { y, side } = await placeIn({ w: 390, h: 400 }, { x: 200, y: 30, width: 10, height: 10 });
    expect(side).toBe('bottom');
    expect(y).toBe(30 + 10 + 8);
  });

  it('flips above a mark near the bottom edge of the window when it prefers to open below', async () => {
    const { y, side } = await placeIn({ w: 390, h: 844 }, { x: 200, y: 800 }, 'bottom');
    expect(side).toBe('top');
    expect(y).toBe(800 - 8 - TIP.height);
  });

  it('keeps its preferred side below a mark when the window has room, even past the chart’s edge', async () => {
    const { side } = await placeIn({ w: 390, h: 40 }, { x: 200, y: 20 }, 'bottom');
    expect(side).toBe('bottom');
  });

  it('slides inside a narrow chart instead of leaving it', async () => {
    const right = await placeIn({ w: 200, h: 300 }, { x: 195, y: 150 });
    expect(right.x + TIP.width).toBeLessThanOrEqual(200 - TIP_PADDING);
    expect(right.x).toBeGreaterThanOrEqual(TIP_PADDING);
  });

  it('slides right of the chart’s left edge for a mark at the very left', async () => {
    const { x } = await placeIn({ w: 200, h: 300 }, { x: 2, y: 150 });
    expect(x).toBe(TIP_PADDING);
  });

  it('wears the one look and keeps its id and role', async () => {
    const { tip } = await placeIn({ w: 390, h: 400 }, { x: 200, y: 200 });
    expect(tip).toHaveClass('card', 'chart-tooltip');
    expect(tip).toHaveTextContent('Participants: 13,000');
  });

  it('is in the page but hidden at rest, for a fixed aria-describedby', () => {
    render(
      <ChartTooltip id="tl-tip" anchor={null} className="x">
        nothing
      </ChartTooltip>,
    );
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect(tip).toHaveAttribute('id', 'tl-tip');
    expect(tip).not.toBeVisible();
  });

  it('loads Floating UI with the first tooltip and then shows it', async () => {
    render(
      <div data-w={390} data-h={400} style={{ position: 'relative' }}>
        <ChartTooltip id="t1" anchor={{ x: 100, y: 200 }}>
          shown
        </ChartTooltip>
      </div>,
    );
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveAttribute('id', 't1');
    await waitFor(() => expect(tip.dataset.placement).toBe('top'));
  });
});
