import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Keyboard and pointer behaviour shared by the bars and the 100 % segments: one Tab stop per chart
 * (roving tabindex), arrow keys move between marks, Enter or Space toggles the highlight, and the
 * tooltip shows on hover and on focus alike.
 */
export function useRovingBars<T extends Element & { focus: () => void }>(
  count: number,
  preferred: number,
  onActivate: (index: number) => void,
) {
  const refs = useRef<(T | null)[]>([]);
  const [moved, setMoved] = useState<number | null>(null);
  const [tip, setTip] = useState<number | null>(null);
  const current = Math.min(Math.max(moved ?? preferred, 0), Math.max(count - 1, 0));

  const move = useCallback(
    (index: number) => {
      if (count === 0) return;
      const next = (index + count) % count;
      setMoved(next);
      refs.current[next]?.focus();
    },
    [count],
  );

  const markProps = (index: number) => ({
    ref: (el: T | null) => {
      refs.current[index] = el;
    },
    tabIndex: index === current ? 0 : -1,
    onFocus: () => {
      setMoved(index);
      setTip(index);
    },
    onBlur: () => setTip((t) => (t === index ? null : t)),
    onMouseEnter: () => setTip(index),
    onMouseLeave: () => setTip((t) => (t === index ? null : t)),
    onClick: () => onActivate(index),
    onKeyDown: (e: KeyboardEvent) => {
      const keys: Record<string, () => void> = {
        ArrowDown: () => move(index + 1),
        ArrowRight: () => move(index + 1),
        ArrowUp: () => move(index - 1),
        ArrowLeft: () => move(index - 1),
        Home: () => move(0),
        End: () => move(count - 1),
        Enter: () => onActivate(index),
        ' ': () => onActivate(index),
        Escape: () => setTip(null),
      };
      const action = keys[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    },
  });

  return { tip, markProps };
}
