import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Loading } from '../ui/data-state';
import { AppShell } from './shell/app-shell';
import { NotFound } from './not-found';

// Declarative routes with React.lazy: each page is its own chunk. (The data router of react-router 7
// costs ~17 kB gzip more on the first load, and the dashboard needs none of its loaders or actions.)
const pages: [path: string, Page: LazyExoticComponent<ComponentType>][] = [
  ['growth', lazy(() => import('../views/growth/growth-route'))],
  ['sectors', lazy(() => import('../views/sectors/sectors-route'))],
  ['subclusters', lazy(() => import('../views/subclusters/subclusters-route'))],
  ['regions', lazy(() => import('../views/regions/regions-route'))],
  ['timeline', lazy(() => import('../views/timeline/timeline-route'))],
  ['framework', lazy(() => import('../views/framework/framework-route'))],
  ['sources', lazy(() => import('../views/sources/sources-route'))],
];
const Overview = lazy(() => import('../views/overview/overview-route'));

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<AppShell />}>
        <Route index element={<Lazy Page={Overview} />} />
        {pages.map(([path, Page]) => (
          <Route key={path} path={path} element={<Lazy Page={Page} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Lazy({ Page }: { Page: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
