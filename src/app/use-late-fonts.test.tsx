import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FONT_FAMILY, noteWidthEstimated } from '../styles/fonts';
import { useLateFonts } from './use-late-fonts';

/** A declared face of the app's family that loads when asked, as the browser's FontFace does. */
function face(unicodeRange: string, status: FontFaceLoadStatus) {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const f = {
    family: `"${FONT_FAMILY}"`,
    style: 'normal',
    unicodeRange,
    status,
    load: () => arrived.then(() => f),
    arrive: () => {
      f.status = 'loaded';
      arrive();
    },
  };
  if (status === 'loaded') arrive();
  return f;
}

function declare(faces: Array<ReturnType<typeof face>>) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { forEach: (fn: (f: ReturnType<typeof face>) => void) => faces.forEach(fn) },
  });
}

afterEach(() => {
  delete (document as { fonts?: unknown }).fonts;
});

describe('drawing the pages again when the font arrives late', () => {
  it('asks for one redraw once the faces have loaded, when a label was placed by the estimate meanwhile', async () => {
    const latin = face('U+0-FF', 'loading');
    declare([latin, face('U+400-45F, U+2190-21FF', 'loaded')]);
    const { result } = renderHook(() => useLateFonts());
    noteWidthEstimated(); // a chart measured a label before the font came
    expect(result.current).toBe(0);
    act(() => latin.arrive());
    await waitFor(() => expect(result.current).toBe(1));
  });

  it('does not redraw for a late font when nothing was measured by the estimate', async () => {
    const latin = face('U+0-FF', 'loading');
    declare([latin, face('U+400-45F, U+2190-21FF', 'loaded')]);
    const { result } = renderHook(() => useLateFonts());
    await act(async () => {
      latin.arrive();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(result.current).toBe(0);
  });

  it('never redraws when the faces were there for the first render, or there are no web fonts', async () => {
    declare([face('U+0-FF, U+400-45F, U+2190-21FF', 'loaded')]);
    const loaded = renderHook(() => useLateFonts());
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(loaded.result.current).toBe(0);
    delete (document as { fonts?: unknown }).fonts;
    expect(renderHook(() => useLateFonts()).result.current).toBe(0);
  });
});
