import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../lib/react-query';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { fixtureSnapshot } from '../../test/fixtures/snapshot-fixture';
import { ExportButtons } from './export-buttons';

vi.mock('./download', async (load) => ({ ...(await load<object>()), downloadBlob: vi.fn() }));
const { downloadBlob } = await import('./download');

describe('download rows', () => {
  it('are built when a download is asked for, not when the chart renders', async () => {
    const rows = vi.fn(() => [{ id: 'a', source: 'seed' }]);
    const items = vi.fn(() => []);
    const snapshot = fixtureSnapshot();
    // The buttons ask which snapshot is active (an opened one is named in every file).
    const client = createQueryClient({ retry: false });
    const charts = () => (
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <I18nProvider language="en">
            <ExportButtons frame={createRef()} title="T" exportable={{ name: 'x', rows, snapshot }} />
            <ExportButtons frame={createRef()} title="U" exportable={{ name: 'y', items, snapshot }} />
          </I18nProvider>
        </MemoryRouter>
      </QueryClientProvider>
    );
    const { rerender } = render(charts());
    rerender(charts());
    expect(rows).not.toHaveBeenCalled();
    expect(items).not.toHaveBeenCalled();

    await userEvent.click(screen.getAllByRole('button', { name: /CSV/ })[0]!);
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'mic-x-en.csv'));
    expect(rows).toHaveBeenCalledTimes(1);
    expect(items).not.toHaveBeenCalled();
  });
});
