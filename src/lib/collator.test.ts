import { afterEach, describe, expect, it, vi } from 'vitest';
import { collatorFor, prepareCollator } from './collator';

describe('collatorFor', () => {
  it('gives one collator per language, sorting by that language', () => {
    expect(collatorFor('ru')).toBe(collatorFor('ru'));
    expect(['ёж', 'жук', 'еда'].sort(collatorFor('ru').compare)).toEqual(['еда', 'ёж', 'жук']);
    expect(['b', 'Ä', 'a'].sort(collatorFor('en').compare)).toEqual(['a', 'Ä', 'b']);
  });
});

describe('prepareCollator', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes the collator when the browser is idle, and not once cancelled', () => {
    const idle: (() => void)[] = [];
    const cancelIdleCallback = vi.fn();
    vi.stubGlobal('window', {
      requestIdleCallback: (callback: () => void) => idle.push(callback),
      cancelIdleCallback,
    });
    prepareCollator('fr')();
    expect(cancelIdleCallback).toHaveBeenCalledWith(1);
    prepareCollator('fr');
    expect(idle).toHaveLength(2);
    idle[1]!();
    // Made: a later table asks for nothing more.
    prepareCollator('fr');
    expect(idle).toHaveLength(2);
  });

  it('does nothing outside a browser', () => {
    vi.stubGlobal('window', undefined);
    expect(() => prepareCollator('de')()).not.toThrow();
  });
});
