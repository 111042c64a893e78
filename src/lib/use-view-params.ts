import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readParams, writeParams, type ParamSpec, type ParamValues } from './url-state';

/** A view's options, kept in the URL so that a copied link reopens the same view. */
export function useViewParams<S extends Record<string, ParamSpec<unknown>>>(spec: S) {
  const [search, setSearch] = useSearchParams();
  const { values, invalid } = useMemo(() => readParams(search, spec), [search, spec]);
  // React Router makes a new setter whenever the URL changes; `update` stays the same function, so a chart
  // drawn with it need not be drawn again when an option changes only its control.
  const setter = useRef(setSearch);
  useLayoutEffect(() => {
    setter.current = setSearch;
  }, [setSearch]);
  const update = useCallback(
    // The updater form builds on the URL of the last render; app/start.tsx renders URL changes at once (no
    // transition), so two quick changes (chart kind, then sort) never undo each other.
    (changes: Partial<ParamValues<S>>) =>
      setter.current((current) => new URLSearchParams(writeParams(current, spec, changes)), {
        replace: true,
      }),
    [spec],
  );
  return { values, invalid, update };
}

/** `useViewParams`' result for one view's spec: what a view's tabs receive. */
export type ViewParams<S extends Record<string, ParamSpec<unknown>>> = ReturnType<typeof useViewParams<S>>;
