import { describe, expect, it } from 'vitest';
import { pluralForm } from './plural';

describe('plural forms', () => {
  it('follow the Russian rules: 1 проект, 32 проекта, 97 проектов, 302 проекта, 11 проектов', () => {
    expect([1, 32, 97, 302, 11, 21].map((n) => pluralForm('ru', n))).toEqual([
      'one',
      'few',
      'many',
      'few',
      'many',
      'one',
    ]);
  });

  it('use one and other in English', () => {
    expect(pluralForm('en', 1)).toBe('one');
    expect(pluralForm('en', 13)).toBe('other');
    expect(pluralForm('en', 0)).toBe('other');
  });
});
