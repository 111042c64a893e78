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
  root.classList.remove('app-pending');
});

describe('the page gate: a held-back page is shown once its view has committed and every hold is released', () => {
  it('waits for the view and for the last hold, then shows the page and says it is ready', () => {
    const first = gate.holdPage();
    const second = gate.holdPage();
    gate.viewCommitted();
    first();
    first(); // a release counts once
    expect(pending()).toBe(true);
    expect(gate.pagePending()).toBe(true);
    second();
    expect(pending()).toBe(false);
    expect(gate.pagePending()).toBe(false);
    expect(root.dataset.app).toBe('ready');
  });

  it('keeps the page held while the view has not committed, however many holds are released', () => {
    gate.holdPage()();
    expect(pending()).toBe(true);
    expect(root.dataset.app).toBeUndefined();
  });
});
