import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { activationKeys } from './use-roving-focus';

const press = (key: string) => {
  const preventDefault = vi.fn();
  return { event: { key, preventDefault } as unknown as KeyboardEvent, preventDefault };
};

describe("a mark's activation keys", () => {
  it('activate on Enter and Space (without scrolling the page) and dismiss on Escape', () => {
    const activate = vi.fn();
    const dismiss = vi.fn();
    const onKey = activationKeys(activate, dismiss);
    const space = press(' ');
    onKey(press('Enter').event);
    onKey(space.event);
    onKey(press('Escape').event);
    onKey(press('a').event);
    expect(activate).toHaveBeenCalledTimes(2);
    expect(space.preventDefault).toHaveBeenCalled();
    expect(dismiss).toHaveBeenCalledTimes(1);
  });
});
