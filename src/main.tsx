import './styles/global.css';
import './styles/charts.css';
import './styles/print.css';
import { nextTask } from './lib/next-task';

// The app starts in steps, each a task of its own (app/start.tsx cuts its own work the same way): evaluating
// React DOM's client takes 20-50 ms on a fast machine, four times that on a phone, and in one task with the
// app's start it held the main thread for 50-120 ms. The page is pre-rendered and already on screen, so a
// tap meanwhile goes to the browser, not into a queue behind the start. Every page preloads these chunks
// (scripts/prerender/route-preloads.ts), so the steps cost no round trip.
await import('react-dom/client');
await nextTask();
await import('./app/start');
