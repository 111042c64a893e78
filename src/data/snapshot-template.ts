/**
 * The skeleton `npm run snapshot -- new` prints: every required field once, every text with its Russian twin,
 * and placeholder figures of 0 that pass every check. It is marked `synthetic` so that, opened unfilled, every
 * page says its figures are not real; remove the flag when the figures are real and sourced.
 */
import type { Snapshot } from './schema';

const text = (en: string, ru: string) => ({ en, ru });
const cite = [{ source: 'source-1', locator: 'Slide or section heading where the figure is stated' }];
const figure = (id: string, unit: Snapshot['sectors']['membersTotal']['unit'], value = 0) => ({
  id,
  value,
  unit,
  qualifier: { kind: 'exact' as const },
  date: { value: '2021', precision: 'year' as const },
  sources: cite,
});

export function snapshotTemplate(compiled: string): Snapshot {
  return {
    schemaVersion: 1,
    id: 'my-snapshot',
    title: text('Title of the snapshot', 'Название снимка'),
    compiled,
    description: text(
      'What the snapshot holds and where it comes from.',
      'Что содержит снимок и откуда он взят.',
    ),
    synthetic: true,
    primarySource: 'source-1',
    sources: [
      {
        id: 'source-1',
        kind: 'web',
        title: 'Title of the source as published',
        url: 'https://example.org/page',
        published: { value: '2021-01', precision: 'month' },
        language: 'ru',
      },
    ],
    growth: {
      series: [
        {
          id: 'participants',
          label: text('Participants', 'Участники'),
          definition: text(
            'Who is counted, as the source defines it.',
            'Кто учитывается, по определению источника.',
          ),
          points: [figure('participants-2021', 'organisations')],
        },
      ],
      multiples: [],
    },
    sectors: {
      membersTotal: figure('members-total', 'organisations'),
      members: [
        { id: 'sector-1', label: text('Sector', 'Отрасль'), share: figure('sector-1-share', 'percent', 100) },
      ],
      projectsTotal: figure('projects-total', 'projects'),
      projects: [
        {
          id: 'domain-1',
          label: text('Domain', 'Направление'),
          count: figure('domain-1-projects', 'projects'),
        },
      ],
      lightManufacturing: {
        companies: figure('light-companies', 'companies'),
        regions: figure('light-regions', 'regions'),
        since: { value: '2021', precision: 'year' },
        sources: cite,
      },
    },
    subclusters: {
      registered: figure('subclusters-registered', 'subclusters'),
      firstCreated: { date: { value: '2021', precision: 'year' }, sources: cite },
      rules: [],
      items: [],
      priorityFields: [],
      sources: cite,
    },
    regions: {
      regionCount: figure('region-count', 'regions'),
      partners: figure('partners-total', 'organisations'),
      coreShare: figure('core-share', 'percent'),
      openedToRegions: { date: { value: '2021', precision: 'year' }, sources: cite },
      items: [],
      services: [],
      servicesSources: cite,
      agreements: [],
    },
    events: [],
    framework: {
      goals: [],
      goalsSources: cite,
      features: [
        {
          n: 1,
          what: text('What the feature is', 'Что это за черта'),
          why: text('Why it matters', 'Почему она важна'),
          proof: ['How the source shows it'],
          evidence: [],
        },
      ],
      featuresSources: cite,
      discussion: { micro: [], meso: [], sources: cite },
    },
  };
}
