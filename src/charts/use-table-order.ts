import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readParams, writeParams, type TableSort } from '../lib/url-state';
import { ORDER_PARAM } from './view-params';

const SPEC = { order: ORDER_PARAM };

/** One table's sort as kept in `?order=`, and a setter that writes it back (undefined removes it). */
export function useTableOrder(tableId: string) {
  const [search, setSearch] = useSearchParams();
  const order = useMemo(() => readParams(search, SPEC).values.order, [search]);
  const sort: TableSort | undefined = order[tableId];
  const setSort = useCallback(
    (next: TableSort | undefined) => {
      setSearch(
        (current) => {
          const order = { ...readParams(current, SPEC).values.order };
          if (next) order[tableId] = next;
          else delete order[tableId];
          return new URLSearchParams(writeParams(current, SPEC, { order }));
        },
        { replace: true },
      );
    },
    [tableId, setSearch],
  );
  return [sort, setSort] as const;
}
