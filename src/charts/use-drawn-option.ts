import { useDeferredValue } from 'react';

/**
 * A chart option as drawn. The reader's choice shows on its control at once; the chart follows in a render
 * React may interrupt and split, so the click is answered in the next frame even when the new chart takes
 * long to draw (a scatter of 1,000 sub-clusters). `pending` while the chart drawn lags the choice: the frame
 * marks its body busy, and the legend and subtitle follow the chart drawn, not the choice, so they never
 * describe marks that are not on screen.
 */
export function useDrawnOption<T>(chosen: T): { drawn: T; pending: boolean } {
  const drawn = useDeferredValue(chosen);
  return { drawn, pending: !Object.is(drawn, chosen) };
}
