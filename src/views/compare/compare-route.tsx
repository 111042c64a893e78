import { useSearchParams } from 'react-router-dom';
import { parseSnapshotId, type ParsedParam } from '../../lib/url-state';
import { useSnapshotById, type SnapshotById } from '../../lib/snapshot-by-id';
import { useSnapshot } from '../../lib/snapshot.queries';
import { DataError, Loading } from '../../ui/data-state';
import { ComparePicker } from './compare-picker';
import { CompareResult } from './compare-result';
import { useCompareText } from './compare.text';
import './compare.css';

/**
 * `/compare?a=<id>&b=<id>`: what changed from snapshot a (the catalogue's default unless given) to b, either
 * published or opened in this browser.
 */
export default function CompareRoute() {
  const ct = useCompareText();
  const [search] = useSearchParams();
  const { entry: active } = useSnapshot();
  const aParam = parseSnapshotId(search, 'a');
  const bParam = parseSnapshotId(search, 'b');
  // Without ?a=, the active snapshot (the catalogue's default, or ?snapshot=) is the reference.
  const aId = aParam.status === 'valid' ? aParam.value : aParam.status === 'missing' ? active?.id : undefined;
  const bId = bParam.status === 'valid' ? bParam.value : undefined;
  const a = useSnapshotById(aId);
  const b = useSnapshotById(bId);

  return (
    <section className="page compare" aria-labelledby="compare-heading">
      <h1 id="compare-heading">{ct('heading')}</h1>
      <p className="lead">{ct('lead')}</p>
      <ComparePicker a={aId} b={bId} />
      <CompareBody aParam={aParam} bParam={bParam} aId={aId} bId={bId} a={a} b={b} />
    </section>
  );
}

function CompareBody({
  aParam,
  bParam,
  aId,
  bId,
  a,
  b,
}: {
  aParam: ParsedParam<string>;
  bParam: ParsedParam<string>;
  aId: string | undefined;
  bId: string | undefined;
  a: SnapshotById;
  b: SnapshotById;
}) {
  const ct = useCompareText();
  const problems: string[] = [];
  for (const [name, param, side] of [
    ['a', aParam, a],
    ['b', bParam, b],
  ] as const) {
    if (param.status === 'invalid') problems.push(ct('invalid', { name, raw: param.raw }));
    else if (side.unknown && param.status === 'valid')
      problems.push(ct('unknown', { name, id: param.value }));
  }
  if (bParam.status === 'missing') problems.push(ct('missingB'));
  if (problems.length === 0 && aId !== undefined && aId === bId) problems.push(ct('same', { id: aId }));
  if (problems.length > 0)
    return (
      <div className="notice compare__problems" role="alert">
        {problems.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
    );
  const error = a.error ?? b.error;
  if (error) return <DataError error={error} onRetry={() => window.location.reload()} />;
  if (!a.entry || !a.snapshot || !b.entry || !b.snapshot) return <Loading />;
  return (
    <CompareResult
      a={{ entry: a.entry, snapshot: a.snapshot }}
      b={{ entry: b.entry, snapshot: b.snapshot }}
    />
  );
}
