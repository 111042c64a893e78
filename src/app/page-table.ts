/**
 * The tables a pre-rendered page needs for its hydration, and only then: the label widths and the dates its HTML
 * was laid out with. scripts/prerender/ writes them to a JSON file of their own, named by the root's
 * `data-tables`, so they stay out of the page's first round trip (2.5–3.8 kB of gzip on the timeline's pages).
 */

/** `undefined`: no table, or an empty one; `null`: unreadable (not a JSON object, or the file did not load). */
export type PageTable = Record<string, unknown> | null | undefined;

export interface PageTables {
  textWidths: PageTable;
  writtenDates: PageTable;
}

const NONE: PageTables = { textWidths: undefined, writtenDates: undefined };
const UNREADABLE: PageTables = { textWidths: null, writtenDates: null };

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function readTable(value: unknown): PageTable {
  if (value === undefined) return undefined;
  if (!isJsonObject(value)) return null;
  return Object.keys(value).length === 0 ? undefined : value;
}

/** The tables file as written by the build: `{ "text-widths": {…}, "written-dates": {…} }`. */
export function readPageTables(text: string): PageTables {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return UNREADABLE;
  }
  if (!isJsonObject(file)) return UNREADABLE;
  return { textWidths: readTable(file['text-widths']), writtenDates: readTable(file['written-dates']) };
}

async function loadPageTables(url: string, fetchFile: typeof fetch): Promise<PageTables> {
  try {
    const response = await fetchFile(url);
    return response.ok ? readPageTables(await response.text()) : UNREADABLE;
  } catch {
    return UNREADABLE; // offline before the file was cached: the page renders afresh
  }
}

let pending: Promise<PageTables> | null = null;

/**
 * Asks for the page's tables once; src/main.tsx asks as the app's code starts, so the file comes beside React's,
 * and src/app/start.tsx takes the same answer.
 */
export function pageTables(
  root: HTMLElement | null = document.getElementById('root'),
  fetchFile: typeof fetch = (input, init) => fetch(input, init),
): Promise<PageTables> {
  const url = root?.dataset.tables;
  if (!url) return Promise.resolve(NONE);
  pending ??= loadPageTables(url, fetchFile);
  return pending;
}

/** For tests: forget the answer. */
export function resetPageTables() {
  pending = null;
}
