import { useContext } from 'react';
import { DrawAllContext, type ShowFirst } from './show-first';
import { usePrinting } from './use-printing';

/**
 * The toggle of a list shown in part (`useShowFirst`): "Show all 240 …" (`showAll`) or "Show only the first 5"
 * (`showFirst`). Drawn only when there are more entries than the first; left out of print and of picture
 * downloads, which draw every entry anyway.
 */
export function ShowAllButton({
  list,
  showAll,
  showFirst,
}: {
  list: ShowFirst;
  showAll: string;
  showFirst: string;
}) {
  const printing = usePrinting();
  const drawAll = useContext(DrawAllContext);
  const { expanded, expand: onExpand, collapse: onCollapse } = list;
  if (!list.partial || printing || drawAll) return null;
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
      {expanded ? showFirst : showAll}
    </button>
  );
}
