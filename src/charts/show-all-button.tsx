import { useContext, type ReactNode } from 'react';
import { DrawAllContext } from './show-first';
import { usePrinting } from './use-printing';

/**
 * The toggle of a list shown in part: "Show all 240 …" or "Show only the first 5". Left out of print and of
 * picture downloads, which draw every entry anyway.
 */
export function ShowAllButton({
  expanded,
  onExpand,
  onCollapse,
  children,
}: {
  expanded: boolean;
  onExpand: () => void;
  onCollapse: () => void;
  children: ReactNode;
}) {
  const printing = usePrinting();
  const drawAll = useContext(DrawAllContext);
  if (printing || drawAll) return null;
  return (
    <button
      type="button"
      className="button show-all"
      onClick={(event) => {
        if (!expanded) return onExpand();
        onCollapse();
        // The entries above it are gone; keep the button, which keeps focus, on screen.
        const button = event.currentTarget;
        requestAnimationFrame(() => button.scrollIntoView?.({ block: 'nearest' }));
      }}
    >
      {children}
    </button>
  );
}
