import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ExportButtons, type Exportable } from '../export/export-buttons';
import { useEmbed } from '../lib/embed-context';
import { useTranslation } from '../i18n';
import { DrawAllContext } from './show-first';
import { useTallContent } from './use-tall-content';
import { ScrollBoxContext } from './use-scroll-window';
import { SizedFrameContext } from './pending-heights';

interface ChartFrameProps {
  id: string;
  title: string;
  subtitle?: ReactNode;
  /** How to use the chart by keyboard: shown on screen, left out of downloads and print. */
  hint?: string;
  /** Options for this chart (scale, sort, filters): buttons and selects. */
  controls?: ReactNode;
  legend?: ReactNode;
  /** Source line and notes under the chart. */
  footer?: ReactNode;
  /** The figures behind the chart; when given, the frame offers PNG, SVG, CSV and JSON downloads. */
  exportable?: Exportable;
  /**
   * How many items the chart stacks downwards (bars, rows, events, cards). Over `SCROLL_ITEMS` the chart
   * scrolls inside a box of at most 80 % of the window from its first render, so a chart that grows with the
   * data never makes the page many screens long; a chart found taller than `TALL_SCREENS` windows once laid out
   * (fewer, taller items, or a narrow screen) scrolls too. Print and PNG/SVG downloads still show every item.
   */
  items?: number;
  /** The chart is being redrawn for an option just chosen (charts/use-drawn-option.ts): its body is busy. */
  pending?: boolean;
  /**
   * The chart is as tall at every width: the browser lays it out (cards, lists, text), and what is drawn at a
   * measured width keeps a fixed height. An embed whose every chart is fluid shows whole in its pre-rendered
   * page, before the app takes over (index.html).
   */
  fluid?: boolean;
  /**
   * The chart's height is a function of its width that the build can work out (charts/pending-heights.ts): its
   * pre-rendered page reserves the height for the window's width, and shows the frame before the app draws it.
   */
  sized?: boolean;
  children: ReactNode;
}

/** More than any chart of the shipped snapshot stacks (the timeline's 36 events, the framework's 43 entries). */
export const SCROLL_ITEMS = 120;

/** One chart as a captioned figure: title, subtitle, controls, the chart, legend, sources, downloads. */
export function ChartFrame({
  id,
  title,
  subtitle,
  hint,
  controls,
  legend,
  footer,
  exportable,
  items = 0,
  pending = false,
  fluid = false,
  sized = false,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const embed = useEmbed();
  // While a PNG is drawn from the frame, lists shown in part draw every entry (charts/show-first.ts).
  const [drawAll, setDrawAll] = useState(false);
  // Not by measure in an embed: its iframe grows to the content, so the window is no screen to count in.
  const [content, tall] = useTallContent<HTMLDivElement>(!embed.embedded);
  const scrolls = items > SCROLL_ITEMS || tall;
  useLayoutEffect(() => {
    // A part brought into view and focused before the box formed (`?feature=5`) would now sit hidden at the
    // box's top: bring it into view again, inside the box.
    const focused = document.activeElement;
    if (scrolls && focused instanceof HTMLElement && content.current?.contains(focused))
      focused.scrollIntoView?.({ block: 'start' });
  }, [scrolls, content]);
  if (embed.chart !== undefined && embed.chart !== id) return null;
  // Alone in its embed, the chart's own title is the page's; `?title=0` hides it as it hides the view's.
  const titleHidden = embed.chart === id && embed.hideTitle;
  return (
    <figure
      className={`card chart-frame${fluid ? ' chart-frame--fluid' : ''}${sized ? ' chart-frame--sized' : ''}`}
      aria-labelledby={`${id}-title`}
      id={id}
      ref={ref}
    >
      <div className="chart-frame__head">
        <h2
          id={`${id}-title`}
          className={titleHidden ? 'chart-frame__title visually-hidden' : 'chart-frame__title'}
        >
          {title}
        </h2>
        {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
        {hint && <p className="chart-frame__hint">{hint}</p>}
      </div>
      {controls && <div className="chart-frame__controls">{controls}</div>}
      <DrawAllContext value={drawAll}>
        <ScrollBoxContext value={scrolls}>
          {/* In a box: focusable, so keyboard users can scroll it; named, so a screen reader says what it holds. */}
          <div
            className={`chart-frame__body${scrolls ? ' chart-frame__body--scroll' : ''}${pending ? ' chart-frame__body--pending' : ''}`}
            aria-busy={pending || undefined}
            {...(scrolls && { tabIndex: 0, role: 'region', 'aria-label': t('chart.scrollBox', { title }) })}
          >
            <div ref={content}>
              <SizedFrameContext value={sized ? id : null}>{children}</SizedFrameContext>
            </div>
          </div>
        </ScrollBoxContext>
      </DrawAllContext>
      {legend && <div className="chart-frame__legend">{legend}</div>}
      {footer && <figcaption className="chart-frame__footer">{footer}</figcaption>}
      {exportable && (
        <ExportButtons
          frame={ref}
          title={title}
          subtitle={typeof subtitle === 'string' ? subtitle : undefined}
          exportable={exportable}
          onDrawAll={setDrawAll}
        />
      )}
    </figure>
  );
}
