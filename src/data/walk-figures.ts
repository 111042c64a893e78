import type { Figure, Snapshot } from './schema';

/** A figure together with the JSON path where the snapshot holds it. */
export interface LocatedFigure {
  figure: Figure;
  path: string;
}

/**
 * Every figure in the snapshot, in document order. A node counts as a figure when it has the figure's
 * required keys; the schema has already guaranteed the shape.
 */
export function walkFigures(snapshot: Snapshot): LocatedFigure[] {
  const out: LocatedFigure[] = [];
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visit(node[i], `${path}[${i}]`);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (
        typeof record.value === 'number' &&
        'qualifier' in record &&
        'sources' in record &&
        'id' in record
      ) {
        out.push({ figure: record as unknown as Figure, path });
        return;
      }
      // A loop over keys, not Object.entries: no array per node (at 1000× the data the walk was 0.3 s).
      for (const key in record) visit(record[key], `${path}.${key}`);
    }
  };
  visit(snapshot, '$');
  return out;
}
