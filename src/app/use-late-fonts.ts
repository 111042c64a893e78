import { useEffect, useState } from 'react';
import { firstPaintFacesLoaded, fontsReady } from '../styles/fonts';

/**
 * 0, then 1 if the app's faces finish loading after the first render: the render gave up waiting for them
 * (styles/fonts.ts, 1.5 s on a slow connection), so its charts placed their labels by the width estimate,
 * which errs wide. The pages are drawn again (keyed by this number) once the real widths can be measured.
 * Where the faces were there in time, or there are no web fonts (tests, the build), it stays 0.
 */
export function useLateFonts(): number {
  const [late] = useState(
    () => typeof document !== 'undefined' && 'fonts' in document && !firstPaintFacesLoaded(),
  );
  const [redraws, setRedraws] = useState(0);
  useEffect(() => {
    if (!late) return;
    let live = true;
    void fontsReady(null).then(() => {
      if (live && firstPaintFacesLoaded()) setRedraws(1);
    });
    return () => {
      live = false;
    };
  }, [late]);
  return redraws;
}
