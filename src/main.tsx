import './styles/global.css';
import './styles/charts.css';
import './styles/print.css';
import { nextTask } from './lib/next-task';
import { pageTables } from './app/page-table';

// The app starts in steps, each a task of its own (app/start.tsx cuts its own work the same way): evaluating
// React DOM's client alone takes 40-160 ms on a 2-core machine (median 67 ms over 13 loads), more on a phone,
// and it was one task with the shell and the app's start. The page is pre-rendered and already on screen, so
// a tap between the steps is answered, not queued behind the start. Every page preloads these chunks
// (scripts/prerender/route-preloads.ts), so the steps cost no round trip.
// A pre-rendered page's tables for its hydration are fetched now, beside React's code (app/page-table.ts); a URL
// with a query is rendered afresh (app/start.tsx), without them.
if (window.location.search === '') void pageTables();
await import('react-dom/client');
await nextTask();
await import('./app/start');
