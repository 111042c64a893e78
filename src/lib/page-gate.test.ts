// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Gate = typeof import('./page-gate');
let gate: Gate;
const root = document.documentElement;
const pending = () => root.classList.contains('app-pending');

beforeEach(async () => {
  vi.resetModules();
  gate = await import('./page-gate');
  root.classList.add('app-pending');
  delete root.dataset.app;
});

afterEach(() => {
  vi.useRealTimers();
  root.classList.remove('app-pending');
});

describe('beforePageShown: a change done with the showing of a held-back page', () => {
  it('waits while the page is held, then runs just before it is shown, in the same task', () => {
    const seen: boolean[] = [];
    gate.beforePageShown(() => seen.push(pending()));
    const release = gate.holdPage();
    gate.viewCommitted();
    expect(seen).toEqual([]);
    release();
    expect(seen).toEqual([true]);
    expect(pending()).toBe(false);
    expect(root.dataset.app).toBe('ready');
  });

  it('runs at once on a page already shown, and once only', () => {
    gate.viewCommitted();
    const fn = vi.fn();
    gate.beforePageShown(fn);
    expect(fn).toHaveBeenCalledTimes(1);
    gate.holdPage()();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('still runs when index.html shows the page by itself (a view that never committed)', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    gate.beforePageShown(fn);
    vi.advanceTimersByTime(4000);
    expect(fn).not.toHaveBeenCalled();
    root.classList.remove('app-pending'); // index.html's own timer
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
