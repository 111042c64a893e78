import { memo } from 'react';
import type { GeoProjection } from 'd3-geo';
import { ChartFrame } from '../../charts/chart-frame';
import { usePalette } from '../../ui/palette';
import { SourceFootnote } from '../../charts/source-footnote';
import { useParentWidth } from '../../charts/use-parent-size';
import type { Snapshot } from '../../data/schema';
import { FetchError } from '../../data/errors';
import { useTranslation } from '../../i18n';
import { CategoryLegend } from './category-legend';
import { GeoMap } from './geo-map';
import { RegionFacts } from './region-facts';
import { usePartnerText, useRegionsText } from './regions.text';
import { rampColours, choroplethScale, type SubjectRow } from './regions-series';
import { TileMap } from './tile-map';
import { useRussiaOutline, type RussiaOutline } from './use-russia-outline';
import { mix } from '../../charts/colour';
import { SegmentedControl } from '../../charts/segmented-control';
import { MAP_MODES, type MapMode } from './regions.params';

interface RegionMapFrameProps {
  snapshot: Snapshot;
  rows: SubjectRow[];
  mode: MapMode;
  onMode: (mode: MapMode) => void;
  selected: string | undefined;
  onSelect: (code: string | undefined) => void;
  districtOf: (row: SubjectRow) => string | undefined;
  project: (outline: RussiaOutline, width: number, height: number) => GeoProjection;
}

/** The map of partner regions (tile grid or geographic), its key, the selected region's details and sources. */
function RegionMapFrameUnmemoised(props: RegionMapFrameProps) {
  const { snapshot, rows, mode, onMode, selected, onSelect, districtOf, project } = props;
  const rt = useRegionsText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const palette = usePalette();
  const partnerText = usePartnerText();
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const outline = useRussiaOutline(mode === 'geo');
  const base = palette.series[0] ?? palette.accent;
  const scale = choroplethScale(rows, rampColours(mix(palette.background, base, 0.12), base, 5));
  const mapProps = { rows, width, snapshot, scale, selected, onSelect };
  const selectedRow = rows.find((r) => r.code === selected);
  const { regions } = snapshot;
  const exportRows = () =>
    rows.map((r) => ({
      code: r.code,
      subject: r.subject.name[lang],
      category: rt(`category.${r.category}`),
      partners: r.partners?.value ?? '',
      partners_as_worded: r.category === 'home' ? '' : partnerText(r),
      kind: r.partners?.qualifier.kind ?? '',
      source: (r.partners?.sources ?? r.sources).map((c) => c.source).join('; '),
      locator: (r.partners?.sources ?? r.sources).map((c) => c.locator).join('; '),
    }));
  const citations = [
    ...regions.regionCount.sources,
    ...regions.coreShare.sources,
    ...regions.items.flatMap((i) => i.sources),
  ];

  return (
    <ChartFrame
      id="regions-map"
      title={rt('map.title')}
      subtitle={mode === 'tiles' ? rt('map.subtitleTiles') : rt('map.subtitleGeo')}
      controls={
        <SegmentedControl
          className="cluster regions-chips"
          captionClassName="regions-chips__label"
          label={rt('map.modeLabel')}
          caption={`${rt('map.modeLabel')}:`}
          options={MAP_MODES}
          pressed={(m) => mode === m}
          onChange={onMode}
        >
          {(m) => rt(`map.mode.${m}`)}
        </SegmentedControl>
      }
      hint={mode === 'tiles' ? rt('map.keyboardHint') : rt('map.keyboardHintGeo')}
      exportable={{ name: `regions-map-${mode}`, rows: exportRows, snapshot }}
      legend={<CategoryLegend snapshot={snapshot} rows={rows} palette={palette} mode={mode} scale={scale} />}
      footer={
        <>
          <SourceFootnote snapshot={snapshot} citations={citations} />
          <p className="regions-note">{mode === 'tiles' ? rt('map.tileNote') : rt('map.outlineNote')}</p>
        </>
      }
    >
      <div ref={ref} className="regions-map-frame">
        {mode === 'tiles' ? (
          <TileMap {...mapProps} />
        ) : outline.data ? (
          <GeoMap
            {...mapProps}
            rows={rows.filter((r) => r.category !== 'other')}
            outline={outline.data}
            project={project}
          />
        ) : outline.error ? (
          <div className="status status--error regions-outline-error" role="alert">
            <p>
              {rt('map.outlineError', {
                detail:
                  outline.error instanceof FetchError
                    ? outline.error.message.replace(`${outline.error.file}: `, '')
                    : outline.error.message,
              })}
            </p>
            <button type="button" className="button" onClick={() => void outline.refetch()}>
              {rt('map.retry')}
            </button>{' '}
            <button type="button" className="button" onClick={() => onMode('tiles')}>
              {rt('map.showTiles')}
            </button>
          </div>
        ) : (
          <p className="status status--loading" role="status">
            {rt('map.outlineLoading')}
          </p>
        )}
      </div>
      {selectedRow ? (
        <section className="regions-details" aria-labelledby="regions-details-heading">
          <div className="regions-details__head">
            <h3 id="regions-details-heading">
              {rt('details.heading', { name: selectedRow.subject.name[lang], code: selectedRow.code })}
            </h3>
            <button type="button" className="button" onClick={() => onSelect(undefined)}>
              {rt('details.close')}
            </button>
          </div>
          <RegionFacts row={selectedRow} snapshot={snapshot} district={districtOf(selectedRow)} details />
        </section>
      ) : (
        <p className="regions-details__prompt">{rt('details.prompt')}</p>
      )}
    </ChartFrame>
  );
}

/** Drawn again only when its props change, not on every change of the URL. */
export const RegionMapFrame = memo(RegionMapFrameUnmemoised);
