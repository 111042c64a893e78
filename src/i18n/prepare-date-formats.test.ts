/**
 * A page rendered afresh makes its date formats while it waits for its data (app/start.tsx): the first costs
 * 40-60 ms of main thread, which belongs in that idle wait and not in the render. Its own file, so that no
 * other test has made a format or written a date before.
 */
import { afterEach, expect, it } from 'vitest';
import { translator } from './index';
import { formatPartialDate, prepareDateFormats } from './format';

const Original = Intl.DateTimeFormat;
let made = 0;
Intl.DateTimeFormat = new Proxy(Original, {
  construct(target, args: ConstructorParameters<typeof Original>) {
    made++;
    return new target(...args);
  },
});
afterEach(() => {
  Intl.DateTimeFormat = Original;
});

it('makes the formats of figure dates ahead, so writing them later makes none', () => {
  prepareDateFormats('ru');
  expect(made).toBe(2);
  made = 0;
  const ru = translator('ru');
  expect(formatPartialDate({ value: '2020-06-15', precision: 'day' }, 'ru', ru)).toBe('15 июня 2020 г.');
  expect(formatPartialDate({ value: '2020-05', precision: 'month' }, 'ru', ru)).toBe('май 2020');
  expect(formatPartialDate({ value: '2021-06', precision: 'month', part: 'end' }, 'ru', ru)).toBe(
    'конец июня 2021',
  );
  expect(made).toBe(0);
  // English was not made ahead: its first date makes its format.
  const en = translator('en');
  expect(formatPartialDate({ value: '2020-06-15', precision: 'day' }, 'en', en)).toBe('15 June 2020');
  expect(made).toBe(1);
});
