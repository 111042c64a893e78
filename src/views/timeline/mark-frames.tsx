import { GEOMETRY, type MarkLayout } from './timeline-layout';

const H = GEOMETRY.markHeight;

/** The focus ring around a mark and, up to `right`, its label (shown by CSS when the mark has focus). */
export function FocusRing({ mark, right }: { mark: MarkLayout; right: number }) {
  return (
    <rect
      className="timeline-mark__ring"
      x={mark.x0 - 3}
      y={mark.y - H / 2 - 3}
      width={right - mark.x0 + 6}
      height={H + 6}
      rx={4}
      fill="none"
    />
  );
}

/** The frame of the event whose details are open. */
export function SelectedFrame({ mark, colour }: { mark: MarkLayout; colour: string }) {
  return (
    <rect
      x={mark.x0 - 2}
      y={mark.y - H / 2 - 2}
      width={mark.x1 - mark.x0 + 4}
      height={H + 4}
      rx={3}
      fill="none"
      stroke={colour}
      strokeWidth={2}
    />
  );
}
