// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { facesLoaded, FONT_FAMILY } from './fonts';

interface FakeFace {
  family: string;
  style: string;
  unicodeRange: string;
  status: FontFaceLoadStatus;
}

const face = (unicodeRange: string, status: FontFaceLoadStatus, style = 'normal'): FakeFace => ({
  family: `"${FONT_FAMILY}"`,
  style,
  unicodeRange,
  status,
});

function declare(faces: FakeFace[]) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { forEach: (fn: (f: FakeFace) => void) => faces.forEach(fn) },
  });
}

afterEach(() => {
  delete (document as { fonts?: unknown }).fonts;
});

describe('facesLoaded: the faces that draw a text, as the browser picks them', () => {
  // As styles/fonts.ts declares them: whole faces first, cut-down faces after, which win for their characters.
  const wholeLatin = face('U+0-FF, U+2000-206F', 'unloaded');
  const wholeCyrillic = face('U+400-45F', 'unloaded');
  const usedLatin = face('U+20-7E, U+A0, U+2013', 'loaded');
  const usedCyrillic = face('U+410-44F', 'loaded');

  it('is true once the cut-down faces have loaded, though the whole ones never do', () => {
    declare([wholeLatin, wholeCyrillic, usedLatin, usedCyrillic]);
    expect(facesLoaded('Growth – Рост')).toBe(true);
  });

  it('waits for a whole face when a character is only there', () => {
    declare([wholeLatin, wholeCyrillic, usedLatin, usedCyrillic]);
    expect(facesLoaded('Æ')).toBe(false); // U+C6: in the whole Latin face only
    expect(facesLoaded('ѐ')).toBe(false); // U+450: in the whole Cyrillic face only
  });

  it('waits while a cut-down face is loading, and while no face of the app is declared', () => {
    declare([wholeLatin, face('U+20-7E', 'loading')]);
    expect(facesLoaded('MIC')).toBe(false);
    declare([face('U+20-7E', 'loaded', 'italic')]);
    expect(facesLoaded('MIC')).toBe(false);
    expect(facesLoaded('  ')).toBe(true);
  });
});
