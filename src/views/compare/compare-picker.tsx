import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from '../../i18n';
import { catalogueQueryOptions } from '../../lib/snapshot.queries';
import { withParams } from '../../lib/url-state';
import { useCompareText } from './compare.text';

/** The snapshots kept in this browser; the store's code loads only with this page. */
const ownListQuery = {
  queryKey: ['own-snapshots', 'list'],
  queryFn: async () => (await import('../../data/own-snapshots')).listOwnSnapshots(),
};

/** Two lists of every snapshot this browser can show, published ones first; choosing writes ?a= and ?b=. */
export function ComparePicker({ a, b }: { a: string | undefined; b: string | undefined }) {
  const ct = useCompareText();
  const { i18n } = useTranslation();
  const id = useId();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const catalogue = useQuery(catalogueQueryOptions());
  const own = useQuery(ownListQuery);
  const [chosen, setChosen] = useState({ a: a ?? '', b: b ?? '' });
  const [seen, setSeen] = useState({ a, b });
  // The URL moved (a link, Back): show what it now asks for.
  if (seen.a !== a || seen.b !== b) {
    setSeen({ a, b });
    setChosen({ a: a ?? '', b: b ?? '' });
  }
  const go = (next: { a: string; b: string }) => {
    void navigate({ search: withParams(search, { a: next.a, b: next.b }) });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go(chosen);
  };
  const options = (
    <>
      <option value="">{ct('none')}</option>
      <optgroup label={ct('published')}>
        {catalogue.data?.snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title[i18n.language]} ({s.compiled})
          </option>
        ))}
      </optgroup>
      {own.data && own.data.length > 0 && (
        <optgroup label={ct('kept')}>
          {own.data.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title[i18n.language]} ({s.origin})
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
  return (
    <form className="compare__picker" onSubmit={submit} aria-label={ct('pick')}>
      {(['a', 'b'] as const).map((side) => (
        <div key={side} className="compare__field">
          <label htmlFor={`${id}-${side}`}>{ct(side)}</label>
          <select
            id={`${id}-${side}`}
            name={side}
            value={chosen[side]}
            onChange={(e) => setChosen({ ...chosen, [side]: e.target.value })}
          >
            {options}
            {/* An id the lists do not hold stays selectable, so the form shows what the URL asks for. */}
            {chosen[side] && !isListed(chosen[side], catalogue.data?.snapshots, own.data) && (
              <option value={chosen[side]}>{chosen[side]}</option>
            )}
          </select>
        </div>
      ))}
      <div className="compare__actions">
        <button type="submit" className="button">
          {ct('submit')}
        </button>
        <button type="button" className="button" onClick={() => go({ a: chosen.b, b: chosen.a })}>
          {ct('swap')}
        </button>
      </div>
    </form>
  );
}

const isListed = (id: string, ...lists: ({ id: string }[] | undefined)[]) =>
  lists.some((list) => list?.some((s) => s.id === id));
