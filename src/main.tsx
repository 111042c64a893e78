import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/app';
import { Providers } from './app/providers';
import { applyTheme, resolveTheme } from './lib/preferences';
import { createQueryClient } from './lib/react-query';
import { fontsReady } from './styles/fonts';
import './styles/global.css';
import './styles/charts.css';
import './styles/print.css';

// Applied before the first render so the page never flashes in the wrong theme.
applyTheme(resolveTheme(new URLSearchParams(window.location.search)));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render waits for the font (at most 1.5 s; index.html preloads it), so text is never laid out in a
// fallback face and then shifted.
await fontsReady();

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={createQueryClient()}>
      {/* URL changes render at once, not as a transition: view options live in the URL, and a second
          change made before a deferred render lands (chart kind, then sort) would be built on the old URL
          and undo the first. */}
      <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
        <App />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);
