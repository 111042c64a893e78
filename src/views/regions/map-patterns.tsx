import type { Palette } from '../../ui/palette';
import { mix } from '../../charts/colour';
import type { PatternIds } from './map-styles';

/** The hatch patterns the styles refer to. */
export function MapPatterns({ ids, palette }: { ids: PatternIds; palette: Palette }) {
  const base = palette.series[0] ?? palette.accent;
  return (
    <defs>
      <pattern
        id={ids.named}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={mix(palette.background, base, 0.18)} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={base} strokeWidth="2" />
      </pattern>
      <pattern
        id={ids.notReported}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width="6" height="6" fill={palette.background} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={palette.grid} strokeWidth="2" />
      </pattern>
    </defs>
  );
}
