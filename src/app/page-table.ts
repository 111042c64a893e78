/**
 * The JSON tables a pre-rendered page carries for its hydration (`<script type="application/json" id=…>`, written
 * by scripts/prerender/page-html.ts): the label widths and the dates its HTML was laid out with.
 */

/** `undefined`: no table, or an empty one; `null`: not a JSON object (an edited or cut page). */
export function readPageTable(
  id: string,
  doc: Document = document,
): Record<string, unknown> | null | undefined {
  const text = doc.getElementById(id)?.textContent;
  if (!text || text === '{}') return undefined;
  try {
    const table: unknown = JSON.parse(text);
    return table !== null && typeof table === 'object' && !Array.isArray(table)
      ? (table as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
