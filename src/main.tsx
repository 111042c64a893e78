import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Providers } from './app/providers';
import { routes } from './app/router';
import { applyTheme, resolveLanguage, resolveTheme } from './app/shell/preferences';
import { createI18n } from './i18n';
import { createQueryClient } from './lib/react-query';
import './styles/global.css';

const search = new URLSearchParams(window.location.search);
// Decided before the first render so the page never flashes in the wrong language or theme.
const lang = resolveLanguage(search, navigator.languages ?? [navigator.language]);
document.documentElement.lang = lang;
applyTheme(resolveTheme(search));

const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={createQueryClient()} i18n={createI18n(lang)}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
