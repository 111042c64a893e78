import { useId } from 'react';
import { hatchId, kindPaint, type FigureKind } from './figure-kinds';

/** The hatching of derived marks: diagonal lines in `colour` over a light wash of it. */
export function KindHatch({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
      <rect width="5" height="5" fill={colour} fillOpacity={0.18} />
      <line x1="1.25" y1="0" x2="1.25" y2="5" stroke={colour} strokeWidth="1.75" />
    </pattern>
  );
}

/** A 14 px square drawn as a mark of `kind`: the legend's swatch, and the glyph beside a single figure. */
export function KindSwatch({
  kind,
  colour,
  background,
}: {
  kind: FigureKind;
  colour: string;
  background: string;
}) {
  const hatch = `${useId().replace(/[^a-zA-Z0-9-]/g, '')}-hatch`;
  return (
    <svg width="14" height="14" aria-hidden="true" className="qualifier-swatch" data-kind={kind}>
      {kind === 'derived' && (
        <defs>
          <KindHatch id={hatch} colour={colour} />
        </defs>
      )}
      <rect x="1.5" y="1.5" width="11" height="11" rx="2" {...kindPaint(kind, colour, background, hatch)} />
    </svg>
  );
}

/** One hatch pattern per colour a chart draws derived marks in. */
export function KindHatches({ prefix, colours }: { prefix: string; colours: readonly string[] }) {
  return (
    <>
      {[...new Set(colours)].map((c) => (
        <KindHatch key={c} id={hatchId(prefix, c)} colour={c} />
      ))}
    </>
  );
}
