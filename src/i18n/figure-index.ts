/**
 * A flat, labelled list of every figure in a snapshot: what `/sources` tabulates and searches,
 * and what a view's placeholder or table lists. Labels come from the snapshot's structure.
 */
import type { Language, TFunction } from './index';
import type { ViewId } from '../lib/paths';
import type { Figure, Snapshot } from '../data/schema';
import { snapshotIndex } from '../data/snapshot-index';
import { formatPartialDate } from './format';

export interface FigureRow {
  figure: Figure;
  /** JSON path inside the snapshot file. */
  path: string;
  label: string;
  /** The view that shows this figure. */
  view: ViewId;
}

export function buildFigureRows(snapshot: Snapshot, lang: Language, t: TFunction): FigureRow[] {
  const labels = new Map<string, { label: string; view: ViewId }>();
  const put = (f: Figure, label: string, view: ViewId) => labels.set(f.id, { label, view });
  const date = (f: Figure) => (f.date ? formatPartialDate(f.date, lang, t) : t('sources.noDate'));

  for (const series of snapshot.growth.series)
    for (const p of series.points)
      put(p, t('figureLabel.seriesPoint', { series: series.label[lang], date: date(p) }), 'growth');
  for (const m of snapshot.growth.multiples) put(m, t('figureLabel.multiple'), 'growth');

  const s = snapshot.sectors;
  put(s.membersTotal, t('figureLabel.membersTotal'), 'sectors');
  for (const m of s.members) {
    put(m.share, t('figureLabel.memberShare', { label: m.label[lang] }), 'sectors');
    if (m.count) put(m.count, t('figureLabel.memberCount', { label: m.label[lang] }), 'sectors');
  }
  put(s.projectsTotal, t('figureLabel.projectsTotal'), 'sectors');
  for (const p of s.projects)
    put(p.count, t('figureLabel.projectDomain', { label: p.label[lang] }), 'sectors');
  put(s.lightManufacturing.companies, t('figureLabel.lightCompanies'), 'sectors');
  put(s.lightManufacturing.regions, t('figureLabel.lightRegions'), 'sectors');

  const sc = snapshot.subclusters;
  put(sc.registered, t('figureLabel.subclustersRegistered'), 'subclusters');
  for (const r of sc.rules)
    if (r.threshold)
      put(r.threshold, t('figureLabel.subclusterRule', { label: r.text[lang] }), 'subclusters');
  for (const item of sc.items) {
    put(item.participants, t('figureLabel.subclusterParticipants', { name: item.name[lang] }), 'subclusters');
    put(item.projects, t('figureLabel.subclusterProjects', { name: item.name[lang] }), 'subclusters');
  }
  for (const f of sc.priorityFields)
    put(f.subclusterCount, t('figureLabel.priorityField', { label: f.label[lang] }), 'subclusters');

  const r = snapshot.regions;
  put(r.regionCount, t('figureLabel.regionCount'), 'regions');
  put(r.partners, t('figureLabel.partners'), 'regions');
  put(r.coreShare, t('figureLabel.coreShare'), 'regions');
  for (const region of r.items)
    if (region.partners)
      put(region.partners, t('figureLabel.regionPartners', { name: region.name[lang] }), 'regions');

  // Any figure a newer schema adds still appears, under its id, so that nothing is ever left out.
  return snapshotIndex(snapshot).located.map(({ figure, path }) => {
    const known = labels.get(figure.id);
    return {
      figure,
      path,
      label: known?.label ?? t('figureLabel.other', { id: figure.id }),
      view: known?.view ?? viewOfPath(path),
    };
  });
}

function viewOfPath(path: string): ViewId {
  if (path.startsWith('$.growth')) return 'growth';
  if (path.startsWith('$.sectors')) return 'sectors';
  if (path.startsWith('$.subclusters')) return 'subclusters';
  if (path.startsWith('$.regions')) return 'regions';
  if (path.startsWith('$.events')) return 'timeline';
  return 'framework';
}
