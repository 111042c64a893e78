import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { Providers } from '../../src/app/providers';
import { routes } from '../../src/app/router';
import { createI18n, type Language } from '../../src/i18n';
import { createQueryClient } from '../../src/lib/react-query';

/** Renders the real app (shell, router, lazy views) at `url`, with a fresh query client and no retries. */
export function renderRoute(url: string, { lang = 'en' as Language } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const utils = render(
    <Providers queryClient={createQueryClient({ retry: false })} i18n={createI18n(lang)}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...utils, router };
}
