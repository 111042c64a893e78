import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scaleSnapshot } from '../../../scripts/scale-snapshot.mjs';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { server, serveOnlySnapshot } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { FIRST_EVIDENCE } from './feature-card';
import { GLYPHS_DRAWN } from './feature-matrix';

// A synthetic snapshot 6× the fixture (marked synthetic): 6 to 12 evidence items per feature, past the three
// each feature draws at rest, and up to 46 linked figures per tile. The shipped data has at most two items.
// The PNG is made from the frame as it is in the page: count the evidence items it holds at that moment.
const pictured = vi.hoisted(() => ({ items: -1 }));
vi.mock('../../export/export-png', () => ({
  framePng: (frame: HTMLElement) => {
    pictured.items = frame.querySelectorAll('.framework-evidence').length;
    return Promise.resolve(new Blob(['png']));
  },
}));
vi.mock('../../export/download', async (original) => ({
  ...(await original<typeof import('../../export/download')>()),
  downloadBlob: () => {},
}));

const snapshot = scaleSnapshot(fixtureSnapshot(), 6);
const features = [...snapshot.framework.features].sort((a, b) => a.n - b.n);
const slow = { timeout: 15_000 };

beforeEach(() => {
  server.use(...serveOnlySnapshot(snapshot));
});

const comparison = () => screen.findByRole('figure', { name: /Eight features of an urban cluster/ }, slow);
const card = (n: number) => document.getElementById(`feature-${n}`) as HTMLElement;
const items = (element: ParentNode) => element.querySelectorAll('.framework-evidence');

describe('/framework at 6× the data', { timeout: 40_000 }, () => {
  it('draws three evidence items per feature, a Show all per feature and at most 30 glyphs a row', async () => {
    renderRoute('/framework');
    const frame = await comparison();
    expect(items(frame)).toHaveLength(features.length * FIRST_EVIDENCE);
    for (const f of features) {
      expect(f.evidence.length).toBeGreaterThan(FIRST_EVIDENCE);
      expect(items(card(f.n))).toHaveLength(FIRST_EVIDENCE);
      expect(
        within(card(f.n)).getByRole('button', {
          name: `Show all ${f.evidence.length} evidence items for feature ${f.n}`,
        }),
      ).toBeInTheDocument();
    }
    const rows = document.querySelectorAll('.framework-tile__glyphs');
    expect(rows.length).toBe(features.length * 2);
    for (const row of rows)
      expect(row.querySelectorAll('.framework-glyph').length).toBeLessThanOrEqual(GLYPHS_DRAWN);
    // Feature 2 links more figures than that: the row stops with an ellipsis, and the count says how many.
    const tile = screen.getByRole('link', { name: /^2 Open membership/ });
    expect(tile.querySelectorAll('.framework-tile__more')).toHaveLength(1);
    const linked = Number(/(\d+) linked figures/.exec(tile.textContent ?? '')?.[1]);
    expect(linked).toBeGreaterThan(GLYPHS_DRAWN);
  });

  it('shows every item of a feature on request, with focus on the first revealed, and back', async () => {
    const user = userEvent.setup();
    renderRoute('/framework');
    await comparison();
    const two = features[1];
    if (!two) throw new Error('no feature 2');
    await user.click(within(card(2)).getByRole('button', { name: /^Show all/ }));
    const shown = items(card(2));
    expect(shown).toHaveLength(two.evidence.length);
    expect(shown[FIRST_EVIDENCE]).toHaveFocus();
    // The last item is there, with its text; the other features still show three.
    expect(shown[shown.length - 1]).toHaveTextContent(two.evidence.at(-1)?.text.en ?? '');
    expect(items(card(5))).toHaveLength(FIRST_EVIDENCE);
    // Tab goes on from the revealed item to its links.
    await user.tab();
    expect(shown[FIRST_EVIDENCE]?.contains(document.activeElement)).toBe(true);
    const less = within(card(2)).getByRole('button', { name: 'Show only the first 3' });
    await user.click(less);
    expect(items(card(2))).toHaveLength(FIRST_EVIDENCE);
    expect(less).toHaveFocus();
  });

  it('keeps ?feature= selecting and focusing a feature', async () => {
    renderRoute('/framework?feature=6');
    await comparison();
    expect(card(6)).toHaveAttribute('aria-current', 'true');
    // Focus moves in an effect of the view's first drawing, a transition: React runs it after the commit.
    await waitFor(() => expect(card(6)).toHaveFocus());
  });

  it('draws every evidence item of every feature for printing', async () => {
    renderRoute('/framework');
    await comparison();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const total = features.reduce((n, f) => n + f.evidence.length, 0);
    expect(items(await comparison())).toHaveLength(total);
    expect(screen.queryByRole('button', { name: /^Show all \d+ evidence items/ })).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(items(await comparison())).toHaveLength(features.length * FIRST_EVIDENCE);
  });

  it('draws every evidence item into a PNG download, and three again afterwards', async () => {
    const user = userEvent.setup();
    renderRoute('/framework');
    const frame = await comparison();
    pictured.items = -1;
    await user.click(within(frame).getByRole('button', { name: 'Download PNG' }));
    const total = features.reduce((n, f) => n + f.evidence.length, 0);
    await waitFor(() => expect(pictured.items).toBe(total));
    await waitFor(() => expect(items(frame)).toHaveLength(features.length * FIRST_EVIDENCE));
  });
});
