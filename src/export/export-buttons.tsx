import { useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useHydrated } from '../lib/use-hydrated';
import { useLocation } from 'react-router-dom';
import type { Snapshot } from '../data/schema';
import { sourceById } from '../data/sources';
import { useTranslation } from '../i18n';
import { readPalette } from '../ui/palette';
import { downloadBlob, exportFileName } from './download';
// The file builders (html-to-image, d3-dsv, font embedding) load on the first download, not with the view.
import type { LabelledFigure } from './export-rows';
import type { SvgTable } from './export-svg';
import { Chip } from '../ui/chip';
import { useSnapshot } from '../lib/snapshot.queries';
import { useOwnSnapshotText } from '../ui/own-snapshot.text';

export interface Exportable {
  /** Short name for files: `growth-members`. */
  name: string;
  /**
   * The figures behind the chart (CSV/JSON get value, kind, formula, date, source for each)… Functions, called
   * only when a download is asked for: building every row on each render cost seconds at scale.
   */
  items?: () => LabelledFigure[];
  /** …or, for charts of things that are not figures (events, features), the rows themselves. */
  rows?: () => Record<string, string | number>[];
  snapshot: Snapshot;
  /** For charts drawn in HTML (grids, cards): the table their SVG download draws instead. */
  picture?: () => SvgTable;
}

interface Props {
  frame: RefObject<HTMLElement | null>;
  title: string;
  subtitle?: string;
  exportable: Exportable;
  /** Asks the frame to draw every entry of its lists shown in part, while a PNG is made of it. */
  onDrawAll?: (all: boolean) => void;
}

/** "Download PNG / SVG / CSV / JSON" for one chart, in the current language and with the current options. */
export function ExportButtons({ frame, title, subtitle, exportable, onDrawAll }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const { snapshot, name } = exportable;
  const today = new Date().toISOString().slice(0, 10);
  const url = typeof window === 'undefined' ? location.pathname : window.location.href;
  const ot = useOwnSnapshotText();
  const { entry } = useSnapshot();
  // A snapshot the user opened is named as theirs and not published, in every file made from it.
  const own = entry?.own && { title: entry.title[lang], origin: entry.file };
  // Made-up figures must say so wherever they travel, pictures included.
  const stamp = `${own ? `${ot('stamp', own)} · ` : ''}${snapshot.synthetic ? `${t('chart.synthetic').toUpperCase()} · ` : ''}${t(
    'export.stamp',
    {
      snapshot: snapshot.id,
      compiled: snapshot.compiled,
      date: today,
      url,
    },
  )}`;
  const file = (ext: string) => exportFileName(['mic', name, lang], ext);
  const items = () => exportable.items?.() ?? [];
  const rows = async (): Promise<Record<string, string | number>[]> =>
    exportable.rows?.() ?? (await import('./export-rows')).toExportRows(items(), snapshot, lang, t);
  const sourceIds = () =>
    exportable.rows
      ? [
          ...new Set(
            exportable
              .rows()
              .flatMap((r) => String(r.source ?? '').split('; '))
              .filter(Boolean),
          ),
        ]
      : [...new Set(items().flatMap((i) => i.figure.sources.map((c) => c.source)))];
  const sourceLine = () =>
    `${t('chart.sources')}: ${sourceIds()
      .map((id) => sourceById(snapshot, id)?.title ?? id)
      .join('; ')}`;

  const run = (action: () => Promise<void> | void) => () => {
    setError(null);
    Promise.resolve()
      .then(action)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  const png = run(async () => {
    if (!frame.current) return;
    const { framePng } = await import('./export-png');
    // Drawn now, before the picture is taken: the browser must lay the whole list out first.
    if (onDrawAll) flushSync(() => onDrawAll(true));
    try {
      downloadBlob(await framePng(frame.current, readPalette().background), file('png'));
    } finally {
      onDrawAll?.(false);
    }
  });
  const svg = run(async () => {
    const { framedSvg, standaloneSvg, tableSvg, withEmbeddedFont } = await import('./export-svg');
    // Every entry and every bar drawn before the chart is copied: a tall chart draws only a window of its bars.
    if (onDrawAll) flushSync(() => onDrawAll(true));
    let text: string;
    try {
      const chart = frame.current?.querySelector<SVGSVGElement>(
        '.chart-frame__body svg[role="img"], .chart-frame__body svg',
      );
      const p = readPalette();
      const frameText = {
        title,
        subtitle,
        source: sourceLine(),
        stamp,
        colors: { background: p.background, text: p.text, muted: p.muted },
      };
      if (chart) text = standaloneSvg(chart, frameText);
      else if (exportable.picture) {
        const width = Math.max(640, Math.round(frame.current?.getBoundingClientRect().width ?? 0) - 32);
        text = framedSvg(
          tableSvg(exportable.picture(), width, { text: p.text, muted: p.muted, grid: p.grid }),
          frameText,
        );
      } else throw new Error(t('export.noSvg'));
    } finally {
      onDrawAll?.(false);
    }
    downloadBlob(new Blob([await withEmbeddedFont(text)], { type: 'image/svg+xml' }), file('svg'));
  });
  const csv = run(async () => {
    const { toCsv } = await import('./export-rows');
    // A CSV has no place for a stamp: each row of an opened snapshot's says where it comes from.
    const table = own ? (await rows()).map((r) => ({ ...r, snapshot: ot('stamp', own) })) : await rows();
    downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), file('csv'));
  });
  const json = run(async () => {
    const { toJson } = await import('./export-rows');
    const about = {
      title,
      view: name,
      snapshot: snapshot.id,
      compiled: snapshot.compiled,
      url,
      language: lang,
      ...(own && { ownSnapshot: { ...own, published: false as const, note: ot('stamp', own) } }),
    };
    downloadBlob(new Blob([toJson(await rows(), about)], { type: 'application/json' }), file('json'));
  });
  const actions = { png, svg, csv, json } as const;

  return (
    <div className="export-buttons" role="group" aria-label={t('export.group')}>
      {(['png', 'svg', 'csv', 'json'] as const).map((format) => (
        // Named for the embed builder, which downloads a chart of its preview through these buttons.
        <Chip key={format} onClick={actions[format]} data-format={format} data-file={file(format)}>
          {t(`export.${format}`)}
        </Chip>
      ))}
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
      {/* Dated and addressed by the visit, so filled in only once the page is live (see useHydrated). */}
      <p className="export-stamp">{hydrated ? stamp : ''}</p>
    </div>
  );
}
