import type { ReactNode } from 'react';

interface ChartFrameProps {
  id: string;
  title: string;
  subtitle?: ReactNode;
  /** Options for this chart (scale, sort, filters): buttons and selects. */
  controls?: ReactNode;
  legend?: ReactNode;
  /** Source line and notes under the chart. */
  footer?: ReactNode;
  children: ReactNode;
}

/** One chart as a captioned figure: title, subtitle, controls, the chart, legend, sources. */
export function ChartFrame({ id, title, subtitle, controls, legend, footer, children }: ChartFrameProps) {
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`} id={id}>
      <div className="chart-frame__head">
        <h2 id={`${id}-title`} className="chart-frame__title">
          {title}
        </h2>
        {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
      </div>
      {controls && <div className="chart-frame__controls">{controls}</div>}
      <div className="chart-frame__body">{children}</div>
      {legend && <div className="chart-frame__legend">{legend}</div>}
      {footer && <figcaption className="chart-frame__footer">{footer}</figcaption>}
    </figure>
  );
}
