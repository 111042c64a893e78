import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../test/support/msw-server';
import { renderRoute } from '../../test/support/render-route';
import { listOwnSnapshots } from '../data/own-snapshots';

const fixture = (path: string) => readFileSync(`test/fixtures/snapshots/${path}`, 'utf8');
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function openPanel() {
  await userEvent.click(await screen.findByRole('button', { name: 'Open a snapshot' }));
  return screen.findByLabelText('Choose a JSON file');
}

const banner = () => screen.findByText(/^Your snapshot: /);

describe('opening a snapshot of your own', () => {
  it('opens a valid file on the same page, names it in a banner, and removing it restores the published data', async () => {
    const { location } = renderRoute('/sources');
    const shippedCount = (await screen.findByRole('heading', { name: /^Every figure/ })).textContent;
    await userEvent.upload(await openPanel(), jsonFile('edited.json', fixture('edited.json')));

    expect(await banner()).toHaveTextContent(
      /^Your snapshot: .*\(edited copy\), loaded from edited\.json, not published$/,
    );
    expect(location.current.pathname).toBe('/sources');
    expect(location.current.search).toMatch(/^\?snapshot=own-[a-z0-9]+$/);
    // Two figures added and one removed: one more in the table than the published snapshot has.
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: /^Every figure/ }).textContent).not.toBe(shippedCount),
    );
    expect((await listOwnSnapshots()).map((m) => m.origin)).toContain('edited.json');

    await userEvent.click(screen.getByRole('button', { name: 'Remove it from this browser' }));
    await waitFor(() => expect(location.current.search).toBe(''));
    expect(screen.queryByText(/^Your snapshot: /)).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /^Every figure/ })).toHaveTextContent(shippedCount);
    expect((await listOwnSnapshots()).map((m) => m.origin)).not.toContain('edited.json');
  }, 20_000);

  it('goes back to the published data and keeps the file for later', async () => {
    const { location } = renderRoute('/growth?tab=table');
    await userEvent.upload(await openPanel(), jsonFile('edited.json', fixture('edited.json')));
    await banner();
    expect(location.current.search).toMatch(/^\?tab=table&snapshot=own-/);
    await userEvent.click(screen.getByRole('button', { name: 'Back to the published data' }));
    await waitFor(() => expect(location.current.search).toBe('?tab=table'));
    expect(screen.queryByText(/^Your snapshot: /)).not.toBeInTheDocument();
    expect((await listOwnSnapshots()).map((m) => m.origin)).toContain('edited.json');
  }, 15_000);

  it('lists every problem of a broken file with its JSON path, keeps nothing and leaves the page as it was', async () => {
    const before = (await listOwnSnapshots()).length;
    const { location } = renderRoute('/sources');
    await userEvent.upload(
      await openPanel(),
      jsonFile('unknown-source.json', fixture('broken/unknown-source.json')),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('unknown-source.json is not a valid snapshot');
    expect(within(alert).getByText('$.sectors.membersTotal.sources[0].source')).toBeInTheDocument();
    expect(alert).toHaveTextContent('unknown source id "no-such-source"');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    expect(location.current.search).toBe('');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(await listOwnSnapshots()).toHaveLength(before);
  });

  it('refuses a file over 20 MB from its size, before reading it', async () => {
    renderRoute('/sources');
    const file = jsonFile('huge.json', '{}');
    Object.defineProperty(file, 'size', { value: 25 * 1024 * 1024 });
    await userEvent.upload(await openPanel(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'the file is 25.0 MB; a snapshot may be at most 20.0 MB',
    );
  });

  it('shows markup from the file as text', async () => {
    const { container } = renderRoute('/sources');
    await userEvent.upload(await openPanel(), jsonFile('markup.json', fixture('markup-in-labels.json')));
    expect(await banner()).toHaveTextContent('<img src=x onerror="window.__pwned=1"><script>');
    expect(container.querySelector('.own-banner img, .own-banner script')).toBeNull();
  });

  it('opens a URL only on the click, and says why one could not be fetched', async () => {
    const address = 'https://data.example.org/edited.json';
    let fetched = 0;
    server.use(
      http.get(address, () => {
        fetched++;
        return HttpResponse.text(fixture('edited.json'));
      }),
      http.get('https://blocked.example.org/*', () => HttpResponse.error()),
    );
    const { location } = renderRoute('/sources');
    await openPanel();
    const field = screen.getByLabelText('Or open from an address (http or https)');
    const button = screen.getByRole('button', { name: 'Open from the URL' });

    await userEvent.type(field, 'javascript:alert(1)');
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('Only http:// and https:// addresses');

    await userEvent.clear(field);
    await userEvent.type(field, 'https://blocked.example.org/x.json');
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not fetch https:\/\/blocked\.example\.org\/x\.json: .*\(CORS\)/,
    );

    await userEvent.clear(field);
    await userEvent.type(field, address);
    expect(fetched).toBe(0);
    await userEvent.click(button);
    expect(await banner()).toHaveTextContent(`loaded from ${address}, not published`);
    expect(fetched).toBe(1);
    expect(location.current.search).toMatch(/snapshot=own-/);
  }, 15_000);
});
