/** Fetching a data file as text, with a deadline: used by the data worker and, without one, by the page. */
import { FetchError } from './errors';

/** How long a data file may take, headers and body, before the page says so and offers "Try again". */
export const FETCH_DEADLINE_MS = 10_000;

/**
 * Fetches a data file as text, turning HTTP and network failures into FetchError. A server that never
 * answers (or sends the body forever) is cut off after `deadline` ms; `signal` cancels as before. `onPart`
 * hears the text as it arrives, in pieces that join into the text returned.
 */
export async function fetchDataFile(
  baseUrl: string,
  file: string,
  signal?: AbortSignal,
  deadline = FETCH_DEADLINE_MS,
  onPart?: (piece: string) => void,
): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deadline);
  const cancel = () => controller.abort();
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  const failure = (e: unknown) =>
    timedOut
      ? new FetchError(file, null, `no answer within ${deadline / 1000} s`, true)
      : new FetchError(file, null, `network error (${e instanceof Error ? e.message : String(e)})`);
  try {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}data/${file}`, { signal: controller.signal });
    } catch (e) {
      throw failure(e);
    }
    if (!response.ok)
      throw new FetchError(file, response.status, `HTTP ${response.status} ${response.statusText}`.trim());
    try {
      return await decodedAsRead(response, onPart);
    } catch (e) {
      throw failure(e);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * The body as text, decoded while it arrives: `text()` decodes it only once it is all in, which for a 10 MB
 * snapshot (a third of it Cyrillic) added 120 ms after the last byte on this machine class. The same UTF-8
 * decoding as `text()`, a leading byte-order mark dropped.
 */
async function decodedAsRead(response: Response, onPart?: (piece: string) => void): Promise<string> {
  if (!response.body || typeof TextDecoderStream === 'undefined') return response.text();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
    onPart?.(value);
  }
}
