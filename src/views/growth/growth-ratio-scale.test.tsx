import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { scaleSnapshot } from '../../../scripts/scale-snapshot.mjs';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { server, serveOnlySnapshot } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { FIRST_MULTIPLES } from './growth-ratio';

// A synthetic snapshot 10× the fixture (marked synthetic): 20 stated multiples and 230 growth points, past the
// six cards and the 200 options drawn at rest. The shipped data has two multiples and 59 points.
const snapshot = scaleSnapshot(fixtureSnapshot(), 10);
const stated = snapshot.growth.multiples.length;
const points = snapshot.growth.series.reduce((n, s) => n + s.points.length, 0);
const slow = { timeout: 15_000 };

beforeEach(() => {
  server.use(...serveOnlySnapshot(snapshot));
});

const panel = () => screen.findByRole('figure', { name: /20-fold/ }, slow);
const statedCards = (frame: HTMLElement) =>
  frame.querySelectorAll('.growth-ratio__card:not(.growth-ratio__card--derived)');

describe('the "20-fold" panel at 10× the data', { timeout: 40_000 }, () => {
  it('draws the first six stated multiples, the derived one and only the chosen options', async () => {
    expect(stated).toBe(20);
    expect(points).toBeGreaterThan(200);
    renderRoute('/growth');
    const frame = await panel();
    expect(statedCards(frame)).toHaveLength(FIRST_MULTIPLES);
    expect(frame.querySelectorAll('.growth-ratio__card--derived')).toHaveLength(1);
    // Cards of one source share a name, so they are not landmarks: landmarks of one name break axe's rule.
    const regions = within(frame).queryAllByRole('region');
    expect(regions.map((r) => r.getAttribute('aria-labelledby'))).toHaveLength(1);
    expect(within(frame).getAllByRole('article')).toHaveLength(FIRST_MULTIPLES);
    // "From" offers every point (230): it holds the chosen one until it is used. "To" offers the 90 of one
    // series, under the 200 past which a select waits; at 100× the data it waits too.
    const [from, to] = within(frame).getAllByRole('combobox');
    expect(from?.querySelectorAll('option')).toHaveLength(1);
    expect(to?.querySelectorAll('option').length).toBeLessThanOrEqual(200);
    expect(frame.querySelector('.chart-frame__body--scroll')).toBeNull();
    expect(within(frame).getByRole('button', { name: `Show all ${stated} stated multiples` })).toBeVisible();
  });

  it('shows every card on request, moves focus to the first one revealed, and back', async () => {
    const user = userEvent.setup();
    renderRoute('/growth');
    const frame = await panel();
    await user.click(within(frame).getByRole('button', { name: `Show all ${stated} stated multiples` }));
    const cards = statedCards(frame);
    expect(cards).toHaveLength(stated);
    expect(cards[FIRST_MULTIPLES]).toHaveFocus();
    const less = within(frame).getByRole('button', { name: 'Show only the first 6' });
    await user.click(less);
    expect(statedCards(frame)).toHaveLength(FIRST_MULTIPLES);
    expect(less).toHaveFocus();
  });

  it('draws every option of a basis select once it is focused, keeping the chosen one', async () => {
    renderRoute('/growth');
    const frame = await panel();
    const from = within(frame).getByRole<HTMLSelectElement>('combobox', { name: 'From' });
    const chosen = from.value;
    act(() => from.focus());
    expect(from.querySelectorAll('option')).toHaveLength(points);
    expect(from.value).toBe(chosen);
  });

  it('draws every card for printing', async () => {
    renderRoute('/growth');
    await panel();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(statedCards(await panel())).toHaveLength(stated);
    expect(within(await panel()).queryByRole('button', { name: /Show all/ })).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(statedCards(await panel())).toHaveLength(FIRST_MULTIPLES);
  });
});
