/** A reader's own scrolling or typing ends the hold at once. */
const READER_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
/** Frames the element must stay put before the hold ends, and the most frames it may take. */
const STILL_FRAMES = 5;
const MAX_FRAMES = 90;

/**
 * Holds `element` at the top of the window while the rows above it are drawn and measured for the first
 * time (a windowed list only estimates the height of rows it has not drawn), as a browser puts the target of
 * a #link at the top. Returns a function that ends the hold.
 */
export function keepAtTop(element: HTMLElement): () => void {
  let frame = 0;
  let still = 0;
  let frames = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_EVENTS) window.removeEventListener(type, stop);
  };
  const step = () => {
    const top = element.getBoundingClientRect().top;
    if (Math.abs(top) > 1) {
      window.scrollBy(0, top);
      still = 0;
    } else still += 1;
    frames += 1;
    if (still >= STILL_FRAMES || frames >= MAX_FRAMES || !element.isConnected) stop();
    else frame = requestAnimationFrame(step);
  };
  for (const type of READER_EVENTS) window.addEventListener(type, stop, { passive: true });
  frame = requestAnimationFrame(step);
  return stop;
}
