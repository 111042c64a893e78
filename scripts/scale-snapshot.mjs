// Synthetic snapshots k times the size of a real one, for the scale benchmark and the linear-parsing test.
// Every list that grows with real data (sources, dated points, multiples, sectors, projects, sub-clusters,
// priority fields, services, agreements, events, evidence) is repeated k times with ids made unique; the
// copies cite copies of the sources, so lookups cost what they would with k times the citations. The result
// is marked `synthetic` (the app then shows its banner) and passes the app's schema and consistency checks:
// sector shares are divided by k so they still sum to 100, and every derived figure is recomputed.

/** A copy's id: `members-total` → `members-total-c3`. */
const suffixed = (id, j) => `${id}-c${j}`;

/** Deep copy of `node` with every id, cited source, derived input and evidence figure renamed for copy j. */
function renamed(node, j) {
  if (Array.isArray(node)) return node.map((child) => renamed(child, j));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'id' && typeof value === 'string') out[key] = suffixed(value, j);
    else if (key === 'source' && typeof value === 'string' && 'locator' in node)
      out[key] = suffixed(value, j);
    else if ((key === 'inputs' || key === 'figures') && Array.isArray(value))
      out[key] = value.map((id) => suffixed(id, j));
    else out[key] = renamed(value, j);
  }
  return out;
}

/** Copy j of a list item: renamed, and its own name or label numbered so tables tell the copies apart. */
function copyItem(item, j) {
  const copy = renamed(item, j);
  for (const key of ['label', 'name', 'title', 'partner'])
    if (copy[key] && typeof copy[key].en === 'string')
      copy[key] = { en: `${copy[key].en} ${j + 1}`, ru: `${copy[key].ru} ${j + 1}` };
  return copy;
}

/** The list followed by its copies 1 … k−1. */
const repeated = (items, k, copy = copyItem) => [
  ...items,
  ...Array.from({ length: k - 1 }, (_, c) => items.map((item) => copy(item, c + 1))).flat(),
];

const SEASON_MONTH = { winter: 1, spring: 4, summer: 7, autumn: 10 };

/** A date's middle, in ms: enough to spread copies of dated points between the real ones. */
function dateMs({ value }) {
  const [y, second, day] = value.split('-');
  const month = second === undefined ? 7 : (SEASON_MONTH[second] ?? Number(second));
  return Date.UTC(Number(y), month - 1, day === undefined ? 15 : Number(day));
}
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A series' points with k−1 copies of each, dated and valued between it and the next point. */
function repeatedPoints(points, k) {
  const copies = [];
  points.forEach((point, i) => {
    const [a, b] = i + 1 < points.length ? [point, points[i + 1]] : [points[i - 1] ?? point, point];
    for (let j = 1; j < k; j++) {
      const f = i + 1 < points.length ? j / k : (j - 0.5) / k;
      const copy = renamed(point, j);
      const ta = a.date ? dateMs(a.date) : 0;
      const tb = b.date ? dateMs(b.date) : ta;
      if (point.date) copy.date = { value: isoDay(ta + (tb - ta) * f), precision: 'day' };
      copy.value = Math.round(a.value + (b.value - a.value) * f);
      copies.push(copy);
    }
  });
  return [...points, ...copies].sort((p, q) => (p.date ? dateMs(p.date) : 0) - (q.date ? dateMs(q.date) : 0));
}

/** The same arithmetic as the app's consistency check, so recomputed values match it exactly. */
function recompute(op, values) {
  const [first = 0, ...rest] = values;
  if (op === 'percentOf') return (first * (rest[0] ?? 0)) / 100;
  if (op === 'difference') return rest.reduce((acc, v) => acc - v, first);
  if (op === 'sum') return values.reduce((acc, v) => acc + v, 0);
  return first / (rest[0] ?? NaN);
}

function allFigures(node, out = []) {
  if (Array.isArray(node)) node.forEach((child) => allFigures(child, out));
  else if (node && typeof node === 'object') {
    if (typeof node.value === 'number' && node.qualifier && node.sources && node.id) out.push(node);
    else Object.values(node).forEach((child) => allFigures(child, out));
  }
  return out;
}

/** `base` (a parsed snapshot) scaled k times (k ≥ 1), as a new object. */
export function scaleSnapshot(base, k) {
  const s = structuredClone(base);
  s.id = `${base.id}-x${k}`;
  s.synthetic = true;
  s.title = { en: `${base.title.en} (synthetic, ${k}×)`, ru: `${base.title.ru} (синтетика, ${k}×)` };
  if (k === 1) return s;

  s.sources = repeated(s.sources, k);
  s.growth.series = s.growth.series.map((series) => ({
    ...series,
    points: repeatedPoints(series.points, k),
  }));
  s.growth.multiples = repeated(s.growth.multiples, k, renamed);

  // Shares divided by k so that k copies still sum to 100; counts follow from them below.
  s.sectors.members = repeated(s.sectors.members, k).map((m) => ({
    ...m,
    share: { ...m.share, value: m.share.value / k },
  }));
  // The projects' total grows k-fold; a "rest" domain derived by difference subtracts every other domain.
  s.sectors.projects = repeated(s.sectors.projects, k);
  s.sectors.projectsTotal.value = s.sectors.projectsTotal.value * k;
  const projectCounts = s.sectors.projects.map((p) => p.count);
  for (const count of projectCounts) {
    const q = count.qualifier;
    if (q.kind !== 'derived') continue;
    if (/-c\d+$/.test(count.id)) count.qualifier = { kind: 'exact' };
    else
      q.inputs = [s.sectors.projectsTotal.id, ...projectCounts.filter((c) => c !== count).map((c) => c.id)];
  }

  s.subclusters.items = repeated(s.subclusters.items, k);
  s.subclusters.priorityFields = repeated(s.subclusters.priorityFields, k);
  if (s.subclusters.fieldsBySubcluster) {
    const entries = Object.entries(s.subclusters.fieldsBySubcluster);
    s.subclusters.fieldsBySubcluster = Object.fromEntries(
      repeated(entries, k, ([key, fields], j) => [suffixed(key, j), fields.map((f) => suffixed(f, j))]),
    );
  }
  s.regions.services = repeated(s.regions.services, k);
  s.regions.agreements = repeated(s.regions.agreements, k);
  s.events = repeated(s.events, k);
  s.framework.features = s.framework.features.map((feature) => ({
    ...feature,
    evidence: repeated(feature.evidence, k, renamed),
  }));

  // A copy may name a figure that has no copy (the members' total, the region count): keep the original's id.
  const figures = allFigures(s);
  const ids = new Set(figures.map((f) => f.id));
  const resolve = (id) => (ids.has(id) ? id : id.replace(/-c\d+$/, ''));
  for (const f of figures)
    if (f.qualifier.kind === 'derived') f.qualifier.inputs = f.qualifier.inputs.map(resolve);
  for (const feature of s.framework.features)
    for (const ev of feature.evidence) if (ev.figures) ev.figures = ev.figures.map(resolve);
  // Derived values recomputed from their (scaled) inputs; twice, for a derived input of a derived figure.
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (let pass = 0; pass < 2; pass++)
    for (const f of figures) {
      const q = f.qualifier;
      if (q.kind !== 'derived') continue;
      f.value = recompute(
        q.op,
        q.inputs.map((id) => byId.get(id).value),
      );
      q.formula = {
        en: `synthetic: ${q.op} of ${q.inputs.length} figures`,
        ru: `синтетика: ${q.op}, ${q.inputs.length}`,
      };
    }
  return s;
}
