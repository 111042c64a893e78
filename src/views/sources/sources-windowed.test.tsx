import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';
import { fakeWindowScroll } from '../../../test/support/fake-scroll';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { server, serveOnlySnapshot } from '../../../test/support/msw-server';
import { scaleSnapshot } from '../../../scripts/scale-snapshot.mjs';
import { buildFigureRows } from '../../i18n/figure-index';
import { translator } from '../../i18n';

// A synthetic snapshot 4× the fixture (marked synthetic): 264 cited sources and 366 figures, both over the
// 200 rows past which /sources draws a window of its lists. The shipped data has no list this long.
const snapshot = scaleSnapshot(fixtureSnapshot(), 4);
const figures = buildFigureRows(snapshot, 'en', translator('en'));
const webSources = snapshot.sources.filter((s) => s.id !== snapshot.primarySource);
const slow = { timeout: 15_000 };

const { scrollY } = fakeWindowScroll();
beforeEach(() => {
  server.use(...serveOnlySnapshot(snapshot));
});

const figureTable = () => screen.findByRole('table', { name: /drawn as you scroll/ }, slow);

// Parsing and drawing a snapshot 4× the fixture takes seconds on a busy 2-core machine.
describe('/sources at 4× the data draws a window of its figures and citations', { timeout: 30_000 }, () => {
  it('puts only a window of the figure rows and of the citations in the page', async () => {
    expect(figures.length).toBeGreaterThan(300);
    expect(webSources.length).toBeGreaterThan(250);
    renderRoute('/sources');
    const table = await figureTable();
    expect(table).toHaveAttribute('aria-rowcount', String(figures.length + 1));
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
    expect(
      await screen.findByText(`${webSources.length} entries, drawn as you scroll`, {}, slow),
    ).toBeInTheDocument();
    const list = document.querySelector('.citations--windowed');
    const entries = list?.querySelectorAll('li.citation-item') ?? [];
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.length).toBeLessThan(60);
    expect(entries[0]).toHaveAttribute('aria-setsize', String(webSources.length));
    expect(entries[0]).toHaveAttribute('value', '1');
  });

  it('sorts all the figures, not just the rows drawn', async () => {
    const { location } = renderRoute('/sources');
    const table = await figureTable();
    await userEvent.click(within(table).getByRole('button', { name: /^Figure/ }));
    expect(location.current.search).toBe('?order=figures.figure.asc');
    const first = [...figures].sort((a, b) => new Intl.Collator('en').compare(a.label, b.label))[0];
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(first?.label ?? '?');
  });

  it('lands a #figure- link on its row far down the table, and marks and focuses it', async () => {
    const target = figures[figures.length - 20];
    renderRoute(`/sources#figure-${target?.figure.id}`);
    await figureTable();
    const row = await waitFor(() => {
      const el = document.getElementById(`figure-${target?.figure.id}`);
      if (!el) throw new Error('the linked row is not drawn');
      return el;
    }, slow);
    await waitFor(() => expect(row).toHaveFocus());
    expect(row).toHaveAttribute('data-target');
    expect(row).toHaveAttribute('aria-rowindex', String(figures.length - 20 + 2));
    expect(scrollY()).toBeGreaterThan(0);
  });

  it('lands a #source- link on its citation far down the list', async () => {
    const target = webSources[webSources.length - 5];
    renderRoute(`/sources#source-${target?.id}`);
    const entry = await waitFor(() => {
      const el = document.getElementById(`source-${target?.id}`);
      if (!el) throw new Error('the linked citation is not drawn');
      return el;
    }, slow);
    await waitFor(() => expect(entry).toHaveFocus());
    expect(entry).toHaveAttribute('value', String(webSources.length - 4));
  });
});
