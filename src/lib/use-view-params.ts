import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readParams, writeParams, type ParamSpec, type ParamValues } from './url-state';

/** A view's options, kept in the URL so that a copied link reopens the same view. */
export function useViewParams<S extends Record<string, ParamSpec<unknown>>>(spec: S) {
  const [search, setSearch] = useSearchParams();
  const { values, invalid } = useMemo(() => readParams(search, spec), [search, spec]);
  const update = useCallback(
    // The updater form builds on the URL of the last render; main.tsx renders URL changes at once (no
    // transition), so two quick changes (chart kind, then sort) never undo each other.
    (changes: Partial<ParamValues<S>>) =>
      setSearch((current) => new URLSearchParams(writeParams(current, spec, changes)), { replace: true }),
    [setSearch, spec],
  );
  return { values, invalid, update };
}

/** `useViewParams`' result for one view's spec: what a view's tabs receive. */
export type ViewParams<S extends Record<string, ParamSpec<unknown>>> = ReturnType<typeof useViewParams<S>>;
