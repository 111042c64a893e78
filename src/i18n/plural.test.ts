import { describe, expect, it } from 'vitest';
import { pluralEn, pluralForm, pluralRu } from './plural';

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

  it('word a count with the form the rules select, fractions included', () => {
    const en = pluralEn('project', 'projects');
    const ru = pluralRu('проект', 'проекта', 'проектов');
    const word = (lang: 'en' | 'ru', forms: typeof en, n: number) => `${n} ${forms[pluralForm(lang, n)]}`;
    expect([1, 2, 5, 1.5].map((n) => word('en', en, n))).toEqual([
      '1 project',
      '2 projects',
      '5 projects',
      '1.5 projects',
    ]);
    expect([1, 2, 5, 21, 1.5].map((n) => word('ru', ru, n))).toEqual([
      '1 проект',
      '2 проекта',
      '5 проектов',
      '21 проект',
      '1.5 проекта',
    ]);
  });
});
