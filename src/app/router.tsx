import { Suspense, useEffect } from 'react';
import { pages } from './pages';
import { Compare, EmbedBuilder, EmbedChartPage, EmbedIndex, Overview, Present } from './route-pages';
import type { LazyPage } from './lazy-page';
import { Route, Routes } from 'react-router-dom';
import { Loading } from '../ui/data-state';
import { AppShell } from './shell/app-shell';
import { NotFound } from './not-found';
import { EmbedShell } from './embed-shell';
import { showPage } from './page-ready';
import { VIEW_IDS } from '../lib/paths';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<AppShell />}>
        <Route index element={<Lazy Page={Overview} />} />
        {pages.map(([path, Page]) => (
          <Route key={path} path={path} element={<Lazy Page={Page} />} />
        ))}
        <Route path="compare" element={<Lazy Page={Compare} />} />
        <Route path="embed-builder" element={<Lazy Page={EmbedBuilder} />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="/present" element={<Lazy Page={Present} />} />
      <Route path="/embed" element={<EmbedShell />}>
        <Route index element={<Lazy Page={EmbedIndex} />} />
        {pages
          .filter(([path]) => path !== 'sources')
          .map(([path, Page]) => (
            <Route key={path} path={path} element={<Lazy Page={Page} />} />
          ))}
        {VIEW_IDS.map((view) => (
          <Route
            key={`${view}/chart`}
            path={`${view}/:chart`}
            element={
              <Suspense fallback={<Loading />}>
                <EmbedChartPage view={view} />
                <ShowPage />
              </Suspense>
            }
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function Lazy({ Page }: { Page: LazyPage<object> }) {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
      <ShowPage />
    </Suspense>
  );
}

/** Commits with the page (same boundary), so its effect runs once the view is in and its charts measured. */
function ShowPage() {
  useEffect(showPage, []);
  return null;
}
