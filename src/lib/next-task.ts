/**
 * Resolves in a later task of the main thread, so that the work before and after it are two tasks and the
 * browser can answer a tap or paint between them (the app's start is cut up this way: src/main.tsx,
 * src/app/start.tsx). `scheduler.yield` resumes ahead of other queued work where the browser has it.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
