import { useState } from 'react';
import { activationKeys, useRovingFocus } from '../../charts/use-roving-focus';
import type { BarRow } from './sectors-series';

/**
 * What the bars and the 100 % segments share: one Tab stop per chart with the arrow keys moving between
 * marks (the kit's roving focus, list mode), Enter or Space toggling the highlight, and the tooltip on hover
 * and on focus alike.
 */
export function useBarMarks(
  rows: readonly BarRow[],
  highlightKey: string | undefined,
  onToggle: (key: string) => void,
) {
  const [tip, setTip] = useState<number | null>(null);
  const roving = useRovingFocus({ mode: 'list', ids: rows.map((r) => r.key), initial: highlightKey });

  const markProps = (index: number) => {
    const key = rows[index]?.key ?? '';
    return {
      ...roving.itemProps(key, {
        onFocus: () => setTip(index),
        onKeyDown: activationKeys(
          () => onToggle(key),
          () => setTip(null),
        ),
      }),
      onBlur: () => setTip((t) => (t === index ? null : t)),
      onMouseEnter: () => setTip(index),
      onMouseLeave: () => setTip((t) => (t === index ? null : t)),
      onClick: () => onToggle(key),
    };
  };

  /** The mark that is the Tab stop, by its row's key. */
  return { tip, markProps, activeKey: roving.activeId };
}
