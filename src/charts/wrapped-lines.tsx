import { Fragment } from 'react';

/**
 * A label wrapped onto several `<tspan>` lines (SVG text does not wrap). The lines are separated by a space of
 * their own, outside the tspans: without it the label's text reads "межотраслевойкластер", to assistive
 * technology and to the check that an accessible name contains the visible label (WCAG 2.5.3).
 */
export function WrappedLines({
  lines,
  x,
  lineHeight,
}: {
  lines: readonly string[];
  x: number;
  lineHeight: number;
}) {
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <tspan x={x} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        </Fragment>
      ))}
    </>
  );
}
