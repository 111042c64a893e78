/**
 * Checks that the schema alone cannot express: references resolve, ids are unique, shares sum to 100,
 * parts add up to their totals and derived figures recompute from their inputs.
 */
import type { Snapshot } from './schema';
import { buildSnapshotIndex, type SnapshotIndex } from './snapshot-index';

/** One problem, located by its JSON path (`$.a.b[2].c`). */
export interface SnapshotProblem {
  path: string;
  message: string;
}

const SHARE_TOLERANCE = 0.001;

/** `$.a.b[2].c` from the keys and indexes that lead there. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

/**
 * Every check is linear in the snapshot's size: ids are looked up in the index (one pass each over the
 * sources and the figures), never by searching a list inside a loop.
 */
export function checkConsistency(
  snapshot: Snapshot,
  index: SnapshotIndex = buildSnapshotIndex(snapshot),
): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const sourceIds = index.sources;
  const figures = index.located;
  const byId = index.figures;

  for (const i of index.duplicateSources)
    problems.push({
      path: `$.sources[${i}].id`,
      message: `duplicate source id "${snapshot.sources[i]!.id}"`,
    });
  if (!sourceIds.has(snapshot.primarySource))
    problems.push({ path: '$.primarySource', message: `unknown source id "${snapshot.primarySource}"` });

  for (const { figure, path } of index.duplicateFigures)
    problems.push({ path: `${path}.id`, message: `duplicate figure id "${figure.id}"` });

  walkCitations(snapshot, (source, path) => {
    if (!sourceIds.has(source))
      problems.push({ path: `${path()}.source`, message: `unknown source id "${source}"` });
  });

  for (const { figure, path } of figures) {
    const q = figure.qualifier;
    if (q.kind !== 'derived') continue;
    const inputs = q.inputs.map((id) => byId.get(id));
    const missing = q.inputs.filter((_, i) => !inputs[i]);
    if (missing.length > 0) {
      problems.push({
        path: `${path}.qualifier.inputs`,
        message: `unknown figure id(s) ${missing.join(', ')}`,
      });
      continue;
    }
    const expected = recompute(
      q.op,
      inputs.map((f) => f!.value),
    );
    if (Math.abs(expected - figure.value) > 1e-9 * Math.max(1, Math.abs(expected)))
      problems.push({
        path: `${path}.value`,
        message: `derived value ${figure.value} does not match its formula (${q.op} gives ${expected})`,
      });
  }

  const shareSum = snapshot.sectors.members.reduce((sum, m) => sum + m.share.value, 0);
  if (Math.abs(shareSum - 100) > SHARE_TOLERANCE)
    problems.push({ path: '$.sectors.members', message: `sector shares sum to ${round(shareSum)}, not 100` });
  snapshot.sectors.members.forEach((m, i) => {
    if (m.share.unit !== 'percent')
      problems.push({ path: `$.sectors.members[${i}].share.unit`, message: 'a share must be in percent' });
  });

  const projectSum = snapshot.sectors.projects.reduce((sum, p) => sum + p.count.value, 0);
  if (projectSum !== snapshot.sectors.projectsTotal.value)
    problems.push({
      path: '$.sectors.projects',
      message: `project domains sum to ${projectSum}, not the total ${snapshot.sectors.projectsTotal.value}`,
    });

  const subclusterIds = new Set(snapshot.subclusters.items.map((s) => s.id));
  const fieldIds = new Set(snapshot.subclusters.priorityFields.map((f) => f.id));
  for (const [key, fields] of Object.entries(snapshot.subclusters.fieldsBySubcluster ?? {})) {
    if (!subclusterIds.has(key))
      problems.push({
        path: `$.subclusters.fieldsBySubcluster.${key}`,
        message: `unknown sub-cluster id "${key}"`,
      });
    fields.forEach((f, i) => {
      if (!fieldIds.has(f))
        problems.push({
          path: `$.subclusters.fieldsBySubcluster.${key}[${i}]`,
          message: `unknown priority field id "${f}"`,
        });
    });
  }

  snapshot.framework.features.forEach((feat, i) =>
    feat.evidence.forEach((ev, j) =>
      (ev.figures ?? []).forEach((fid, k) => {
        if (!byId.has(fid))
          problems.push({
            path: `$.framework.features[${i}].evidence[${j}].figures[${k}]`,
            message: `unknown figure id "${fid}"`,
          });
      }),
    ),
  );

  for (const { figure, path } of figures) {
    if (figure.date && !precisionMatches(figure.date.value, figure.date.precision))
      problems.push({
        path: `${path}.date`,
        message: `date "${figure.date.value}" does not have ${figure.date.precision} precision`,
      });
  }
  snapshot.events.forEach((e, i) => {
    for (const key of ['start', 'end'] as const) {
      const d = e[key];
      if (d && !precisionMatches(d.value, d.precision))
        problems.push({
          path: `$.events[${i}].${key}`,
          message: `date "${d.value}" does not have ${d.precision} precision`,
        });
    }
  });

  return problems;
}

function recompute(op: 'percentOf' | 'difference' | 'sum' | 'ratio', values: number[]): number {
  const [first = 0, ...rest] = values;
  switch (op) {
    case 'percentOf':
      return (first * (rest[0] ?? 0)) / 100;
    case 'difference':
      return rest.reduce((acc, v) => acc - v, first);
    case 'sum':
      return values.reduce((acc, v) => acc + v, 0);
    case 'ratio':
      return first / (rest[0] ?? NaN);
  }
}

const PRECISION_PATTERNS = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  season: /^\d{4}-(winter|spring|summer|autumn)$/,
  year: /^\d{4}$/,
} as const;

function precisionMatches(value: string, precision: keyof typeof PRECISION_PATTERNS): boolean {
  return PRECISION_PATTERNS[precision].test(value);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Calls `visit` with every citation in the snapshot and a function that writes its JSON path. The path is
 * written only when asked for (a problem): writing one for every node of a 10 MB snapshot, through nested
 * generators, took most of this check's time.
 */
function walkCitations(root: unknown, visit: (source: string, path: () => string) => void): void {
  const keys: (string | number)[] = [];
  const path = () => toJsonPath(keys);
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        keys.push(i);
        walk(node[i]);
        keys.pop();
      }
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.source === 'string' && typeof record.locator === 'string') {
        visit(record.source, path);
        return;
      }
      for (const key in record) {
        keys.push(key);
        walk(record[key]);
        keys.pop();
      }
    }
  };
  walk(root);
}
