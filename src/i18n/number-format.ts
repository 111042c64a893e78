/**
 * Numbers written as `Intl.NumberFormat(lang, { maximumFractionDigits })` writes them in the dashboard's two
 * languages, without Intl: a page's first `Intl.NumberFormat` costs 30–40 ms of main thread in Chromium (its
 * number data is set up on first use), four times that on a phone, inside the task that takes a pre-rendered
 * page over. The rules are few and fixed: groups of three from four digits on (`,` in English, a no-break space
 * in Russian), `.` or `,` before the fraction, rounding half away from zero on the shortest decimal that reads
 * back as the same double, trailing zeros dropped, and a minus sign on a negative value even when it rounds to
 * zero. A property test holds this to Intl itself (number-format.test.ts).
 */
import type { Language } from './index';

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  ru: { group: '\u00a0', decimal: ',' },
};

/** The shortest decimal digits of a finite, non-negative double, and how many of them precede the point. */
function decimalDigits(value: number): { digits: string; point: number } {
  const text = String(value);
  const [mantissa = '', exponent] = text.split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  return { digits: whole + fraction, point: whole.length + (exponent ? Number(exponent) : 0) };
}

/** `digits` (a decimal integer as text) plus one, carrying: "199" → "200", "99" → "100". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - 1 - i);
}

/** `value` (finite) with at most `maximumFractionDigits` after the point, in `lang`'s separators. */
export function formatDecimal(value: number, lang: Language, maximumFractionDigits: number): string {
  const { digits, point } = decimalDigits(Math.abs(value));
  // Padded so that the point falls inside the digits and `maximumFractionDigits` + 1 of them follow it.
  const lead = Math.max(0, 1 - point);
  const padded =
    '0'.repeat(lead) + digits + '0'.repeat(Math.max(0, point + maximumFractionDigits + 1 - digits.length));
  const at = point + lead;
  let kept = padded.slice(0, at + maximumFractionDigits);
  if ((padded[at + maximumFractionDigits] ?? '0') >= '5') kept = increment(kept);
  const grows = kept.length - (at + maximumFractionDigits);
  const whole = kept.slice(0, at + grows).replace(/^0+(?=\d)/, '');
  const fraction = kept.slice(at + grows).replace(/0+$/, '');
  const { group, decimal } = SEPARATORS[lang];
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction ? decimal + fraction : ''}`;
}
