import { useTranslation } from '../i18n';
import { usePalette } from '../ui/palette';
import type { CompareLayer } from './use-compare-snapshot';
import { defineViewText } from '../i18n';

const useGhostText = defineViewText({
  en: { legend: '{{title}}, for comparison', own: 'your snapshot' },
  ru: { legend: '{{title}}, для сравнения', own: 'ваш снимок' },
});

/** The one look of another snapshot's figures on every chart: neutral, dash-dot, never filled. */
export const GHOST_DASH = '7 3 1 3';

/**
 * Says what the ghost marks are: "<title of the other snapshot>, for comparison". Drawn with the same
 * dash-dot stroke as the ghost itself, so it reads without colour.
 */
export function GhostLegend({ layer, swatch }: { layer: CompareLayer; swatch?: 'line' | 'bar' }) {
  const { i18n } = useTranslation();
  const gt = useGhostText();
  const palette = usePalette();
  const title = layer.entry.title[i18n.language];
  return (
    <p className="ghost-legend" data-ghost-legend="">
      <svg width="26" height="14" viewBox="0 0 26 14" aria-hidden="true">
        {swatch === 'bar' ? (
          <rect
            x={1}
            y={2}
            width={24}
            height={10}
            fill="none"
            stroke={palette.muted}
            strokeWidth={1.5}
            strokeDasharray={GHOST_DASH}
          />
        ) : (
          <path d="M0 7h26" stroke={palette.muted} strokeWidth={2} strokeDasharray={GHOST_DASH} />
        )}
      </svg>
      {gt('legend', { title: layer.entry.own ? `${title} (${gt('own')})` : title })}
    </p>
  );
}
