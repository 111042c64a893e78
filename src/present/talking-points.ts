/**
 * The presenter's notes for each slide: the view's key figures, each worded as its source words it,
 * with date and source. Chosen by their place in the snapshot (never typed in), so they stay true.
 */
import type { Figure, Snapshot } from '../data/schema';
import { shortSourceName, sourceById } from '../data/sources';
import type { Language, TFunction } from '../i18n';
import { formatFigure, formatPartialDate } from '../i18n/format';
import type { ViewId } from '../lib/paths';

export interface TalkingPoint {
  label: string;
  value: string;
  source: string;
}

const byMax = <T>(items: T[], key: (t: T) => number) =>
  items.reduce<T | undefined>((m, x) => (m && key(m) >= key(x) ? m : x), undefined);

export function talkingPoints(view: ViewId, s: Snapshot, lang: Language, t: TFunction): TalkingPoint[] {
  const point = (label: string, f: Figure | undefined): TalkingPoint[] => {
    if (!f) return [];
    const source = f.sources
      .map((c) => sourceById(s, c.source))
      .map((x) => (x ? shortSourceName(x) : ''))
      .filter(Boolean)
      .join('; ');
    const date = f.date ? `, ${formatPartialDate(f.date, lang, t)}` : '';
    return [{ label, value: `${formatFigure(f, lang, t)}${date}`, source }];
  };
  const series = (id: string) => s.growth.series.find((x) => x.id === id);
  const last = (id: string) => series(id)?.points.at(-1);
  switch (view) {
    case 'growth':
      return [
        ...point(t('overview.members'), s.sectors.membersTotal),
        ...point(
          t('overview.growth'),
          s.growth.multiples.find((m) => m.sources.some((c) => c.source === s.primarySource)),
        ),
        ...point(t('overview.partners'), s.regions.partners),
        ...point(series('total')?.label[lang] ?? '', last('total')),
      ];
    case 'sectors': {
      const top = [...s.sectors.members].sort((a, b) => b.share.value - a.share.value).slice(0, 2);
      return [
        ...top.flatMap((m) => point(m.label[lang], m.share)),
        ...point(t('overview.projects'), s.sectors.projectsTotal),
        ...(s.sectors.projects[0]
          ? point(s.sectors.projects[0].label[lang], s.sectors.projects[0].count)
          : []),
      ];
    }
    case 'subclusters': {
      const largest = byMax(s.subclusters.items, (i) => i.participants.value);
      const mostProjects = byMax(s.subclusters.items, (i) => i.projects.value);
      return [
        ...point(t('overview.subclusters'), s.subclusters.registered),
        ...(largest ? point(largest.name[lang], largest.participants) : []),
        ...(mostProjects ? point(mostProjects.name[lang], mostProjects.projects) : []),
      ];
    }
    case 'regions':
      return [
        ...point(t('overview.regions'), s.regions.regionCount),
        ...point(t('overview.partners'), s.regions.partners),
        ...point(t('figureLabel.coreShare'), s.regions.coreShare),
      ];
    case 'timeline':
    case 'framework':
      return [];
  }
}

/** Events and features carry no figures: their notes are counts of what the slide shows. */
export function slideSummary(view: ViewId, s: Snapshot, lang: Language): string[] {
  if (view === 'timeline') {
    const covid = s.events.filter((e) => e.category === 'covid').length;
    return lang === 'ru'
      ? [`${s.events.length} событий, из них мер против COVID-19: ${covid}.`]
      : [`${s.events.length} events, ${covid} of them COVID-19 measures.`];
  }
  if (view === 'framework') return s.framework.features.map((f) => `${f.n}. ${f.what[lang]}`);
  return [];
}
