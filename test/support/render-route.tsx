import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/lib/react-query';

/** Renders the real app (shell, routes, lazy views) at `url`, with a fresh query client and no retries. */
export function renderRoute(url: string) {
  const location = { current: { pathname: '', search: '' } };
  function LocationProbe() {
    const { pathname, search } = useLocation();
    location.current = { pathname, search };
    return null;
  }
  const utils = render(
    <Providers queryClient={createQueryClient({ retry: false })}>
      <MemoryRouter initialEntries={[url]}>
        <App />
        <LocationProbe />
      </MemoryRouter>
    </Providers>,
  );
  return { ...utils, location };
}
