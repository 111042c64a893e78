import type { RouteObject } from 'react-router-dom';
import { AppShell } from './shell/app-shell';
import { NotFound } from './not-found';

/** Every page loads its code on demand, so the first visit downloads only the shell and the page it opens. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, lazy: () => import('../views/overview/overview-route').then((m) => ({ Component: m.default })) },
      { path: 'growth', lazy: () => import('../views/growth/growth-route').then((m) => ({ Component: m.default })) },
      { path: 'sectors', lazy: () => import('../views/sectors/sectors-route').then((m) => ({ Component: m.default })) },
      {
        path: 'subclusters',
        lazy: () => import('../views/subclusters/subclusters-route').then((m) => ({ Component: m.default })),
      },
      { path: 'regions', lazy: () => import('../views/regions/regions-route').then((m) => ({ Component: m.default })) },
      {
        path: 'timeline',
        lazy: () => import('../views/timeline/timeline-route').then((m) => ({ Component: m.default })),
      },
      {
        path: 'framework',
        lazy: () => import('../views/framework/framework-route').then((m) => ({ Component: m.default })),
      },
      { path: 'sources', lazy: () => import('../views/sources/sources-route').then((m) => ({ Component: m.default })) },
      { path: '*', element: <NotFound /> },
    ],
  },
];
