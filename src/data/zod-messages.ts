/**
 * zod/mini's English messages for the issues this schema can raise, in the wording of zod's own English
 * locale ("Invalid input: expected number, received string"). Written here because the locale module covers
 * every format zod knows (e-mail, UUID, IBAN…) and would cost the first page load more than a kilobyte.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodRawIssue;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? 'NaN' : String(value);
  return typeof value;
}

const show = (values: readonly unknown[], sep: string) =>
  values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(sep);

const UNITS: Record<string, string> = { string: 'characters', array: 'items' };

function bound(
  issue: Issue & { origin?: string; inclusive?: boolean },
  limit: unknown,
  more: boolean,
): string {
  const origin = issue.origin ?? 'value';
  const adj = `${more ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
  const size = UNITS[origin];
  const what = size ? `to have ${adj}${String(limit)} ${size}` : `to be ${adj}${String(limit)}`;
  return `Too ${more ? 'big' : 'small'}: expected ${origin} ${what}`;
}

export function zodMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      // A missing key is the commonest mistake in a hand-edited file: say so in plain words.
      if (issue.input === undefined) return `Missing: a required ${issue.expected} is not there`;
      return `Invalid input: expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${show(issue.values, '')}`
        : `Invalid option: expected one of ${show(issue.values, '|')}`;
    case 'too_big':
      return bound(issue, issue.maximum, true);
    case 'too_small':
      return bound(issue, issue.minimum, false);
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${show(issue.keys, ', ')}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? `Invalid string: must match pattern ${String(issue.pattern)}`
        : `Invalid ${issue.format}`;
    default:
      return 'Invalid input';
  }
}
