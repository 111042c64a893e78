import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeldSuspense } from './held-suspense';
import { viewCommitted } from '../lib/page-gate';

const html = document.documentElement;

function later() {
  let resolve = () => {};
  const Slide = lazy(
    () =>
      new Promise<{ default: () => React.JSX.Element }>((done) => {
        resolve = () => done({ default: () => <p>the slide</p> });
      }),
  );
  return { Slide, resolve: () => resolve() };
}

describe('a lazy part of a pre-rendered page', () => {
  beforeEach(() => {
    html.classList.add('app-pending');
    delete html.dataset.app;
  });
  afterEach(() => html.classList.remove('app-pending'));

  it('keeps the page hidden until it is in, then lets it show', async () => {
    const { Slide, resolve } = later();
    render(
      <HeldSuspense fallback={<p>loading</p>}>
        <Slide />
      </HeldSuspense>,
    );
    viewCommitted();
    expect(html.classList.contains('app-pending')).toBe(true);
    await act(async () => {
      resolve();
      await Promise.resolve();
    });
    expect(await screen.findByText('the slide')).toBeTruthy();
    expect(html.classList.contains('app-pending')).toBe(false);
    expect(html.dataset.app).toBe('ready');
  });

  it('holds nothing on a page already shown', () => {
    html.classList.remove('app-pending');
    const { Slide } = later();
    render(
      <HeldSuspense fallback={<p>loading</p>}>
        <Slide />
      </HeldSuspense>,
    );
    viewCommitted();
    expect(screen.getByText('loading')).toBeTruthy();
    expect(html.dataset.app).toBe('ready');
  });
});
