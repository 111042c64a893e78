/**
 * The hand-written number writer must write exactly what Intl writes in both languages (it exists only because
 * a page's first Intl.NumberFormat is slow): checked on chosen edge cases and on many generated values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from './index';
import { formatDecimal } from './number-format';

const intl = (value: number, lang: Language, digits: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);

const LANGUAGES: Language[] = ['en', 'ru'];

describe('formatDecimal', () => {
  it('writes the figures a reader sees as Intl does', () => {
    expect(formatDecimal(15800, 'en', 1)).toBe('15,800');
    expect(formatDecimal(15800, 'ru', 1)).toBe('15\u00a0800');
    expect(formatDecimal(48.25, 'ru', 1)).toBe('48,3');
    expect(formatDecimal(999.95, 'en', 1)).toBe('1,000');
    expect(formatDecimal(7000, 'en', 0)).toBe('7,000');
  });

  it.each([
    0,
    -0,
    1,
    -1,
    0.5,
    1.005,
    0.125,
    2.5,
    -2.5,
    999.95,
    9.995,
    99999.96,
    1234.5,
    -0.04,
    1e-7,
    5e-324,
    1e21,
    1.5e300,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    123456789012345680000,
    0.1 + 0.2,
  ])('agrees with Intl on %d', (value) => {
    for (const lang of LANGUAGES)
      for (const digits of [0, 1, 2, 3])
        expect(formatDecimal(value, lang, digits)).toBe(intl(value, lang, digits));
  });

  it('agrees with Intl on any finite double, in both languages, with 0 to 4 fraction digits', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
          fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000 + 0.0005),
        ),
        fc.constantFrom(...LANGUAGES),
        fc.integer({ min: 0, max: 4 }),
        (value, lang, digits) => formatDecimal(value, lang, digits) === intl(value, lang, digits),
      ),
      { numRuns: 5000 },
    );
  });
});
