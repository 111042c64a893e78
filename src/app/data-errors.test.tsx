import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HttpResponse, delay, http } from 'msw';
import { server, serveDataFile, fixtureDataFile } from '../../test/support/msw-server';
import { renderRoute } from '../../test/support/render-route';

describe('when data cannot be used, the page says why and the dashboard stays usable', () => {
  it('names the missing file on 404 and recovers on retry', async () => {
    server.use(serveDataFile('index.json', 'Not found', 404));
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not fetch index.json: HTTP 404');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /Members\s*15,800/ })).toBeInTheDocument();
  });

  it('names the file still loading after 3 s, and gives up after 10 s with "Try again"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      server.use(
        http.get('*/data/mic-2021.json', async () => {
          await delay('infinite');
          return new HttpResponse(null);
        }),
      );
      renderRoute('/');
      await screen.findByText('Loading data…');
      await act(() => vi.advanceTimersByTimeAsync(3000));
      expect(await screen.findByText('Still loading mic-2021.json…')).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(7000));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Could not fetch mic-2021.json: no answer within 10 s.');
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a server error for the snapshot', async () => {
    server.use(serveDataFile('mic-2021.json', 'oops', 500));
    renderRoute('/sources');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not fetch mic-2021.json: HTTP 500');
  });

  it('reports a network failure', async () => {
    server.use(http.get('*/data/mic-2021.json', () => HttpResponse.error()));
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not fetch mic-2021\.json: network error/,
    );
  });

  it('reports malformed JSON', async () => {
    server.use(serveDataFile('mic-2021.json', '{"schemaVersion": 1, '));
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('mic-2021.json is not a valid snapshot. 1 problem found:');
    expect(alert).toHaveTextContent(/\$: not valid JSON/);
  });

  it('lists the JSON path of each problem in an invalid snapshot', async () => {
    const json = JSON.parse(fixtureDataFile('mic-2021.json')) as {
      sectors: { members: { share: { value: unknown } }[] };
      regions: { partners: { value: unknown } };
    };
    json.regions.partners.value = 'many';
    server.use(serveDataFile('mic-2021.json', JSON.stringify(json)));
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('$.regions.partners.value');
    expect(alert).toHaveTextContent(/not a valid snapshot\. \d+ problems? found:/);
    expect(alert).not.toHaveTextContent('(s)');
    expect(screen.queryByText(/6,500/)).not.toBeInTheDocument();
  });

  it('shows a not-found page with links to every page', async () => {
    renderRoute('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at \/no-such-page/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Sources' }).length).toBeGreaterThan(0);
  });

  it('ignores unknown parameter values and says so', async () => {
    renderRoute('/?lang=de&snapshot=nope');
    expect(await screen.findByRole('link', { name: /Members\s*15,800/ })).toBeInTheDocument();
    expect(screen.getByText(/\?lang=de, \?snapshot=nope: not recognised/)).toBeInTheDocument();
  });
});
