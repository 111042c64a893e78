import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { panWindow, zoomWindow, type TimeWindow } from './timeline-window';

interface PanZoomOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  window: TimeWindow;
  extent: TimeWindow;
  plotLeft: number;
  plotRight: number;
  /** Called on every step of a gesture, with the window to show. */
  onChange: (w: TimeWindow) => void;
}

interface Gesture {
  pointers: Map<number, number>;
  startWindow: TimeWindow;
  startX: number;
  startDistance: number;
  moved: boolean;
}

/** Past this many pixels a press becomes a drag (below it, it is a click on a mark). */
const DRAG_THRESHOLD = 4;

/**
 * Drag to pan, two-finger pinch and mouse wheel to zoom, horizontal wheel to pan: pointer and wheel events
 * turned into windows by the pure zoom/pan functions. Vertical page scrolling on touch stays with the
 * browser (touch-action: pan-y).
 */
export function usePanZoom({ svgRef, window, extent, plotLeft, plotRight, onChange }: PanZoomOptions) {
  const gesture = useRef<Gesture | null>(null);
  const latest = useRef({ window, extent, plotLeft, plotRight, onChange });
  useEffect(() => {
    latest.current = { window, extent, plotLeft, plotRight, onChange };
  });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      const { window: w, extent: ext, plotLeft: l, plotRight: r, onChange: change } = latest.current;
      const rect = svg.getBoundingClientRect();
      const plotWidth = Math.max(1, r - l);
      const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey;
      let next: TimeWindow;
      if (horizontal) {
        next = panWindow(w, (e.shiftKey ? e.deltaY : e.deltaX) / plotWidth, ext);
      } else {
        // Pinch on a touchpad arrives as a wheel event with ctrlKey and small deltas.
        const factor = Math.exp(e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
        const anchor = Math.min(1, Math.max(0, (e.clientX - rect.left - l) / plotWidth));
        next = zoomWindow(w, factor, ext, anchor);
      }
      // At a limit (fully zoomed out, or at an edge) the page scrolls as usual.
      if (next.start === w.start && next.end === w.end) return;
      e.preventDefault();
      change(next);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef]);

  const distance = (pointers: Map<number, number>) => {
    const [a = 0, b = 0] = [...pointers.values()];
    return Math.abs(a - b);
  };

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const g = gesture.current ?? {
      pointers: new Map<number, number>(),
      startWindow: window,
      startX: e.clientX,
      startDistance: 0,
      moved: false,
    };
    g.pointers.set(e.pointerId, e.clientX);
    // Every change in the number of fingers restarts the gesture from the current window.
    g.startWindow = window;
    g.startX = e.clientX;
    g.startDistance = distance(g.pointers);
    gesture.current = g;
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g || !g.pointers.has(e.pointerId)) return;
    g.pointers.set(e.pointerId, e.clientX);
    const { extent: ext, plotLeft: l, plotRight: r } = latest.current;
    const plotWidth = Math.max(1, r - l);
    if (g.pointers.size >= 2) {
      const d = distance(g.pointers);
      if (g.startDistance < 10 || d < 10) return;
      const [a = 0, b = 0] = [...g.pointers.values()];
      const rect = e.currentTarget.getBoundingClientRect();
      const anchor = Math.min(1, Math.max(0, ((a + b) / 2 - rect.left - l) / plotWidth));
      g.moved = true;
      onChange(zoomWindow(g.startWindow, g.startDistance / d, ext, anchor));
      return;
    }
    const dx = e.clientX - g.startX;
    if (!g.moved && Math.abs(dx) < DRAG_THRESHOLD) return;
    if (!g.moved) {
      g.moved = true;
      // Captured only once it is a drag, so that a plain click still reaches the mark under the pointer.
      e.currentTarget.setPointerCapture?.(e.pointerId);
    }
    onChange(panWindow(g.startWindow, -dx / plotWidth, ext));
  };

  const onPointerEnd = (e: ReactPointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g) return;
    g.pointers.delete(e.pointerId);
    if (g.pointers.size === 0) gesture.current = null;
    else {
      g.startWindow = latest.current.window;
      g.startX = [...g.pointers.values()][0] ?? e.clientX;
      g.startDistance = 0;
    }
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
  };
}
