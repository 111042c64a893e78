import { useEffect, useState } from 'react';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * A file dragged anywhere on the page (when `enabled`): `dragging` while it is over the page, `dropped` once it
 * is let go, and `setOpen(true)` is called (a state setter: stable). The browser's default (opening the file in place of the page) is prevented.
 */
export function useSnapshotDrop(enabled: boolean, setOpen: (open: boolean) => void) {
  const [dragging, setDragging] = useState(false);
  // Counted, so that dropping the same file again (after fixing it) checks it again.
  const [dropped, setDropped] = useState<{ file?: File; count: number }>({ count: 0 });
  useEffect(() => {
    if (!enabled) return;
    // dragenter and dragleave fire for every element crossed: counted, the overlay does not flicker.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      setDropped((d) => ({ file, count: d.count + 1 }));
      setOpen(true);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [enabled, setOpen]);
  // Forgets the file once its panel has it: reopening the panel later must not check it again.
  const forget = () => setDropped((d) => (d.file ? { count: d.count } : d));
  return { dragging, dropped, forget };
}
