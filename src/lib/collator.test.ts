import { describe, expect, it } from 'vitest';
import { collatorFor } from './collator';

describe('collatorFor', () => {
  it('gives one collator per language, sorting by that language', () => {
    expect(collatorFor('ru')).toBe(collatorFor('ru'));
    expect(['ёж', 'жук', 'еда'].sort(collatorFor('ru').compare)).toEqual(['еда', 'ёж', 'жук']);
    expect(['b', 'Ä', 'a'].sort(collatorFor('en').compare)).toEqual(['a', 'Ä', 'b']);
  });
});
