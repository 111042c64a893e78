import { kindsOf } from '../../charts/figure-kinds';
import { memo, useMemo, type ReactNode } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { usePalette } from '../../ui/palette';
import { QualifierLegend } from '../../charts/qualifier-legend';
import { SourceFootnote } from '../../charts/source-footnote';
import { useParentWidth } from '../../charts/use-parent-size';
import type { Figure, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { BarChart } from './bar-chart';
import { HighlightDetail } from './figure-details';
import { LightManufacturing } from './light-manufacturing';
import { ShareStrip } from './share-strip';
import { barValueText, useSectorsText } from './sectors.text';
import { memberRows, projectRows, sortRows, type BarRow } from './sectors-series';
import type { Measure, SortOrder } from './sectors.params';
import { useCompareSnapshot } from '../../charts/use-compare-snapshot';
import { GhostLegend } from '../../charts/ghost-legend';

/** One wrapper measures; the chart inside receives the width. */
function Measured({ children }: { children: (width: number) => ReactNode }) {
  const { ref, width } = useParentWidth<HTMLDivElement>();
  return <div ref={ref}>{children(width)}</div>;
}

function HighlightSwatch() {
  const st = useSectorsText();
  const palette = usePalette();
  return (
    <ul className="series-legend">
      <li>
        <span className="sectors-swatch" style={{ background: palette.highlight }} />
        {st('legend.highlighted')}
      </li>
    </ul>
  );
}

interface SectorsChartsProps {
  snapshot: Snapshot;
  measure: Measure;
  sort: SortOrder;
  highlighted: BarRow | undefined;
  onToggle: (key: string) => void;
}

/**
 * The three figures of the view: members by sector (100 % bar and bars), projects by domain, light manufacturing.
 * Memoised: a render for a choice not yet drawn (sectors-route.tsx) passes the same props and skips it.
 */
export const SectorsCharts = memo(function SectorsCharts({
  snapshot,
  measure,
  sort,
  highlighted,
  onToggle,
}: SectorsChartsProps) {
  const st = useSectorsText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const s = snapshot.sectors;
  // Rows change with the snapshot and the options, not with a highlight: shaped and sorted once for those.
  const members = useMemo(() => sortRows(memberRows(snapshot, measure), sort), [snapshot, measure, sort]);
  const shares = useMemo(() => sortRows(memberRows(snapshot, 'share'), sort), [snapshot, sort]);
  const projects = useMemo(() => sortRows(projectRows(snapshot), sort), [snapshot, sort]);
  const { layer } = useCompareSnapshot();
  // The other snapshot's value of each bar, by the bar's key; a bar it does not have gets no ghost.
  const ghosts = useMemo(() => {
    if (!layer) return undefined;
    const byKey = (rows: BarRow[]) =>
      new Map(rows.flatMap((r) => (r.figure ? [[r.key, r.figure.value] as const] : [])));
    return {
      members: byKey(memberRows(layer.snapshot, measure)),
      projects: byKey(projectRows(layer.snapshot)),
    };
  }, [layer, measure]);
  const total = formatFigure(s.membersTotal, lang, t);
  const membersDate = s.membersTotal.date ? formatPartialDate(s.membersTotal.date, lang, t) : '';
  const projectsDate = s.projectsTotal.date ? formatPartialDate(s.projectsTotal.date, lang, t) : '';
  // Every bar's value in words, for the charts' descriptions: 700 formatted values at 100× the data, made
  // again only when the bars change, not with a highlight.
  const lists = useMemo(() => {
    const list = (rows: readonly BarRow[]) =>
      rows
        .map(
          (r) => `${r.label[lang]} ${r.figure ? barValueText(r.figure, lang) : t('qualifier.notReported')}`,
        )
        .join('; ');
    return { members: list(members), projects: list(projects) };
  }, [members, projects, lang, t]);
  const key = (group: BarRow['group']) => (highlighted?.group === group ? highlighted.key : undefined);
  const detail = (group: BarRow['group']) =>
    highlighted?.group === group && (
      <HighlightDetail row={highlighted} snapshot={snapshot} onClear={() => onToggle(highlighted.key)} />
    );
  const labelled = (label: string, figure: Figure | undefined | null) => (figure ? [{ label, figure }] : []);
  const note = (f: Figure) =>
    f.note && (
      <p className="chart-source">
        <span className="chart-source__label">{`${t('chart.note')}: `}</span>
        {f.note[lang]}
      </p>
    );
  const legend = (group: BarRow['group'], rows: readonly BarRow[]) => (
    <>
      <QualifierLegend kinds={kindsOf(rows.map((r) => r.figure))} />
      {key(group) && <HighlightSwatch />}
      {layer && <GhostLegend layer={layer} swatch="bar" />}
    </>
  );
  // Sources of the total and of every bar, and the total's note.
  const footer = (total: Figure, figures: (Figure | null | undefined)[]) => (
    <>
      <SourceFootnote snapshot={snapshot} citations={[total, ...figures].flatMap((f) => f?.sources ?? [])} />
      {note(total)}
    </>
  );

  return (
    <>
      <ChartFrame
        id="sectors-members"
        sized
        items={snapshot.sectors.members.length}
        title={st('members.title')}
        subtitle={st(measure === 'share' ? 'members.subtitleShare' : 'members.subtitleCount', {
          total,
          date: membersDate,
        })}
        legend={legend('members', members)}
        footer={footer(
          s.membersTotal,
          members.flatMap((r) => [r.share, r.count]),
        )}
        exportable={{
          name: `sectors-members-${measure}`,
          snapshot,
          items: () => [
            ...labelled(t('figureLabel.membersTotal'), s.membersTotal),
            ...members.flatMap((r) => [
              ...labelled(t('figureLabel.memberShare', { label: r.label[lang] }), r.share),
              ...labelled(t('figureLabel.memberCount', { label: r.label[lang] }), r.count),
            ]),
          ],
        }}
      >
        {detail('members')}
        <Measured>
          {(width) => (
            <>
              <ShareStrip
                rows={shares}
                width={width}
                highlightKey={key('members')}
                onToggle={onToggle}
                snapshot={snapshot}
              />
              <BarChart
                rows={members}
                width={width}
                highlightKey={key('members')}
                onToggle={onToggle}
                title={st('members.title')}
                desc={st('members.desc', { n: members.length, values: lists.members })}
                snapshot={snapshot}
                ghost={ghosts?.members}
              />
            </>
          )}
        </Measured>
      </ChartFrame>
      <ChartFrame
        id="sectors-projects"
        sized
        items={snapshot.sectors.projects.length}
        title={st('projects.title')}
        subtitle={st('projects.subtitle', {
          total: formatFigure(s.projectsTotal, lang, t),
          date: projectsDate,
        })}
        legend={legend('projects', projects)}
        footer={footer(
          s.projectsTotal,
          projects.map((r) => r.count),
        )}
        exportable={{
          name: 'sectors-projects',
          snapshot,
          items: () => [
            ...labelled(t('figureLabel.projectsTotal'), s.projectsTotal),
            ...projects.flatMap((r) =>
              labelled(t('figureLabel.projectDomain', { label: r.label[lang] }), r.count),
            ),
          ],
        }}
      >
        {detail('projects')}
        <Measured>
          {(width) => (
            <BarChart
              rows={projects}
              width={width}
              highlightKey={key('projects')}
              onToggle={onToggle}
              title={st('projects.title')}
              desc={st('projects.desc', { n: projects.length, values: lists.projects })}
              snapshot={snapshot}
              ghost={ghosts?.projects}
            />
          )}
        </Measured>
      </ChartFrame>
      <ChartFrame
        id="sectors-light"
        // Its month strip is drawn at the width but always 58 px tall (light-manufacturing.tsx).
        fluid
        title={st('light.title')}
        subtitle={st('light.subtitle', {
          since: formatPartialDate(s.lightManufacturing.since, lang, t),
          asOf: s.lightManufacturing.companies.date
            ? formatPartialDate({ ...s.lightManufacturing.companies.date, approximate: false }, lang, t)
            : t('qualifier.notReported'),
        })}
        legend={
          <QualifierLegend kinds={kindsOf([s.lightManufacturing.companies, s.lightManufacturing.regions])} />
        }
        footer={
          <SourceFootnote
            snapshot={snapshot}
            citations={[
              ...s.lightManufacturing.sources,
              ...s.lightManufacturing.companies.sources,
              ...s.lightManufacturing.regions.sources,
            ]}
          />
        }
        exportable={{
          name: 'sectors-light-manufacturing',
          snapshot,
          items: () => [
            ...labelled(t('figureLabel.lightCompanies'), s.lightManufacturing.companies),
            ...labelled(t('figureLabel.lightRegions'), s.lightManufacturing.regions),
          ],
        }}
      >
        <Measured>{(width) => <LightManufacturing snapshot={snapshot} width={width} />}</Measured>
      </ChartFrame>
    </>
  );
});
