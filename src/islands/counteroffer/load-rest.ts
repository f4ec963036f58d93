import { useEffect, useState } from 'preact/hooks';
import { lazy } from '../shared/lazy.ts';

/** The rest of the builder (rest.ts), fetched once on first use. */
export const loadRest = lazy(() => import('./rest.ts'));

/**
 * The rest of the builder once here, fetched when `wanted`; undefined until then. Should the fetch
 * fail, the builder goes on without it: its key numbers and totals still work.
 */
export function useRest(wanted: boolean): typeof loadRest.loaded {
  const [rest, setRest] = useState(loadRest.loaded);
  useEffect(() => {
    if (wanted && !rest) loadRest().then(setRest, () => undefined);
  }, [wanted]);
  return rest ?? loadRest.loaded;
}
