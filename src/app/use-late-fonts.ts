import { useEffect, useState } from 'react';
import { firstPaintFacesLoaded, fontsArrivedAfterEstimates } from '../styles/fonts';

/**
 * 0, then 1 if the app's faces finish loading after the first render and a chart had placed labels by the
 * width estimate meanwhile: the render gave up waiting for the font (styles/fonts.ts, 1.5 s on a slow
 * connection), and the estimate errs wide. The pages are then drawn again (keyed by this number) in the real
 * widths. Where the faces came in time, nothing was estimated, or there are no web fonts (tests, the build),
 * it stays 0.
 */
export function useLateFonts(): number {
  const [late] = useState(
    () => typeof document !== 'undefined' && 'fonts' in document && !firstPaintFacesLoaded(),
  );
  const [redraws, setRedraws] = useState(0);
  useEffect(() => {
    if (!late) return;
    let live = true;
    void fontsArrivedAfterEstimates().then((due) => {
      if (live && due) setRedraws(1);
    });
    return () => {
      live = false;
    };
  }, [late]);
  return redraws;
}
