import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveDataFile, server } from '../../test/support/msw-server';
import { syntheticSnapshotJson } from '../../test/fixtures/snapshot-fixture';
import { renderRoute } from '../../test/support/render-route';

const slow = { timeout: 8000 };

describe('synthetic data is named as such on every kind of screen', { timeout: 20_000 }, () => {
  for (const url of ['/sectors', '/embed/sectors', '/present?views=sectors']) {
    it(`${url}: a banner, and the export stamp says so`, async () => {
      server.use(
        serveDataFile(
          'mic-2021.json',
          syntheticSnapshotJson(() => {}),
        ),
      );
      renderRoute(url);
      expect(await screen.findByText('Synthetic test data — not real figures', {}, slow)).toHaveAttribute(
        'role',
        'note',
      );
      // In a landmark of its own: axe's "region" rule wants every piece of content in one.
      expect(screen.getByRole('region', { name: 'About the data' })).toHaveTextContent(
        'Synthetic test data — not real figures',
      );
      const stamp = (await screen.findAllByText(/dashboard · snapshot mic-2021/, {}, slow))[0];
      expect(stamp).toHaveTextContent(
        /^SYNTHETIC TEST DATA — NOT REAL FIGURES · Moscow Innovation Cluster dashboard/,
      );
    });
  }

  it('shows no banner and a plain stamp for the shipped snapshot', async () => {
    renderRoute('/embed/sectors');
    const stamp = (await screen.findAllByText(/dashboard · snapshot mic-2021/, {}, slow))[0];
    expect(stamp).toHaveTextContent(/^Moscow Innovation Cluster dashboard/);
    expect(screen.queryByText('Synthetic test data — not real figures')).toBeNull();
  });
});
