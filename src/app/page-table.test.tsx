import { afterEach, describe, expect, it } from 'vitest';
import { readPageTable } from './page-table';

function carry(id: string, text: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = text;
  document.body.append(script);
}

afterEach(() => document.body.replaceChildren());

describe('a pre-rendered page’s table', () => {
  it('is read as an object', () => {
    carry('written-dates', '{"en|{}|0":"1 January 1970"}');
    expect(readPageTable('written-dates')).toEqual({ 'en|{}|0': '1 January 1970' });
  });

  it('is absent where the page carries none or an empty one', () => {
    expect(readPageTable('text-widths')).toBeUndefined();
    carry('text-widths', '{}');
    expect(readPageTable('text-widths')).toBeUndefined();
  });

  it('is refused, without throwing, when it is not a JSON object', () => {
    for (const text of ['{"cut', 'null', '[1,2]', '7']) {
      document.body.replaceChildren();
      carry('text-widths', text);
      expect(readPageTable('text-widths')).toBeNull();
    }
  });
});
